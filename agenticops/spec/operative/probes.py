"""The probes of the operative check: each scenario as written, and once per literal mutant."""

from __future__ import annotations

from dataclasses import dataclass

from agenticops.spec.mutate import LiteralMutant, mutate_literals
from agenticops.spec.records import Feature, Spec


@dataclass(frozen=True, slots=True, kw_only=True)
class Probe:
    """One bound test: a scenario as written (mutant None) or with one literal changed."""

    test: str
    file: str
    feature: Feature
    scenario: str
    mutant: LiteralMutant | None


def build_probes(spec: Spec) -> list[Probe]:
    probes: list[Probe] = []
    count = 0
    for index, feature in enumerate(spec.features, start=1):
        mutants = mutate_literals(feature.text)
        for number, name in enumerate(dict.fromkeys(m.scenario for m in mutants), start=1):
            test, file = f"test_original_{index}_{number}", f"original_{index}.feature"
            probes.append(Probe(test=test, file=file, feature=feature, scenario=name, mutant=None))
        for mutant in mutants:
            count += 1
            probes.append(
                Probe(
                    test=f"test_mutant_{count}",
                    file=f"mutant_{count}.feature",
                    feature=feature,
                    scenario=mutant.scenario,
                    mutant=mutant,
                )
            )
    return probes

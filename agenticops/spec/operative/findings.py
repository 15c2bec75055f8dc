"""What the operative check reports: a mutant a scenario let pass, or a check that did not run."""

from __future__ import annotations

from dataclasses import dataclass

from agenticops.spec.mutate import LiteralMutant
from agenticops.spec.records import Feature


@dataclass(frozen=True, slots=True, kw_only=True)
class OperativeFinding:
    """A mutated scenario that did not fail, or a check that could not run (feature == "")."""

    feature: str  # relative to the spec directory
    scenario: str
    line: int  # of the changed literal
    original: str
    replacement: str
    message: str

    def __str__(self) -> str:
        return self.message


def finding(feature: Feature, mutant: LiteralMutant, undefined: bool) -> OperativeFinding:
    where = "Then steps" if mutant.origin == "then" else "Examples"
    place = f"{where} of scenario {mutant.scenario!r} ({feature.path}:{mutant.line})"
    change = f"{mutant.original} → {mutant.replacement}"
    if undefined:
        problem = (
            f"{place} match no step definition with {change}: the step definitions match the "
            "literal text; capture the value with a parser and check it"
        )
    else:
        problem = f"{place} still pass with {change}: the step definitions do not check this value"
    return OperativeFinding(
        feature=feature.path,
        scenario=mutant.scenario,
        line=mutant.line,
        original=mutant.original,
        replacement=mutant.replacement,
        message=problem,
    )


def broken(message: str) -> OperativeFinding:
    return OperativeFinding(
        feature="", scenario="", line=0, original="", replacement="", message=message
    )

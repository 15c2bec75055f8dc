"""The `mutation_sites` gate: the mutants of each file, against a maximum per file."""

from __future__ import annotations

from agenticops.gates.mutation.evidence import no_evidence
from agenticops.model import GateResult, Measurements


def judge_mutation_sites(measurements: Measurements, maximum: int) -> GateResult:
    """Offenders are the files with more mutants than the maximum, most first."""
    if not measurements.mutation.ran:
        return no_evidence(
            "mutation_sites", maximum, measurements.mutation.reason or "mutation did not run"
        )
    sites = {f.path: f.mutation_sites for f in measurements.files if f.mutation_sites is not None}
    if not sites or sum(sites.values()) == 0:
        return no_evidence("mutation_sites", maximum, "no mutants produced")
    over = sorted((p for p, n in sites.items() if n > maximum), key=lambda p: (-sites[p], p))
    return GateResult(
        name="mutation_sites",
        status="failed" if over else "passed",
        actual=float(max(sites.values())),
        threshold=maximum,
        offenders=tuple(over),
    )

"""The `mutation_score` gate: the percentage of mutants the tests detected, against a minimum."""

from __future__ import annotations

from agenticops.gates.mutation.evidence import no_evidence
from agenticops.model import DETECTED, GateResult, Measurements


def mutation_score(measurements: Measurements) -> tuple[int, int]:
    """(detected, total) over every mutant; no-test mutants count as survivors."""
    statuses = [m.status for f in measurements.files for m in f.mutants if m.status != "skipped"]
    return sum(1 for s in statuses if s in DETECTED), len(statuses)


def judge_mutation_score(measurements: Measurements, minimum: float) -> GateResult:
    """Fail closed when mutation did not run or produced no mutants."""
    if not measurements.mutation.ran:
        return no_evidence(
            "mutation_score", minimum, measurements.mutation.reason or "mutation did not run"
        )
    detected, total = mutation_score(measurements)
    if total == 0:
        return no_evidence("mutation_score", minimum, "no mutants produced")
    score = 100.0 * detected / total
    offenders = sorted(
        {
            f"{f.path}::{m.function}"
            for f in measurements.files
            for m in f.mutants
            if m.status not in DETECTED and m.status != "skipped"
        }
    )
    return GateResult(
        name="mutation_score",
        status="passed" if score >= minimum else "failed",
        actual=round(score, 2),
        threshold=minimum,
        offenders=tuple(offenders),
    )

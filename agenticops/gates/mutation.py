"""The mutation gates: `mutation_score` (% detected) and `mutation_sites` (mutants per file)."""

from __future__ import annotations

from agenticops.model import DETECTED, GateResult, Measurements


def mutation_score(measurements: Measurements) -> tuple[int, int]:
    """(detected, total) over every mutant; no-test mutants count as survivors."""
    statuses = [m.status for f in measurements.files for m in f.mutants if m.status != "skipped"]
    return sum(1 for s in statuses if s in DETECTED), len(statuses)


def _no_evidence(name: str, limit: float, reason: str) -> GateResult:
    return GateResult(name=name, status="failed", actual=None, threshold=limit, reason=reason)


def judge_mutation_score(measurements: Measurements, minimum: float) -> GateResult:
    """Fail closed when mutation did not run or produced no mutants."""
    if not measurements.mutation.ran:
        return _no_evidence(
            "mutation_score", minimum, measurements.mutation.reason or "mutation did not run"
        )
    detected, total = mutation_score(measurements)
    if total == 0:
        return _no_evidence("mutation_score", minimum, "no mutants produced")
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


def judge_mutation_sites(measurements: Measurements, maximum: int) -> GateResult:
    """Offenders are the files with more mutants than the maximum, most first."""
    if not measurements.mutation.ran:
        return _no_evidence(
            "mutation_sites", maximum, measurements.mutation.reason or "mutation did not run"
        )
    sites = {f.path: f.mutation_sites for f in measurements.files if f.mutation_sites is not None}
    if not sites or sum(sites.values()) == 0:
        return _no_evidence("mutation_sites", maximum, "no mutants produced")
    over = sorted((p for p, n in sites.items() if n > maximum), key=lambda p: (-sites[p], p))
    return GateResult(
        name="mutation_sites",
        status="failed" if over else "passed",
        actual=float(max(sites.values())),
        threshold=maximum,
        offenders=tuple(over),
    )

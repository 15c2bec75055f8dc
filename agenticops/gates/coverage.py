"""The `coverage` gate: line + branch coverage over `source` at or above the minimum."""

from __future__ import annotations

from agenticops.model import GateResult, Measurements


def judge_coverage(measurements: Measurements, minimum: float) -> GateResult:
    """Offenders are the files below the minimum, least covered first; no data fails."""
    total = measurements.coverage_total
    if total is None:
        return GateResult(
            name="coverage",
            status="failed",
            actual=None,
            threshold=minimum,
            reason="no coverage data",
        )
    low = sorted(
        (f for f in measurements.files if f.coverage is not None and f.coverage < minimum),
        key=lambda f: (f.coverage, f.path),
    )
    return GateResult(
        name="coverage",
        status="passed" if total >= minimum else "failed",
        actual=round(total, 2),
        threshold=minimum,
        offenders=tuple(f.path for f in low),
    )

"""The `crap` gate: CRAP = cc^2 * (1 - cov)^3 + cc of every function at or below the maximum."""

from __future__ import annotations

from collections.abc import Sequence

from agenticops.gates.complexity import qualified
from agenticops.model import FileMetrics, GateResult


def crap(complexity: int, covered: float) -> float:
    """CRAP of one function; covered is a fraction in [0, 1]."""
    return complexity**2 * (1.0 - covered) ** 3 + complexity


def judge_crap(files: Sequence[FileMetrics], maximum: float) -> GateResult:
    """Offenders sorted worst first; no function measured fails, never passes."""
    scores = {qualified(f, fn): fn.crap for f in files for fn in f.functions}
    if not scores:
        return GateResult(
            name="crap",
            status="failed",
            actual=None,
            threshold=maximum,
            reason="no functions measured",
        )
    offenders = tuple(
        sorted((n for n, s in scores.items() if s > maximum), key=lambda n: (-scores[n], n))
    )
    return GateResult(
        name="crap",
        status="failed" if offenders else "passed",
        actual=round(max(scores.values()), 2),
        threshold=maximum,
        offenders=offenders,
    )

"""The `crap` gate: CRAP = cc^2 * (1 - cov)^3 + cc of every function at or below the maximum."""

from __future__ import annotations

from collections.abc import Sequence

from agenticops.gates.complexity import judge_functions
from agenticops.model import FileMetrics, GateResult


def crap(complexity: int, covered: float) -> float:
    """CRAP of one function; covered is a fraction in [0, 1]."""
    return complexity**2 * (1.0 - covered) ** 3 + complexity


def judge_crap(files: Sequence[FileMetrics], maximum: float) -> GateResult:
    """CRAP as measured (computed from radon's complexity and coverage.py's body coverage)."""
    return judge_functions("crap", files, maximum, lambda fn: fn.crap)

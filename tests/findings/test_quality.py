"""The complexity and CRAP findings: functions over the limit, with what to do about them."""

from __future__ import annotations

from agenticops.findings import quality_findings
from agenticops.model import (
    FileMetrics,
    FunctionMetrics,
    GateResult,
    Measurements,
    MutationRun,
    Thresholds,
)

LIMITS = Thresholds(coverage=None, complexity=5, crap=8.0, mutation_score=None, mutation_sites=None)


def _function(name: str, line: int, complexity: int, crap: float) -> FunctionMetrics:
    return FunctionMetrics(
        name=name, line=line, end_line=line + 5, complexity=complexity, coverage=50.0, crap=crap
    )


MEASURED = Measurements(
    tests=None,
    coverage_total=None,
    files=(
        FileMetrics(
            path="src/r.py",
            coverage=50.0,
            functions=(
                _function("big", 1, 7, 12.5),
                _function("at_limit", 10, 5, 8.0),
                _function("huge", 20, 9, 30.25),
            ),
        ),
    ),
    mutation=MutationRun(ran=False),
)


def _gate(name: str) -> GateResult:
    return GateResult(name=name, status="failed", actual=None, threshold=None)


def test_functions_over_the_complexity_limit_but_not_at_it() -> None:
    [section] = quality_findings(MEASURED, [_gate("complexity")], LIMITS)
    assert section == (
        "### Functions over the complexity limit: split them into smaller functions\n\n"
        "- `src/r.py::big` (line 1): complexity 7 > 5 (complexity 7, coverage 50.0%)\n"
        "- `src/r.py::huge` (line 20): complexity 9 > 5 (complexity 9, coverage 50.0%)"
    )


def test_functions_over_the_crap_limit_but_not_at_it() -> None:
    [section] = quality_findings(MEASURED, [_gate("crap")], LIMITS)
    assert section == (
        "### Functions over the crap limit: test them fully or simplify\n\n"
        "- `src/r.py::big` (line 1): crap 12.5 > 8.0 (complexity 7, coverage 50.0%)\n"
        "- `src/r.py::huge` (line 20): crap 30.25 > 8.0 (complexity 9, coverage 50.0%)"
    )

"""The `complexity` gate: no function's cyclomatic complexity above the maximum."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from agenticops.model import FileMetrics, FunctionMetrics, GateResult


def qualified(file: FileMetrics, function: FunctionMetrics) -> str:
    """The offender name of a function: `path::Qualified.name`."""
    return f"{file.path}::{function.name}"


def judge_functions(
    name: str,
    files: Sequence[FileMetrics],
    maximum: float,
    score: Callable[[FunctionMetrics], float],
) -> GateResult:
    """A per-function maximum: offenders worst first; no function measured fails, never passes."""
    scores = {qualified(f, fn): score(fn) for f in files for fn in f.functions}
    if not scores:
        return GateResult(
            name=name,
            status="failed",
            actual=None,
            threshold=maximum,
            reason="no functions measured",
        )
    over = sorted((n for n, s in scores.items() if s > maximum), key=lambda n: (-scores[n], n))
    return GateResult(
        name=name,
        status="failed" if over else "passed",
        actual=round(max(scores.values()), 2),
        threshold=maximum,
        offenders=tuple(over),
    )


def judge_complexity(files: Sequence[FileMetrics], maximum: int) -> GateResult:
    """Cyclomatic complexity as radon counts it."""
    return judge_functions("complexity", files, maximum, lambda fn: float(fn.complexity))

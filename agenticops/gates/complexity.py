"""The `complexity` gate: no function's cyclomatic complexity above the maximum."""

from __future__ import annotations

from collections.abc import Sequence

from agenticops.model import FileMetrics, FunctionMetrics, GateResult


def qualified(file: FileMetrics, function: FunctionMetrics) -> str:
    """The offender name of a function: `path::Qualified.name`."""
    return f"{file.path}::{function.name}"


def judge_complexity(files: Sequence[FileMetrics], maximum: int) -> GateResult:
    """Offenders sorted worst first; no function measured fails, never passes."""
    scores = {qualified(f, fn): fn.complexity for f in files for fn in f.functions}
    if not scores:
        return GateResult(
            name="complexity",
            status="failed",
            actual=None,
            threshold=maximum,
            reason="no functions measured",
        )
    offenders = tuple(
        sorted((n for n, s in scores.items() if s > maximum), key=lambda n: (-scores[n], n))
    )
    return GateResult(
        name="complexity",
        status="failed" if offenders else "passed",
        actual=float(max(scores.values())),
        threshold=maximum,
        offenders=offenders,
    )

"""Quality findings: uncovered lines, and functions over the complexity or CRAP limit."""

from __future__ import annotations

from collections.abc import Sequence

from agenticops.findings.limits import MAX_ITEMS
from agenticops.findings.uncovered import _uncovered
from agenticops.model import GateResult, Measurements, Thresholds


def quality_findings(
    measured: Measurements, failed: Sequence[GateResult], thresholds: Thresholds
) -> tuple[str, ...]:
    """Uncovered lines, and functions over the complexity or CRAP limit."""
    sections = []
    names = {g.name for g in failed}
    if "coverage" in names:
        sections.append(_uncovered(measured, thresholds.coverage))
    for name in ("complexity", "crap"):
        if name in names:
            sections.append(_functions_over(measured, name, getattr(thresholds, name)))
    return tuple(sections)


def _functions_over(measured: Measurements, name: str, limit: float | None) -> str:
    rows = []
    for file in measured.files:
        for fn in file.functions:
            value = fn.complexity if name == "complexity" else fn.crap
            if limit is not None and value > limit:
                rows.append(
                    f"- `{file.path}::{fn.name}` (line {fn.line}): "
                    f"{name} {round(value, 2)} > {limit}"
                    f" (complexity {fn.complexity}, coverage {fn.coverage}%)"
                )
    advice = (
        "split them into smaller functions"
        if name == "complexity"
        else "test them fully or simplify"
    )
    return f"### Functions over the {name} limit: {advice}\n\n" + "\n".join(rows[:MAX_ITEMS])

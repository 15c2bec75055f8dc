"""Wording every surface shares: numbers, line ranges, gate measures and the verdict line."""

from __future__ import annotations

from agenticops.model import GateResult, Report
from agenticops.report.gate_measure import measure
from agenticops.report.numbers import branches, number, percent, ranges

__all__ = [
    "STATUS_LABEL",
    "branches",
    "clip",
    "diff_body",
    "measure",
    "not_passed",
    "number",
    "percent",
    "ranges",
    "verdict",
]

#: how each gate status reads on every surface
STATUS_LABEL = {"passed": "PASS", "failed": "FAIL", "not_run": "NOT RUN", "off": "OFF"}


def not_passed(report: Report) -> tuple[GateResult, ...]:
    """The gates that hold the verdict back (failed or not run), in report order."""
    return tuple(g for g in report.gates if not g.passed)


def verdict(report: Report) -> str:
    """The one-line verdict every surface ends (or starts) with."""
    counted = [g for g in report.gates if g.status != "off"]
    if report.passed:
        return f"PASSED: all {len(counted)} gates hold"
    bad = not_passed(report)
    names = ", ".join(g.name for g in bad)
    return f"FAILED: {len(bad)} of {len(counted)} gates did not pass ({names})"


def diff_body(diff: str) -> str:
    """A unified diff without its `---`/`+++` file header (the path is shown elsewhere)."""
    lines = diff.splitlines()
    if len(lines) >= 2 and lines[0].startswith("--- ") and lines[1].startswith("+++ "):
        lines = lines[2:]
    return "\n".join(lines)


def clip(text: str, max_lines: int) -> str:
    """At most `max_lines` lines of `text`, saying how many were cut."""
    lines = text.splitlines()
    if len(lines) <= max_lines:
        return "\n".join(lines)
    return "\n".join([*lines[:max_lines], f"… {len(lines) - max_lines} more lines"])

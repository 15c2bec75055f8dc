"""Wording every surface shares: numbers, line ranges, gate measures and the verdict line."""

from __future__ import annotations

from collections.abc import Iterable

from agenticops.model import GateResult, Report

#: how each gate status reads on every surface
STATUS_LABEL = {"passed": "PASS", "failed": "FAIL", "not_run": "NOT RUN", "off": "OFF"}
#: gates whose threshold is a minimum (the others are maxima)
MINIMUM_GATES = frozenset({"coverage", "mutation_score"})
#: gates measured in percent
PERCENT_GATES = MINIMUM_GATES


def number(value: float) -> str:
    """At most two decimals, no trailing zeros: 76.0 -> "76", 76.25 -> "76.25"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def percent(value: float | None) -> str:
    """A percentage for humans; None (no data) reads as an em dash."""
    return "—" if value is None else f"{number(value)}%"


def ranges(lines: Iterable[int]) -> str:
    """Line numbers compacted as coverage.py does: "5, 9, 22-24"."""
    spans: list[list[int]] = []
    for line in sorted(set(lines)):
        if spans and line == spans[-1][1] + 1:
            spans[-1][1] = line
        else:
            spans.append([line, line])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def branches(arcs: Iterable[tuple[int, int]]) -> str:
    """Missing branches as coverage.py writes them: "3->5, 7->exit"."""
    return ", ".join(f"{a}->{b if b > 0 else 'exit'}" for a, b in arcs)


def _value(gate: GateResult, value: float) -> str:
    return f"{number(value)}%" if gate.name in PERCENT_GATES else number(value)


def measure(gate: GateResult) -> str:
    """Actual against threshold with the comparator that holds between them: "76% < 80%"."""
    if gate.status == "off":
        return "off"
    if gate.name == "tests":
        return "—" if gate.actual is None else f"{number(gate.actual)} failed"
    if gate.actual is None or gate.threshold is None:
        limit = "" if gate.threshold is None else f" (limit {_value(gate, gate.threshold)})"
        return f"—{limit}"
    actual, threshold = gate.actual, gate.threshold
    if gate.name in MINIMUM_GATES:
        sign = "≥" if actual >= threshold else "<"
    else:
        sign = "≤" if actual <= threshold else ">"
    return f"{_value(gate, actual)} {sign} {_value(gate, threshold)}"


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

"""A gate's measure in words: actual against threshold with the comparator between them."""

from __future__ import annotations

from agenticops.model import GateResult
from agenticops.report.numbers import number

#: gates whose threshold is a minimum (the others are maxima)
MINIMUM_GATES = frozenset({"coverage", "mutation_score"})
#: gates measured in percent
PERCENT_GATES = MINIMUM_GATES


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

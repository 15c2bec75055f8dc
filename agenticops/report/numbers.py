"""Numbers as every surface writes them: at most two decimals, percents, line and branch ranges."""

from __future__ import annotations

from collections.abc import Iterable


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

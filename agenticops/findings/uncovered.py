"""The uncovered lines and branches of each file, line numbers compacted to ranges."""

from __future__ import annotations

from collections.abc import Sequence

from agenticops.findings.limits import MAX_ITEMS
from agenticops.model import Measurements


def _uncovered(measured: Measurements, minimum: float | None) -> str:
    total = measured.coverage_total
    head = f"### Coverage {total if total is not None else 'unknown'}% < {minimum}%"
    rows = []
    for file in sorted(measured.files, key=lambda f: (f.coverage or 0.0, f.path)):
        if file.missing_lines or file.missing_branches:
            branches = ", ".join(f"{a}->{b}" for a, b in file.missing_branches[:10])
            rows.append(
                f"- `{file.path}` ({file.coverage}%): lines {compact(file.missing_lines) or 'none'}"
                + (f"; branches {branches}" if branches else "")
            )
    return head + "\n\nWrite tests that execute these:\n\n" + "\n".join(rows[:MAX_ITEMS])


def compact(lines: Sequence[int]) -> str:
    """[5, 9, 22, 23, 24] -> '5, 9, 22-24'."""
    ranges: list[list[int]] = []
    for n in sorted(lines):
        if ranges and n == ranges[-1][1] + 1:
            ranges[-1][1] = n
        else:
            ranges.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)

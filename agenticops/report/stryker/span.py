"""A changed span (`Change`), and the smallest whole-token span where two lines differ."""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\w+|[=!<>+\-*/%&|^~@]+|\S")


class Change(NamedTuple):
    """Where a mutant changes its line and into what."""

    start: int  # 1-based column, inclusive
    end: int  # 1-based column, exclusive
    end_line_offset: int  # removed lines after the first
    replacement: str


def one_line(old: str, new: str, offset: int) -> Change:
    """The smallest whole-token span where `old` and `new` differ."""
    prefix = len(_common_prefix(old, new))
    suffix = len(_common_prefix(old[prefix:][::-1], new[prefix:][::-1]))
    start, end = _tokens(old, prefix, len(old) - suffix)
    replacement = new[start : len(new) - (len(old) - end)]
    return Change(offset + start + 1, offset + end + 1, 0, replacement)


def _tokens(line: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole tokens (`==`, not `=`); an empty span stays as it is."""
    for token in _TOKEN.finditer(line):
        if token.start() < end and token.end() > start:
            start, end = min(start, token.start()), max(end, token.end())
    return start, end


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]

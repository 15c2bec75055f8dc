"""The change made to one literal: a clearly different value, put in place of the original."""

from __future__ import annotations

import re
from decimal import Decimal

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def changed(literal: str) -> str:
    """A clearly different value: a number plus one, a string wrapped in X...X (quotes kept)."""
    if _NUMBER.fullmatch(literal):
        return str(Decimal(literal) + 1)
    if len(literal) >= 2 and literal[0] == literal[-1] == '"':
        return f'"X{literal[1:-1]}X"'
    return f"X{literal}X"


def replace(lines: list[str], line: int, column: int, original: str) -> str:
    """The text of `lines` with the literal at line:column changed."""
    raw = lines[line - 1]
    start = column - 1
    changed_line = raw[:start] + changed(original) + raw[start + len(original) :]
    return "".join([*lines[: line - 1], changed_line, *lines[line:]])

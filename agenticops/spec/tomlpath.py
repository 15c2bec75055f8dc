"""Key paths into a TOML document: the path a table header enters, and how a path reads."""

from __future__ import annotations

import re

#: a path into the parsed document: table and key names, and 0-based indexes into arrays of tables
KeyPath = tuple[str | int, ...]

_NAME = r"(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')"
#: a dotted key as written: bare or quoted names joined by dots
DOTTED = rf"{_NAME}(?:\s*\.\s*{_NAME})*"
_PART = re.compile(_NAME)


def dotted_parts(dotted: str) -> tuple[str, ...]:
    return tuple(part.strip("\"'") for part in _PART.findall(dotted))


def header_path(parts: tuple[str, ...], array: bool, arrays: dict[tuple[str, ...], int]) -> KeyPath:
    """The key path of a header; `[[x]]` starts a new element of x (and of nothing below it)."""
    if array:
        arrays[parts] = arrays.get(parts, -1) + 1
        for nested in [k for k in arrays if len(k) > len(parts) and k[: len(parts)] == parts]:
            del arrays[nested]
    path: list[str | int] = []
    for end in range(1, len(parts) + 1):
        path.append(parts[end - 1])
        if parts[:end] in arrays:
            path.append(arrays[parts[:end]])
    return tuple(path)


def label(path: KeyPath) -> str:
    """How a key path reads in a message: `[contract] name`, `[[invariant]] #2 given.paid`."""
    head, *rest = path
    if rest and isinstance(rest[0], int):
        base, rest = f"[[{head}]] #{rest[0] + 1}", rest[1:]
    else:
        base = f"[{head}]"
    return f"{base} {'.'.join(map(str, rest))}" if rest else base

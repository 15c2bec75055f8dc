"""Where tables and keys sit in a TOML text, so that an error found after parsing names its line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agenticops.errors import SpecError

#: a path into the parsed document: table and key names, and 0-based indexes into arrays of tables
KeyPath = tuple[str | int, ...]

_NAME = r"(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')"
_DOTTED = rf"{_NAME}(?:\s*\.\s*{_NAME})*"
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(rf"^\s*({_DOTTED})\s*=")
_PART = re.compile(_NAME)


class TomlPositions:
    """The first line of every table header and key of a TOML text, by key path."""

    def __init__(self, text: str) -> None:
        self._lines: dict[KeyPath, int] = {}
        arrays: dict[tuple[str, ...], int] = {}
        table: KeyPath = ()
        in_string = False
        for number, raw in enumerate(text.splitlines(), start=1):
            inside = in_string
            if (raw.count('"""') + raw.count("'''")) % 2:
                in_string = not in_string
            if inside:
                continue
            header = _HEADER.match(raw)
            if header:
                table = _enter(_parts(header.group(2)), header.group(1) == "[[", arrays)
                self._lines.setdefault(table, number)
            elif key := _KEY.match(raw):
                self._lines.setdefault(table + _parts(key.group(1)), number)

    def line(self, path: KeyPath) -> int:
        """The line of `path`, else of its nearest enclosing table or key that was found, else 1."""
        for end in range(len(path), 0, -1):
            found = self._lines.get(path[:end])
            if found is not None:
                return found
        return 1


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(part.strip("\"'") for part in _PART.findall(dotted))


def _enter(parts: tuple[str, ...], array: bool, arrays: dict[tuple[str, ...], int]) -> KeyPath:
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


@dataclass(frozen=True, slots=True)
class Source:
    """A parsed TOML file that can name the line of any key path in its errors."""

    file: str
    positions: TomlPositions

    def error(self, path: KeyPath, problem: str, *, at: KeyPath | None = None) -> SpecError:
        where = f"{label(path)}: " if path else ""
        line = self.positions.line(path if at is None else at)
        return SpecError(f"{self.file}:{line}: {where}{problem}")


def label(path: KeyPath) -> str:
    """How a key path reads in a message: `[contract] name`, `[[invariant]] #2 given.paid`."""
    head, *rest = path
    if rest and isinstance(rest[0], int):
        base, rest = f"[[{head}]] #{rest[0] + 1}", rest[1:]
    else:
        base = f"[{head}]"
    return f"{base} {'.'.join(map(str, rest))}" if rest else base

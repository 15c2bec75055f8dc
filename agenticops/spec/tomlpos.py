"""Where tables and keys sit in a TOML text, so that an error found after parsing names its line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agenticops.errors import SpecError
from agenticops.spec.tomlpath import DOTTED, KeyPath, dotted_parts, header_path, label

__all__ = ["KeyPath", "Source", "TomlPositions", "label"]

_HEADER = re.compile(rf"^\s*(\[\[?)\s*({DOTTED})\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(rf"^\s*({DOTTED})\s*=")


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
                table = header_path(dotted_parts(header.group(2)), header.group(1) == "[[", arrays)
                self._lines.setdefault(table, number)
            elif key := _KEY.match(raw):
                self._lines.setdefault(table + dotted_parts(key.group(1)), number)

    def line(self, path: KeyPath) -> int:
        """The line of `path`, else of its nearest enclosing table or key that was found, else 1."""
        for end in range(len(path), 0, -1):
            found = self._lines.get(path[:end])
            if found is not None:
                return found
        return 1


@dataclass(frozen=True, slots=True)
class Source:
    """A parsed TOML file that can name the line of any key path in its errors."""

    file: str
    positions: TomlPositions

    def error(self, path: KeyPath, problem: str, *, at: KeyPath | None = None) -> SpecError:
        where = f"{label(path)}: " if path else ""
        line = self.positions.line(path if at is None else at)
        return SpecError(f"{self.file}:{line}: {where}{problem}")

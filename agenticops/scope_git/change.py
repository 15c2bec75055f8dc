"""ChangedLines: the lines a change adds or changes, and where it removes some, file by file."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, kw_only=True)
class ChangedLines:
    """The change since `base`, file by file."""

    base: str  # the ref as the user gave it
    commit: str = ""  # what the working tree was compared with: the merge base with HEAD
    #: path -> new-side line numbers added or changed
    lines: dict[str, frozenset[int]] = field(default_factory=dict)
    #: path -> new-side lines after which old lines were removed (0: at the top of the file)
    removals: dict[str, frozenset[int]] = field(default_factory=dict)

    def touches(self, path: str, first: int, last: int) -> bool:
        """Whether the change adds, changes or removes anything within lines first..last."""
        spots = (*self.lines.get(path, ()), *self.removals.get(path, ()))
        return any(first <= n <= last for n in spots)

    def touched(self, path: str) -> bool:
        """Whether the file has any changed line or removal at all."""
        return bool(self.lines.get(path) or self.removals.get(path))

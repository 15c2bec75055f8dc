"""Changed lines per file: from `git diff --unified=0` output, or whole files new to git."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from agenticops.scope_git.diff_paths import new_path

#: `@@ -old[,n] +new[,n] @@`: with --unified=0 every new-side line of a hunk is a changed one
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def parse_diff(text: str) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """(changed lines, removal points) per file from `git diff --unified=0` output.

    Only file headers and hunk headers are read: a body line starts with `+`, `-`, ` ` or `\\`,
    so it is never mistaken for either, whatever the file holds.
    """
    lines: dict[str, set[int]] = {}
    removals: dict[str, set[int]] = {}
    path: str | None = None
    in_header = False
    for row in text.split("\n"):
        if row.startswith("diff --git "):
            path, in_header = None, True
        elif in_header and row.startswith("+++ "):
            path = new_path(row[4:])
        elif hunk := _HUNK.match(row):
            in_header = False
            if path is not None:  # None: a deleted file
                _add_hunk(lines, removals, path, hunk)
    return _frozen(lines), _frozen(removals)


def _add_hunk(
    lines: dict[str, set[int]], removals: dict[str, set[int]], path: str, hunk: re.Match[str]
) -> None:
    start, count = int(hunk[1]), int(hunk[2] or "1")
    if count:
        lines.setdefault(path, set()).update(range(start, start + count))
    else:
        removals.setdefault(path, set()).add(start)


def _frozen(found: dict[str, set[int]]) -> dict[str, frozenset[int]]:
    return {path: frozenset(numbers) for path, numbers in sorted(found.items())}


def whole_files(root: Path, paths: Iterable[str]) -> dict[str, frozenset[int]]:
    """Every line of each file (new to git: all of it is the change); unreadable ones skipped."""
    found: dict[str, frozenset[int]] = {}
    for path in paths:
        try:
            count = len((root / path).read_bytes().splitlines())
        except OSError:  # e.g. a dangling symlink
            continue
        if count:
            found[path] = frozenset(range(1, count + 1))
    return found

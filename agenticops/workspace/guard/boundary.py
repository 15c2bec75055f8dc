"""What the agent may write (a Boundary of globs and locks), and a Violation of it."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Violation:
    """One thing the agent did that it may not: kind is locked, outside, cheat or symlink."""

    path: str
    kind: str
    detail: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Boundary:
    """The writable globs, and the locked paths that no glob can open up."""

    writable: tuple[str, ...]
    locked: tuple[str, ...]  # files or directory prefixes, relative with /

    def allows(self, path: str) -> bool:
        if any(path == lock or path.startswith(lock.rstrip("/") + "/") for lock in self.locked):
            return False
        return any(glob_regex(g).fullmatch(path) for g in self.writable)


def glob_regex(glob: str) -> re.Pattern[str]:
    """A path glob as a regex: ** spans directories, * and ? stay within one."""
    out = []
    i = 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        else:
            char = glob[i]
            out.append({"*": "[^/]*", "?": "[^/]"}.get(char, re.escape(char)))
            i += 1
    return re.compile("".join(out))

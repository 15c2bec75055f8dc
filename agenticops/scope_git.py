"""What changed since a git ref: the new-side lines of every changed file, read from `git diff`.

The working tree is compared with the ref (with where HEAD's branch left it: their merge base),
so committed, staged and unstaged changes all count, and untracked files that git does not
ignore count as changed from their first line to their last.
Deleted files are left out: there is nothing left of them to measure. Paths are relative to the
project root (which may sit below the git top level), with `/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from agenticops import proc
from agenticops.errors import ConfigError, ToolError

GIT_TIMEOUT = 120.0
#: `@@ -old[,n] +new[,n] @@`: with --unified=0 every new-side line of a hunk is a changed one
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPE = re.compile(rb"\\([0-7]{3}|.)", re.DOTALL)
_ESCAPES = {
    b"a": b"\a",
    b"b": b"\b",
    b"f": b"\f",
    b"n": b"\n",
    b"r": b"\r",
    b"t": b"\t",
    b"v": b"\v",
}
#: the options that keep the diff in the one shape we parse, whatever the user's git config says
_DIFF = (
    "diff",
    "--unified=0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-renames",
    "--relative",
    "--src-prefix=a/",
    "--dst-prefix=b/",
)


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


def changed_lines(root: Path, base: str) -> ChangedLines:
    """The working tree of the project at root against the commit `base` names (against the
    merge base of it and HEAD, when HEAD's branch left it earlier: as a pull request shows).

    Exit 4 (ConfigError) when root is not in a git work tree or base names no commit.
    """
    root = root.resolve()
    inside = _git(root, "rev-parse", "--is-inside-work-tree", check=False)
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        why = next((line for line in inside.stderr.splitlines() if line.strip()), "")
        raise ConfigError(
            f"--diff {base!r}: {root} is not in a git work tree" + (f" ({why})" if why else "")
        )
    commit = _since(root, _resolve(root, base))
    lines, removals = parse_diff(_git(root, *_DIFF, commit, "--").stdout)
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z").stdout
    lines.update(whole_files(root, (p for p in untracked.split("\0") if p.endswith(".py"))))
    return ChangedLines(base=base, commit=commit, lines=lines, removals=removals)


def _resolve(root: Path, base: str) -> str:
    unknown = ConfigError(
        f"--diff {base!r}: no such commit in the git repository at {root} "
        "(a remote branch must be fetched first; a shallow clone may lack it)"
    )
    if not base or base.startswith("-"):  # never let a ref pass for an option of git's
        raise unknown
    found = _git(root, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}", check=False)
    if found.returncode != 0:
        raise unknown
    return found.stdout.strip()


def _since(root: Path, commit: str) -> str:
    """Where HEAD's branch left the base (their merge base), so that commits the base gained
    since do not count as this change; the base itself when they share no history."""
    fork = _git(root, "merge-base", commit, "HEAD", check=False)
    return fork.stdout.strip() if fork.returncode == 0 else commit


def _git(root: Path, *args: str, check: bool = True) -> proc.Completed:
    argv = ["git", "-c", "core.quotePath=false", *args]
    done = proc.run(argv, cwd=root, timeout=GIT_TIMEOUT)
    if check and (done.returncode != 0 or done.timed_out):
        lines = done.output.strip().splitlines() or ["no output"]
        raise ToolError(f"git {args[0]} in {root} failed: {lines[-1]}")
    return done


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


def new_path(text: str) -> str | None:
    """The path of a `+++ ` header: None for /dev/null, C-quoted names unquoted, `b/` dropped."""
    text = text.removesuffix("\t")  # git adds a tab after a name holding a space
    if text == "/dev/null":
        return None
    if len(text) >= 2 and text[0] == text[-1] == '"':
        raw = _ESCAPE.sub(_unescape, text[1:-1].encode("utf-8"))
        text = raw.decode("utf-8", "surrogateescape")
    return text.removeprefix("b/")


def _unescape(match: re.Match[bytes]) -> bytes:
    code = match[1]
    return bytes([int(code, 8)]) if len(code) == 3 else _ESCAPES.get(code, code)


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

"""Containment of the agent: what it may write, and what it changed that it may not."""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: directories whose churn is noise (caches), never compared
_NOISE = frozenset({"__pycache__", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"})
#: markers that hide code from the gates: adding one in the agent's files is a violation
CHEATS: Mapping[str, re.Pattern[str]] = {
    "pragma: no cover": re.compile(r"pragma:\s*no\s*cover", re.IGNORECASE),
    "pragma: no mutate": re.compile(r"pragma:\s*no\s*mutate", re.IGNORECASE),
    "pytest.skip": re.compile(r"\bpytest\.skip\b|\bmark\.skip\b|\bunittest\.skip"),
    "skipif": re.compile(r"\bskipif\b|\bskipUnless\b"),
    "xfail": re.compile(r"\bxfail\b|\bexpectedFailure\b"),
}


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


def snapshot(root: Path, *, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """Every file under root (symlinks as their target text) to a content digest.

    Directories named in skip (at any depth) and virtualenvs are left out.
    """
    manifest: dict[str, str] = {}
    for path in _walk(root, _NOISE | skip):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            manifest[rel] = "link:" + str(path.readlink())
        else:
            manifest[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return manifest


def _walk(root: Path, skip: frozenset[str]) -> Iterable[Path]:
    for path in sorted(root.iterdir()):
        if path.name in skip:
            continue
        if path.is_dir() and not path.is_symlink():
            if not (path / "pyvenv.cfg").exists():
                yield from _walk(path, skip)
        else:
            yield path


def changed(before: Mapping[str, str], after: Mapping[str, str]) -> tuple[str, ...]:
    """Paths added, removed or modified between two snapshots."""
    return tuple(sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p)))


def contain(
    workspace: Path, baseline: Path, boundary: Boundary, before: Mapping[str, str]
) -> tuple[tuple[str, ...], tuple[Violation, ...]]:
    """Revert every change outside the boundary; return (changed paths, violations)."""
    after = snapshot(workspace)
    paths = changed(before, after)
    violations: list[Violation] = []
    for rel in paths:
        target = workspace / rel
        if target.is_symlink() and not _inside(target, workspace):
            violations.append(
                Violation(path=rel, kind="symlink", detail="symlink out of the workspace")
            )
            restore(workspace, baseline, rel)
        elif not boundary.allows(rel):
            kind = (
                "locked"
                if rel in before or any(rel.startswith(lock) for lock in boundary.locked)
                else "outside"
            )
            violations.append(Violation(path=rel, kind=kind, detail=_verb(rel, before, after)))
            restore(workspace, baseline, rel)
    violations.extend(cheats(workspace, baseline, [p for p in paths if boundary.allows(p)]))
    return paths, tuple(violations)


def _verb(rel: str, before: Mapping[str, str], after: Mapping[str, str]) -> str:
    if rel not in before:
        return "created outside the writable boundary; removed"
    if rel not in after:
        return "deleted a locked file; restored"
    return "modified a locked file; reverted"


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


def restore(workspace: Path, baseline: Path, rel: str) -> None:
    """Put rel back as it is in baseline, or remove it if baseline has none."""
    target, original = workspace / rel, baseline / rel
    if target.is_symlink() or target.is_file():
        target.unlink()
    elif target.is_dir():
        shutil.rmtree(target)
    if original.exists() or original.is_symlink():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(original, target, follow_symlinks=False)


def cheats(workspace: Path, baseline: Path, paths: Sequence[str]) -> list[Violation]:
    """New skip/xfail/pragma markers in files the agent wrote."""
    found = []
    for rel in paths:
        now = _text(workspace / rel)
        then = _text(baseline / rel)
        for name, pattern in CHEATS.items():
            added = len(pattern.findall(now)) - len(pattern.findall(then))
            if added > 0:
                found.append(Violation(path=rel, kind="cheat", detail=f"added {name} ({added}x)"))
    return found


def _text(path: Path) -> str:
    if path.suffix != ".py" or path.is_symlink() or not path.is_file():
        return ""
    return path.read_text(encoding="utf-8", errors="replace")

"""Snapshots: every file of a tree to a content digest, and the paths two snapshots differ in."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path

#: directories whose churn is noise (caches), never compared
_NOISE = frozenset({"__pycache__", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"})


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

"""The support digest: every file under the test paths that is neither source nor a test
file, and every conftest.py pytest loads on the way down to them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from agenticops.measure.mutation_keys import digest

_SKIPPED_DIRS = frozenset({"__pycache__", "mutants", ".agenticops", "node_modules"})


def support_digest(
    workdir: Path, test_paths: Sequence[str], source: Sequence[str], tests: Iterable[str]
) -> str:
    """One digest over the files under `test_paths` that are neither source nor a test file
    themselves (`tests`: the paths the node ids name), and every conftest.py above them."""
    excluded = [PurePosixPath(s) for s in source]
    test_files = set(tests)
    found: dict[str, str] = {}
    for rel in test_paths:
        found.update(_conftests(workdir, PurePosixPath(rel)))
        for path in _files(workdir / rel):
            name = PurePosixPath(path.relative_to(workdir).as_posix())
            if name.as_posix() not in test_files and not _under(name, excluded):
                found[name.as_posix()] = _hash_file(path)
    return digest(*(f"{k}={v}" for k, v in sorted(found.items())))


def _conftests(workdir: Path, rel: PurePosixPath) -> dict[str, str]:
    """The conftest.py files pytest loads on its way down to rel."""
    found = {}
    for parent in [*reversed(rel.parents), rel]:
        conftest = workdir / parent / "conftest.py"
        if conftest.is_file():
            found[(parent / "conftest.py").as_posix()] = _hash_file(conftest)
    return found


def _under(path: PurePosixPath, roots: Sequence[PurePosixPath]) -> bool:
    return any(root == path or root in path.parents for root in roots)


def _files(top: Path) -> list[Path]:
    """Every file at or under top, without caches and hidden directories."""
    if top.is_file():
        return [top]
    found = top.rglob("*") if top.is_dir() else iter(())
    return sorted(p for p in found if p.is_file() and not _hidden(p.relative_to(top).parts))


def _hidden(parts: Sequence[str]) -> bool:
    return any(part in _SKIPPED_DIRS or part.startswith(".") for part in parts)


def _hash_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]

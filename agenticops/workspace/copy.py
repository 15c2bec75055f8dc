"""Copy a project for measurement: everything the tests may read, nothing tools leave behind."""

from __future__ import annotations

import fnmatch
import os
import shutil
import stat
from pathlib import Path

#: directories and files skipped at any depth (caches, VCS, tool state, coverage data)
EXCLUDED_ANYWHERE = frozenset(
    {
        ".git",
        ".agenticops",
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        ".hypothesis",
        "node_modules",
        ".tox",
        ".nox",
        ".venv",
        ".coverage",
    }
)
#: skipped only at the project root: inside a package these names can be real code
EXCLUDED_AT_ROOT = frozenset({"build", "dist", "mutants", "venv"})
_EXCLUDED_PATTERNS = (".coverage.*", "*.egg-info")


def copy_project(root: Path, dest: Path) -> None:
    """Copy root into dest (created if missing), symlinks as symlinks, without tool debris.

    Skipped: see `is_excluded`; plus sockets, FIFOs and devices, which cannot be copied, and
    dest itself when it lies inside root.
    """
    root = root.resolve()
    target = str(dest.resolve())

    def ignore(directory: str, names: list[str]) -> set[str]:
        at_root = Path(directory) == root
        return {
            name
            for name in names
            if is_excluded(Path(directory, name), at_root=at_root)
            or os.path.join(directory, name) == target
            or _is_special(os.path.join(directory, name))
        }

    shutil.copytree(root, dest, symlinks=True, ignore=ignore, dirs_exist_ok=True)


def is_excluded(path: Path, *, at_root: bool) -> bool:
    """Whether path (a file or directory, `at_root` if directly under the project root) is
    debris no test needs: VCS data, caches, virtualenvs, build output, coverage data."""
    name = path.name
    if name in EXCLUDED_ANYWHERE or (at_root and name in EXCLUDED_AT_ROOT):
        return True
    if any(fnmatch.fnmatchcase(name, pattern) for pattern in _EXCLUDED_PATTERNS):
        return True
    return (path / "pyvenv.cfg").is_file()


def _is_special(path: str) -> bool:
    mode = os.lstat(path).st_mode
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode) or stat.S_ISLNK(mode))

"""Where the project's Python source is: as [tool.agenticops] says, else found in its layout."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from agenticops.errors import ConfigError, ProjectError

_NOT_SOURCE = frozenset({"tests", "test", "docs", "doc", "examples", "build", "dist", "venv"})


def _configured_source(root: Path, pyproject: Path, table: Mapping[str, Any]) -> tuple[str, ...]:
    """The source paths of the table, else detected; ConfigError for one that does not exist."""
    source = tuple(table.get("source", ()))
    _check_paths_exist(root, source, f"{pyproject.name}: [tool.agenticops] source")
    return source or detect_source(root)


def detect_source(root: Path) -> tuple[str, ...]:
    """src/ if it holds Python code, else the packages and modules at the root."""
    src = root / "src"
    if src.is_dir() and any(src.rglob("*.py")):
        return ("src",)
    found = sorted(p.name for p in root.iterdir() if _is_package(p) or _is_module(p))
    if not found:
        raise ProjectError(
            f"{root}: no Python source found; set source = [...] in [tool.agenticops]"
        )
    return tuple(found)


def _is_package(path: Path) -> bool:
    return path.is_dir() and (path / "__init__.py").is_file() and path.name not in _NOT_SOURCE


def _is_module(path: Path) -> bool:
    name = path.name
    if path.suffix != ".py" or not path.is_file():
        return False
    return name not in ("setup.py", "conftest.py", "noxfile.py") and not name.startswith("test")


def _check_paths_exist(root: Path, paths: Sequence[str], key: str) -> None:
    for rel in paths:
        if not (root / rel).exists():
            raise ConfigError(f"{key}: path {rel!r} does not exist")

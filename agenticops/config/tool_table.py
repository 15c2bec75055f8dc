"""[tool.agenticops] read from pyproject.toml, of a directory that must be a Python project."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from agenticops.config.validation import validate
from agenticops.errors import ConfigError, ProjectError

_PROJECT_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg")


def _project_table(root: Path, pyproject: Path) -> dict[str, Any]:
    """[tool.agenticops] of a directory that must look like a Python project."""
    if not root.is_dir():
        raise ProjectError(f"{root}: not a directory")
    table = _tool_table(pyproject) if pyproject.is_file() else {}
    if not table and not _looks_like_project(root):
        raise ProjectError(
            f"{root}: not a Python project (no pyproject.toml, setup.py or .py files)"
        )
    return table


def _tool_table(pyproject: Path) -> dict[str, Any]:
    data = read_toml(pyproject)
    tool = data.get("tool")
    table = tool.get("agenticops", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise ConfigError(f"{pyproject.name}: [tool.agenticops] must be a table")
    validate(table, pyproject.name)
    return table


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; a syntax error names the file and the line."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path.name}: invalid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc


def _looks_like_project(root: Path) -> bool:
    return (
        any((root / m).is_file() for m in _PROJECT_MARKERS)
        or any(root.glob("*.py"))
        or ((root / "src").is_dir())
    )

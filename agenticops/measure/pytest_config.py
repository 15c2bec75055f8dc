"""pytest's own configuration as one digest: its ini files and `[tool.pytest*]` of
pyproject.toml (part of the mutation cache's configuration fingerprint)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from agenticops.measure.mutation_keys import digest

_PYTEST_FILES = ("pytest.ini", ".pytest.ini", "tox.ini", "setup.cfg")


def pytest_settings(workdir: Path) -> str:
    """A digest of everything pytest reads its configuration from."""
    parts = []
    for name in _PYTEST_FILES:
        path = workdir / name
        if path.is_file():
            parts.append(f"{name}:{digest(path.read_text(encoding='utf-8', errors='replace'))}")
    pyproject = workdir / "pyproject.toml"
    if pyproject.is_file():
        parts.append("pyproject:" + _pytest_tables(pyproject.read_bytes()))
    return digest(*parts)


def _pytest_tables(data: bytes) -> str:
    """`[tool.pytest*]` of a pyproject.toml as canonical JSON (all of it when unreadable)."""
    try:
        tool = tomllib.loads(data.decode("utf-8")).get("tool")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return "unreadable:" + digest(data.hex())
    tables = (
        {k: v for k, v in tool.items() if k.startswith("pytest")} if isinstance(tool, dict) else {}
    )
    return json.dumps(tables, sort_keys=True, default=str)

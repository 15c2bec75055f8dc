"""The copy's configuration files: the ones pytest reads, and `[tool.mutmut]` written into
pyproject.toml with every other table kept."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from agenticops import textfile
from agenticops.config import read_toml

#: pytest reads these; they say which config the copy inside mutants/ saw
CONFIG_FILES = (
    "pytest.ini",
    ".pytest.ini",
    "pyproject.toml",
    "tox.ini",
    "setup.cfg",
    "conftest.py",
)


def write_table(workdir: Path, table: Mapping[str, Any]) -> None:
    """Set `[tool.mutmut]` in workdir/pyproject.toml, keeping every other table."""
    path = workdir / "pyproject.toml"
    data = read_toml(path) if path.is_file() else {}
    tool = data.get("tool")
    data["tool"] = {**(tool if isinstance(tool, dict) else {}), "mutmut": dict(table)}
    textfile.write(path, tomli_w.dumps(data))

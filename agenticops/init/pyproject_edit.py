"""The new text of pyproject.toml with [tool.agenticops] added, proven to change nothing else."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from agenticops.config import read_toml
from agenticops.errors import ConfigError
from agenticops.resources import template
from agenticops.tomltext import append_block, replace_tables

_KEY = ("tool", "agenticops")


def edit_pyproject(path: Path, block: str, *, force: bool) -> str:
    """The new text of pyproject.toml (a new file when there is none); nothing is written."""
    if not path.is_file():
        return template("init/pyproject.toml.tmpl") + block
    old = read_toml(path)
    text = path.read_bytes().decode("utf-8")
    tool = old.get("tool")
    if not (isinstance(tool, dict) and _KEY[1] in tool):
        new = append_block(text, block)
    elif not force:
        raise ConfigError(f"{path.name} already has [tool.agenticops]; use --force to replace it")
    else:
        try:
            new = replace_tables(text, _KEY, block)
        except ValueError:
            raise ConfigError(
                f"{path.name}: [tool.agenticops] is written as dotted keys or an inline table; "
                "replace it by hand"
            ) from None
    _check_only_tool_changed(path.name, old, new, block)
    return new


def _check_only_tool_changed(where: str, old: Mapping[str, Any], new: str, block: str) -> None:
    try:
        parsed = tomllib.loads(new)
    except tomllib.TOMLDecodeError:
        parsed = {}
    wanted = tomllib.loads(block)["tool"]["agenticops"]
    added = parsed.get("tool", {}).get(_KEY[1])
    if _without_tool(parsed) != _without_tool(old) or added != wanted:
        raise ConfigError(
            f"{where}: cannot add [tool.agenticops] as text without changing other settings; "
            "add it by hand"
        )


def _without_tool(data: Mapping[str, Any]) -> dict[str, Any]:
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        return dict(data)
    return {**data, "tool": {k: v for k, v in tool.items() if k != _KEY[1]}}

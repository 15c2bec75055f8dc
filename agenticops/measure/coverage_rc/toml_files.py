"""The KEPT coverage settings of a TOML file (.coveragerc.toml, pyproject.toml), or None when
coverage.py would pass the file by."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from agenticops.config import read_toml
from agenticops.measure.coverage_rc.kept import KEPT, Settings


def from_toml(path: Path, ours: bool) -> Settings | None:
    data = read_toml(path)
    coverage = data.get("tool", {}).get("coverage")
    if coverage is None and not ours:
        return None
    tables = [coverage or {}, *([data] if ours else [])]
    found: Settings = {}
    for section, keys in KEPT.items():
        table = _first_table(tables, section)
        found[section] = {k: _as_list(table[k]) for k in keys if k in table}
    return found


def _first_table(tables: Sequence[Mapping[str, Any]], section: str) -> Mapping[str, Any]:
    return next((t[section] for t in tables if isinstance(t.get(section), dict)), {})


def _as_list(value: str | list[Any]) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value]

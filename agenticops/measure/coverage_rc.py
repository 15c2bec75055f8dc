"""The coverage.py settings agenticops measures with: ours, plus the project's own exclusions."""

from __future__ import annotations

import configparser
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from agenticops.config import read_toml
from agenticops.errors import ConfigError

#: the project's settings kept, so its pragmas and omits still count
KEPT: Mapping[str, tuple[str, ...]] = {
    "run": ("omit",),
    "report": ("exclude_lines", "exclude_also", "omit", "partial_branches", "partial_also"),
}
_LISTS = frozenset({"omit"})  # comma- or newline-separated; the rest are regexes, one a line
#: where coverage.py looks, in its order, and whether the file is its own (bare [run] allowed)
_FILES = (
    (".coveragerc", True),
    (".coveragerc.toml", True),
    ("setup.cfg", False),
    ("tox.ini", False),
    ("pyproject.toml", False),
)
Settings = dict[str, dict[str, Any]]


def coverage_settings(root: Path, source: Sequence[str]) -> Settings:
    """`{"run": {...}, "report": {...}}`: branch coverage over source, relative paths, and the
    project's KEPT settings.

    coverage.py takes `source` as directories (or package names), so a source entry that is a
    file is measured through its directory and narrowed to the file by `[report] include`.
    """
    project = project_settings(root)
    dirs = [s for s in source if (root / s).is_dir()]
    files = [s for s in source if s not in dirs]
    parents = {Path(f).parent.as_posix() for f in files}
    run = {**project["run"], "branch": True, "relative_files": True}
    run["source"] = sorted({*dirs, *parents})
    report = dict(project["report"])
    if files:
        report["include"] = [*files, *(f"{d}/*" for d in dirs)]
    return {"run": run, "report": report}


def project_settings(root: Path) -> Settings:
    """The KEPT settings of the file coverage.py itself would read, values left unexpanded.

    Like coverage.py: the first of _FILES that is its own file, or that has any coverage
    section, wins, even when it holds none of the KEPT keys.
    """
    for name, ours in _FILES:
        path = root / name
        if not path.is_file():
            continue
        found = _from_toml(path, ours) if path.suffix == ".toml" else _from_ini(path, ours)
        if found is not None:
            return found
    return {"run": {}, "report": {}}


def _from_toml(path: Path, ours: bool) -> Settings | None:
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


def _from_ini(path: Path, ours: bool) -> Settings | None:
    parser = _parse_ini(path)
    if not ours and not any(s.startswith("coverage:") for s in parser.sections()):
        return None
    prefixes = ("coverage:", "") if ours else ("coverage:",)
    found: Settings = {}
    for section, keys in KEPT.items():
        real = _first_section(parser, prefixes, section)
        found[section] = {
            k: _split(parser.get(real, k), k) for k in keys if parser.has_option(real, k)
        }
    return found


def _first_section(parser: configparser.RawConfigParser, prefixes: Sequence[str], name: str) -> str:
    return next((p + name for p in prefixes if parser.has_section(p + name)), "")


def _parse_ini(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser()  # raw: coverage.py expands $VARS itself, later
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error as exc:
        raise ConfigError(f"{path.name}: cannot read: {str(exc).splitlines()[0]}") from exc
    return parser


def _as_list(value: str | list[Any]) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _split(value: str, key: str) -> list[str]:
    text = value.replace(",", "\n") if key in _LISTS else value
    return [line.strip() for line in text.splitlines() if line.strip()]

"""The KEPT coverage settings of an INI file (.coveragerc, setup.cfg, tox.ini), or None when
coverage.py would pass the file by."""

from __future__ import annotations

import configparser
from collections.abc import Sequence
from pathlib import Path

from agenticops.errors import ConfigError
from agenticops.measure.coverage_rc.kept import KEPT, Settings

_LISTS = frozenset({"omit"})  # comma- or newline-separated; the rest are regexes, one a line


def from_ini(path: Path, ours: bool) -> Settings | None:
    parser = _parse_ini(path)
    if not ours and not any(s.startswith("coverage:") for s in parser.sections()):
        return None
    prefixes = ("coverage:", "") if ours else ("coverage:",)
    found: Settings = {}
    for section, keys in KEPT.items():
        real = _first_section(parser, prefixes, section)
        found[section] = {} if real is None else _kept(parser, real, keys)
    return found


def _first_section(
    parser: configparser.RawConfigParser, prefixes: Sequence[str], name: str
) -> str | None:
    """The section coverage.py reads for `name`, or None: then [DEFAULT] alone sets nothing."""
    return next((p + name for p in prefixes if parser.has_section(p + name)), None)


def _kept(
    parser: configparser.RawConfigParser, section: str, keys: Sequence[str]
) -> dict[str, list[str]]:
    return {k: _split(parser.get(section, k), k) for k in keys if parser.has_option(section, k)}


def _parse_ini(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser()  # raw: coverage.py expands $VARS itself, later
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error as exc:
        raise ConfigError(f"{path.name}: cannot read: {str(exc).splitlines()[0]}") from exc
    return parser


def _split(value: str, key: str) -> list[str]:
    text = value.replace(",", "\n") if key in _LISTS else value
    return [line.strip() for line in text.splitlines() if line.strip()]

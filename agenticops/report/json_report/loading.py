"""Reading a gate report back: only what `to_dict` could have written, else one line."""

from __future__ import annotations

import json
from pathlib import Path

from agenticops import textfile
from agenticops.errors import ConfigError
from agenticops.model import Report
from agenticops.report.json_parse import ShapeError, difference, parse
from agenticops.report.json_report.document import to_dict


def from_dict(data: object, *, source: str) -> Report:
    """The report `data` holds; ConfigError naming `source` for anything else."""
    try:
        report = parse(data)
    except ShapeError as error:
        raise _not_a_report(source, str(error)) from None
    problem = difference(to_dict(report), data)
    if problem:
        raise _not_a_report(source, problem)
    return report


def _not_a_report(source: str, problem: str) -> ConfigError:
    return ConfigError(f"{source}: not an agenticops gate report ({problem})")


def load(path: Path) -> Report:
    """Read a report file (such as `.agenticops/report.json`) back into a Report."""
    try:
        text = textfile.read(path)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no gate report here (run `agenticops gate` first)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the gate report ({error})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise _not_a_report(str(path), f"invalid JSON: {error}") from None
    return from_dict(data, source=str(path))

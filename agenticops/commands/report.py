"""`agenticops report`: render the last report again, or merge shard reports into one."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from agenticops import textfile
from agenticops.commands.output import check_format, emit, render_for, verdict
from agenticops.errors import ConfigError
from agenticops.gate import REPORT_FILE, STATE_DIR
from agenticops.model import Report
from agenticops.report import render
from agenticops.report.json_report import from_dict


def report_command(path: Path, *, fmt: str, output: Path | None) -> int:
    """`agenticops report`: render .agenticops/report.json again; exit as the gate did."""
    check_format(fmt)
    report = load_report(path)
    emit(render_for(report, fmt, path.resolve()), output)
    return verdict(report)


def merge_command(directories: Sequence[Path], *, fmt: str, output: Path | None) -> int:
    """`agenticops report --merge DIR...`: join shard reports, render; exit as one gate would."""
    from agenticops.report.merge import load_shards, merge_reports

    check_format(fmt)
    report = merge_reports(load_shards(directories))
    emit(render(report, fmt, root=Path.cwd()), output)
    return verdict(report)


def load_report(root: Path) -> Report:
    """The last report of the project at root; a missing or foreign file is exit 4."""
    file = root / STATE_DIR / REPORT_FILE
    try:
        data = json.loads(textfile.read(file))
    except FileNotFoundError:
        raise ConfigError(f"{file}: no report yet; run `agenticops gate` first") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{file}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    return from_dict(data, source=str(file))

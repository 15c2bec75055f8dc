"""The project's .agenticops/ directory: kept out of git, holding report.json and the cache."""

from __future__ import annotations

import json
from pathlib import Path

from agenticops import textfile
from agenticops.model import Report
from agenticops.report.json_report import to_dict

STATE_DIR = ".agenticops"
REPORT_FILE = "report.json"
CACHE_DIR = "cache"


def state_dir(root: Path) -> Path:
    """root/.agenticops, created with a .gitignore so it is never committed by accident."""
    path = root / STATE_DIR
    path.mkdir(exist_ok=True)
    ignore = path / ".gitignore"
    if not ignore.exists():
        textfile.write(ignore, "# written by agenticops\n*\n")
    return path


def write_report(root: Path, report: Report) -> Path:
    """Write the JSON report to root/.agenticops/report.json and return its path."""
    path = state_dir(root) / REPORT_FILE
    textfile.write(path, json.dumps(to_dict(report), indent=2) + "\n")
    return path

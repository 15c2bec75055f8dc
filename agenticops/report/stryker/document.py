"""The whole Stryker report as data: thresholds, project root, files and framework."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.stryker.mutants import source_file

#: Stryker's own defaults, used when the mutation_score gate is off
DEFAULT_THRESHOLDS = {"high": 80, "low": 60}


def _thresholds(report: Report) -> dict[str, int]:
    gate = select.gate(report, "mutation_score")
    if gate is None or gate.threshold is None:
        return dict(DEFAULT_THRESHOLDS)
    limit = min(max(math.ceil(gate.threshold), 0), 100)
    return {"high": limit, "low": limit}


def to_stryker(report: Report, *, root: Path) -> dict[str, Any]:
    """The Stryker report as data: every file that has mutants, with its source text."""
    framework: dict[str, Any] = {"name": "agenticops"}
    if report.tool_version:
        framework["version"] = report.tool_version
    return {
        "schemaVersion": "2",
        "thresholds": _thresholds(report),
        "projectRoot": report.root,
        "files": {f.path: source_file(f, root) for f in report.measurements.files if f.mutants},
        "framework": framework,
    }

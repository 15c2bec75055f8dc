"""CoverageData from a `coverage json` report: the total, and each file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agenticops.errors import ToolError
from agenticops.measure.tests_cov.file_coverage import FileCoverage, _file_coverage


@dataclass(frozen=True, slots=True, kw_only=True)
class CoverageData:
    """Coverage over `source`: the total as coverage.py reports it, and each file."""

    total: float
    files: dict[str, FileCoverage]  # path relative to the workdir, with /


def parse_coverage_json(doc: Mapping[str, Any]) -> CoverageData:
    """CoverageData from a `coverage json --show-contexts` report (format 3, coverage >= 7.5)."""
    meta = doc.get("meta", {})
    if meta.get("format", 0) < 3:
        version = meta.get("version", "unknown")
        raise ToolError(f"coverage {version}: too old, agenticops needs coverage >= 7.5")
    files = {Path(path).as_posix(): _file_coverage(entry) for path, entry in doc["files"].items()}
    return CoverageData(total=doc["totals"]["percent_covered"], files=files)

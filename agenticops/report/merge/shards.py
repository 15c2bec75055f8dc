"""Shard reports: where each is under its directory, and reading them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from agenticops.errors import ConfigError
from agenticops.model import Report
from agenticops.report.json_report import load

REPORT_PATHS = (".agenticops/report.json", "report.json")
Shard = tuple[str, Report]


def report_path(directory: Path) -> Path:
    """Where a shard's report is under directory (the first of REPORT_PATHS that exists)."""
    for rel in REPORT_PATHS:
        if (directory / rel).is_file():
            return directory / rel
    raise ConfigError(f"{directory}: no shard report ({' or '.join(REPORT_PATHS)})")


def load_shards(directories: Sequence[Path]) -> list[Shard]:
    return [(str(path), load(path)) for path in map(report_path, directories)]

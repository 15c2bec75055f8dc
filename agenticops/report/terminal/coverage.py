"""The least-covered files as a table, with their missing lines and branches."""

from __future__ import annotations

from collections.abc import Iterator

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.terminal.blocks import LIMIT, heading, more
from agenticops.report.terminal.rich_api import RenderableType, Table
from agenticops.report.text import branches, percent, ranges


def files(report: Report) -> Iterator[RenderableType]:
    files = select.least_covered(report)
    if not files:
        return
    yield heading(f"Least-covered files ({len(files)})")
    table = Table()
    for column in ("File", "Coverage", "Missing lines", "Missing branches"):
        table.add_column(column, justify="right" if column == "Coverage" else "left")
    for f in files[:LIMIT]:
        table.add_row(
            f.path, percent(f.coverage), ranges(f.missing_lines), branches(f.missing_branches)
        )
    yield table
    yield from more(len(files))

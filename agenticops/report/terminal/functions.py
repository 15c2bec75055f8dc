"""The functions over the CRAP / complexity limit as a table."""

from __future__ import annotations

from collections.abc import Iterator

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.terminal.blocks import LIMIT, heading, more
from agenticops.report.terminal.rich_api import RenderableType, Table
from agenticops.report.text import number, percent


def functions(report: Report) -> Iterator[RenderableType]:
    located = select.over_limit(report)
    if not located:
        return
    yield heading(f"Functions over the CRAP / complexity limit ({len(located)})")
    table = Table()
    for column in ("Function", "Location", "CC", "Coverage", "CRAP"):
        table.add_column(column, justify="left" if column in ("Function", "Location") else "right")
    for loc in located[:LIMIT]:
        fn = loc.function
        where = f"{loc.file.path}:{fn.line}"
        table.add_row(fn.name, where, str(fn.complexity), percent(fn.coverage), number(fn.crap))
    yield table
    yield from more(len(located))

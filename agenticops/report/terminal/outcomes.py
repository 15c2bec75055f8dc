"""How the run ended: the gate table and the failing tests."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.terminal.blocks import LIMIT, heading, more
from agenticops.report.terminal.rich_api import RenderableType, Table, Text
from agenticops.report.text import STATUS_LABEL, clip, measure

_STYLE = {"passed": "green", "failed": "bold red", "not_run": "yellow", "off": "dim"}


def gates(report: Report) -> Table:
    table = Table()
    for column in ("Gate", "Status", "Measured", "Reason"):
        table.add_column(column)
    for g in report.gates:
        label = Text(STATUS_LABEL[g.status], style=_STYLE[g.status])
        table.add_row(g.name, label, measure(g), g.reason)
    return table


def tests(report: Report) -> Iterator[RenderableType]:
    failed = select.failing_tests(report)
    if not failed:
        return
    yield heading(f"Failing tests ({len(failed)})")
    for outcome in failed[:LIMIT]:
        yield Text(f"✗ {outcome.nodeid} ({outcome.status})", style="red")
        if outcome.message:
            yield Text(textwrap.indent(clip(outcome.message, 15), "    "), style="dim")
    yield from more(len(failed))

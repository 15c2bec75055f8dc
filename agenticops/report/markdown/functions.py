"""The section of functions over the CRAP / complexity limit, as a table."""

from __future__ import annotations

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.markdown.markup import code, table_head
from agenticops.report.markdown.section import Section
from agenticops.report.text import number, percent


def over_limit(report: Report) -> Section:
    return Section(
        title="Functions over the CRAP / complexity limit",
        noun="functions",
        header=table_head("Function", "Location", "CC:", "Coverage:", "CRAP:"),
        items=[
            f"| {code(loc.function.name, cell=True)} "
            f"| {code(f'{loc.file.path}:{loc.function.line}', cell=True)} "
            f"| {loc.function.complexity} | {percent(loc.function.coverage)} "
            f"| {number(loc.function.crap)} |"
            for loc in select.over_limit(report)
        ],
    )

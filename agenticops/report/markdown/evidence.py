"""The evidence sections: failing tests, functions over the limits, least-covered files."""

from __future__ import annotations

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.markdown.functions import over_limit
from agenticops.report.markdown.markup import code, fence, table_head
from agenticops.report.markdown.section import Section
from agenticops.report.text import branches, percent, ranges


def evidence(report: Report) -> list[Section]:
    """Failing tests, functions over the limits, least-covered files."""
    return [_failing_tests(report), over_limit(report), _least_covered(report)]


def _failing_tests(report: Report) -> Section:
    return Section(
        title="Failing tests",
        noun="failing tests",
        block=True,
        items=[
            f"**{code(o.nodeid)}** ({o.status})\n\n{fence(o.message or o.status, 'text')}"
            for o in select.failing_tests(report)
        ],
    )


def _least_covered(report: Report) -> Section:
    return Section(
        title="Least-covered files",
        noun="files",
        header=table_head("File", "Coverage:", "Missing lines", "Missing branches"),
        items=[
            f"| {code(f.path, cell=True)} | {percent(f.coverage)} | {ranges(f.missing_lines)} "
            f"| {branches(f.missing_branches)} |"
            for f in select.least_covered(report)
        ],
    )

"""The list sections after the evidence: mutation lists, diagnostics, pytest's output."""

from __future__ import annotations

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.markdown.markup import fence, plain
from agenticops.report.markdown.mutants import over_sites, survivors, unmutated
from agenticops.report.markdown.section import Section


def lists(report: Report) -> list[Section]:
    return [
        survivors(report),
        over_sites(report),
        unmutated(report),
        _diagnostics(report),
        _output(report),
    ]


def _diagnostics(report: Report) -> Section:
    return Section(
        title="Diagnostics",
        noun="diagnostics",
        items=[f"- {plain(d)}" for d in select.diagnostics(report)],
    )


def _output(report: Report) -> Section:
    output = select.test_output(report)
    return Section(
        title="pytest output",
        noun="outputs",
        counted=False,
        items=[fence(output, "text")] if output else [],
    )

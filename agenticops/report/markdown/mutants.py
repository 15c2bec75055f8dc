"""The mutation sections: surviving mutants, files over the sites limit, unmutated functions."""

from __future__ import annotations

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.markdown.markup import code, fence
from agenticops.report.markdown.section import Section
from agenticops.report.text import diff_body


def survivors(report: Report) -> Section:
    return Section(
        title="Surviving mutants",
        noun="survivors",
        block=True,
        items=[
            f"**{code(f'{f.path}:{m.line}')}** {code(m.function)} — "
            f"{m.status.replace('_', ' ')} ({code(m.id)})\n\n"
            f"{fence(diff_body(m.diff) or '(no diff recorded)', 'diff')}"
            for f, m in select.survivors(report)
        ],
    )


def over_sites(report: Report) -> Section:
    return Section(
        title="Files over the mutation-sites limit",
        noun="files",
        items=[f"- {code(f.path)}: {f.mutation_sites} mutants" for f in select.over_sites(report)],
    )


def unmutated(report: Report) -> Section:
    return Section(
        title="Decorated functions, not mutated",
        noun="functions",
        items=[f"- {code(f'{f.path}::{name}')}" for f, name in select.unmutated(report)],
    )

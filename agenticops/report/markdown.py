"""The report as GitHub-flavoured Markdown, sized for a job summary ($GITHUB_STEP_SUMMARY).

GitHub drops a step summary over 1 MiB entirely, so `render_limited` halves the bulkiest list
until the page fits, and says in the page what it left out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.text import (
    STATUS_LABEL,
    branches,
    diff_body,
    measure,
    number,
    percent,
    ranges,
    verdict,
)

LIMIT_BYTES = 1_000_000
_ICON = {"passed": "✅", "failed": "❌", "not_run": "⚠️", "off": "➖"}
_TRIMMED = "\n_Trimmed to fit a GitHub job summary; the full report is in the artifact._\n"


@dataclass(frozen=True, slots=True, kw_only=True)
class _Section:
    title: str
    noun: str  # what the items are, for "… N more <noun> omitted"
    items: Sequence[str]
    header: str = ""  # table head, shown above the items
    block: bool = False  # items are paragraphs and code blocks, not table rows or list items
    counted: bool = True  # show the number of items in the summary line


def render(report: Report, *, root: Path) -> str:
    """The job summary page, kept under 1 MiB."""
    return render_limited(report, root=root)


def render_limited(report: Report, *, root: Path, limit_bytes: int = LIMIT_BYTES) -> str:
    """The page, its bulkiest lists halved (and saying so) until it fits in `limit_bytes`."""
    del root  # sources are not shown in the summary
    sections = _sections(report)
    shown = [len(s.items) for s in sections]
    page = _page(report, sections, shown)
    while len(page.encode()) > limit_bytes and any(shown):
        sizes = [
            sum(len(i.encode()) for i in s.items[:n]) for s, n in zip(sections, shown, strict=True)
        ]
        bulkiest = max(range(len(sections)), key=lambda k: sizes[k])
        shown[bulkiest] //= 2
        page = _page(report, sections, shown)
    data = page.encode()
    if len(data) > limit_bytes:  # even without lists: cut the bytes, keep the note
        room = limit_bytes - len(_TRIMMED.encode())
        page = data[: max(room, 0)].decode(errors="ignore") + _TRIMMED
    return page


def _page(report: Report, sections: Sequence[_Section], shown: Sequence[int]) -> str:
    parts = [_head(report)]
    parts += [_section(s, n) for s, n in zip(sections, shown, strict=True) if s.items]
    if any(n < len(s.items) for s, n in zip(sections, shown, strict=True)):
        parts.append(_TRIMMED)
    return "\n".join(parts)


def _head(report: Report) -> str:
    icon = "✅" if report.passed else "❌"
    word = "passed" if report.passed else "failed"
    m = report.measurements
    facts = [f"profile `{report.profile}`", f"scope {plain(m.scope)}"]
    facts += [f"agenticops {plain(report.tool_version)}"] if report.tool_version else []
    facts += [plain(report.created)] if report.created else []
    rows = [
        f"| {plain(g.name)} | {_ICON[g.status]} {STATUS_LABEL[g.status]} | {plain(measure(g))} "
        f"| {plain(g.reason)} |"
        for g in report.gates
    ]
    return "\n".join(
        [
            f"## {icon} agenticops gate {word}",
            "",
            f"**{plain(verdict(report))}**",
            "",
            " · ".join(facts),
            "",
            "| Gate | Status | Measured | Reason |",
            "| --- | --- | --- | --- |",
            *rows,
            "",
        ]
    )


def _section(section: _Section, shown: int) -> str:
    body = [section.header] if section.header else []
    body += section.items[:shown]
    omitted = len(section.items) - shown
    if omitted:
        body.append(f"\n… {omitted} more {section.noun} omitted; see the artifact.")
    summary = f"{section.title} ({len(section.items)})" if section.counted else section.title
    joined = ("\n\n" if section.block else "\n").join(body)
    return f"<details><summary>{plain(summary)}</summary>\n\n{joined}\n\n</details>\n"


def _sections(report: Report) -> list[_Section]:
    return [*_evidence(report), *_lists(report)]


def _evidence(report: Report) -> list[_Section]:
    """Failing tests, functions over the limits, least-covered files."""
    return [
        _Section(
            title="Failing tests",
            noun="failing tests",
            block=True,
            items=[
                f"**{code(o.nodeid)}** ({o.status})\n\n{fence(o.message or o.status, 'text')}"
                for o in select.failing_tests(report)
            ],
        ),
        _Section(
            title="Functions over the CRAP / complexity limit",
            noun="functions",
            header=_table_head("Function", "Location", "CC:", "Coverage:", "CRAP:"),
            items=[
                f"| {code(loc.function.name, cell=True)} "
                f"| {code(f'{loc.file.path}:{loc.function.line}', cell=True)} "
                f"| {loc.function.complexity} | {percent(loc.function.coverage)} "
                f"| {number(loc.function.crap)} |"
                for loc in select.over_limit(report)
            ],
        ),
        _Section(
            title="Least-covered files",
            noun="files",
            header=_table_head("File", "Coverage:", "Missing lines", "Missing branches"),
            items=[
                f"| {code(f.path, cell=True)} | {percent(f.coverage)} | {ranges(f.missing_lines)} "
                f"| {branches(f.missing_branches)} |"
                for f in select.least_covered(report)
            ],
        ),
    ]


def _lists(report: Report) -> list[_Section]:
    output = select.test_output(report)
    return [
        _Section(
            title="Surviving mutants",
            noun="survivors",
            block=True,
            items=[
                f"**{code(f'{f.path}:{m.line}')}** {code(m.function)} — "
                f"{m.status.replace('_', ' ')} ({code(m.id)})\n\n"
                f"{fence(diff_body(m.diff) or '(no diff recorded)', 'diff')}"
                for f, m in select.survivors(report)
            ],
        ),
        _Section(
            title="Files over the mutation-sites limit",
            noun="files",
            items=[
                f"- {code(f.path)}: {f.mutation_sites} mutants" for f in select.over_sites(report)
            ],
        ),
        _Section(
            title="Decorated functions, not mutated",
            noun="functions",
            items=[f"- {code(f'{f.path}::{name}')}" for f, name in select.unmutated(report)],
        ),
        _Section(
            title="Diagnostics",
            noun="diagnostics",
            items=[f"- {plain(d)}" for d in select.diagnostics(report)],
        ),
        _Section(
            title="pytest output",
            noun="outputs",
            counted=False,
            items=[fence(output, "text")] if output else [],
        ),
    ]


def _table_head(*columns: str) -> str:
    """A table head; a column named with a trailing ":" is right-aligned."""
    names = " | ".join(c.rstrip(":") for c in columns)
    rules = " | ".join("---:" if c.endswith(":") else "---" for c in columns)
    return f"| {names} |\n| {rules} |"


def plain(text: str) -> str:
    """Text safe in a Markdown paragraph or table cell: no HTML, no markup, one line."""
    escaped = html.escape(text, quote=False)
    escaped = re.sub(r"([\\`*_\[\]|~])", r"\\\1", escaped)
    return " ".join(escaped.split())


def code(text: str, *, cell: bool = False) -> str:
    """An inline code span that survives backticks (and pipes, inside a table `cell`)."""
    text = " ".join(text.split())
    text = text.replace("|", "\\|") if cell else text
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def fence(text: str, info: str) -> str:
    """A fenced code block longer than any backtick run inside it."""
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    ticks = "`" * (longest + 1)
    return f"{ticks}{info}\n{text.rstrip()}\n{ticks}"

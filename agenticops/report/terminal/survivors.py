"""The surviving mutants, each with its coloured diff."""

from __future__ import annotations

from collections.abc import Iterator

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.terminal.blocks import LIMIT, heading, more
from agenticops.report.terminal.rich_api import RenderableType, Text
from agenticops.report.text import clip, diff_body


def survivors(report: Report) -> Iterator[RenderableType]:
    survivors = select.survivors(report)
    if not survivors:
        return
    yield heading(f"Surviving mutants ({len(survivors)})")
    for f, m in survivors[:LIMIT]:
        status = m.status.replace("_", " ")
        yield Text(f"{f.path}:{m.line} {m.function} — {status} ({m.id})", style="bold")
        yield _diff(clip(diff_body(m.diff), 12))
    yield from more(len(survivors))


def _diff(diff: str) -> Text:
    text = Text()
    for line in diff.splitlines():
        style = "green" if line.startswith("+") else "red" if line.startswith("-") else ""
        text.append(f"    {line}\n", style=style)
    text.rstrip()
    return text

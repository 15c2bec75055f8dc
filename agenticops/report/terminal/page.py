"""The terminal page: title, every section in order, then the verdict line."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.terminal.blocks import heading, listing
from agenticops.report.terminal.coverage import files
from agenticops.report.terminal.functions import functions
from agenticops.report.terminal.outcomes import gates, tests
from agenticops.report.terminal.rich_api import Console, RenderableType, Text
from agenticops.report.terminal.survivors import survivors
from agenticops.report.text import verdict


def render(report: Report, *, root: Path, color: bool | None = None, width: int = 100) -> str:
    """The report as terminal text; colour only when asked, or when stdout is a terminal."""
    del root  # the terminal shows no source text
    use_color = sys.stdout.isatty() if color is None else color
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=use_color,
        color_system="standard" if use_color else None,
        highlight=False,
        emoji=False,
    )
    for part in _parts(report):
        console.print(part)
    return buffer.getvalue()


def _parts(report: Report) -> Iterator[RenderableType]:
    m = report.measurements
    yield Text(f"agenticops gate · profile {report.profile} · scope {m.scope}", style="bold")
    yield gates(report)
    yield from tests(report)
    yield from functions(report)
    yield from files(report)
    yield from survivors(report)
    yield from listing(
        "Files over the mutation-sites limit",
        [f"{f.path}: {f.mutation_sites} mutants" for f in select.over_sites(report)],
    )
    yield from listing(
        "Decorated functions, not mutated",
        [f"{f.path}::{name}" for f, name in select.unmutated(report)],
    )
    yield from listing("Diagnostics", list(select.diagnostics(report)))
    output = select.test_output(report)
    if output:
        yield heading("pytest output (last lines)")
        yield Text("\n".join(output.splitlines()[-30:]))
    yield Text(f"\n{verdict(report)}", style="bold green" if report.passed else "bold red")

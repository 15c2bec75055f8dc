"""The report for people at a terminal, and the stage spinner (the only door to rich)."""

from __future__ import annotations

import io
import sys
import textwrap
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TextIO

from rich.console import Console, RenderableType
from rich.status import Status
from rich.table import Table
from rich.text import Text

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.text import (
    STATUS_LABEL,
    branches,
    clip,
    diff_body,
    measure,
    number,
    percent,
    ranges,
    verdict,
)

#: at most this many items per list; the rest is counted
LIMIT = 10
_STYLE = {"passed": "green", "failed": "bold red", "not_run": "yellow", "off": "dim"}


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
    yield _gates(report)
    yield from _tests(report)
    yield from _functions(report)
    yield from _files(report)
    yield from _survivors(report)
    yield from _listing(
        "Files over the mutation-sites limit",
        [f"{f.path}: {f.mutation_sites} mutants" for f in select.over_sites(report)],
    )
    yield from _listing(
        "Decorated functions, not mutated",
        [f"{f.path}::{name}" for f, name in select.unmutated(report)],
    )
    yield from _listing("Diagnostics", list(select.diagnostics(report)))
    output = select.test_output(report)
    if output:
        yield _heading("pytest output (last lines)")
        yield Text("\n".join(output.splitlines()[-30:]))
    yield Text(f"\n{verdict(report)}", style="bold green" if report.passed else "bold red")


def _gates(report: Report) -> Table:
    table = Table(title=None, expand=False)
    for column in ("Gate", "Status", "Measured", "Reason"):
        table.add_column(column)
    for g in report.gates:
        label = Text(STATUS_LABEL[g.status], style=_STYLE[g.status])
        table.add_row(g.name, label, measure(g), g.reason)
    return table


def _heading(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def _more(total: int) -> Iterator[Text]:
    if total > LIMIT:
        yield Text(f"… {total - LIMIT} more (see .agenticops/report.json)", style="dim")


def _listing(title: str, lines: Sequence[str]) -> Iterator[RenderableType]:
    if lines:
        yield _heading(f"{title} ({len(lines)})")
        yield Text("\n".join(f"  {line}" for line in lines[:LIMIT]))
        yield from _more(len(lines))


def _tests(report: Report) -> Iterator[RenderableType]:
    failed = select.failing_tests(report)
    if not failed:
        return
    yield _heading(f"Failing tests ({len(failed)})")
    for outcome in failed[:LIMIT]:
        yield Text(f"✗ {outcome.nodeid} ({outcome.status})", style="red")
        if outcome.message:
            yield Text(textwrap.indent(clip(outcome.message, 15), "    "), style="dim")
    yield from _more(len(failed))


def _functions(report: Report) -> Iterator[RenderableType]:
    located = select.over_limit(report)
    if not located:
        return
    yield _heading(f"Functions over the CRAP / complexity limit ({len(located)})")
    table = Table()
    for column in ("Function", "Location", "CC", "Coverage", "CRAP"):
        table.add_column(column, justify="left" if column in ("Function", "Location") else "right")
    for loc in located[:LIMIT]:
        fn = loc.function
        where = f"{loc.file.path}:{fn.line}"
        table.add_row(fn.name, where, str(fn.complexity), percent(fn.coverage), number(fn.crap))
    yield table
    yield from _more(len(located))


def _files(report: Report) -> Iterator[RenderableType]:
    files = select.least_covered(report)
    if not files:
        return
    yield _heading(f"Least-covered files ({len(files)})")
    table = Table()
    for column in ("File", "Coverage", "Missing lines", "Missing branches"):
        table.add_column(column, justify="right" if column == "Coverage" else "left")
    for f in files[:LIMIT]:
        table.add_row(
            f.path, percent(f.coverage), ranges(f.missing_lines), branches(f.missing_branches)
        )
    yield table
    yield from _more(len(files))


def _survivors(report: Report) -> Iterator[RenderableType]:
    survivors = select.survivors(report)
    if not survivors:
        return
    yield _heading(f"Surviving mutants ({len(survivors)})")
    for f, m in survivors[:LIMIT]:
        status = m.status.replace("_", " ")
        yield Text(f"{f.path}:{m.line} {m.function} — {status} ({m.id})", style="bold")
        yield _diff(clip(diff_body(m.diff), 12))
    yield from _more(len(survivors))


def _diff(diff: str) -> Text:
    text = Text()
    for line in diff.splitlines():
        style = "green" if line.startswith("+") else "red" if line.startswith("-") else ""
        text.append(f"    {line}\n", style=style)
    text.rstrip()
    return text


class Progress:
    """A spinner on stderr naming the running stage, then each stage done with its time.

    Silent when `enabled` is False or the stream is not a terminal (CI logs, pipes):
    `with Progress() as progress: run_gate(..., on_stage=progress.stage)`.
    """

    def __init__(self, *, enabled: bool = True, file: TextIO | None = None) -> None:
        stream = sys.stderr if file is None else file
        self.active = enabled and stream.isatty()
        self._console = Console(file=stream, force_terminal=self.active, highlight=False)
        self._status: Status | None = None
        self._stage = ""
        self._started = 0.0

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._finish()
        if self._status is not None:
            self._status.stop()
            self._status = None

    def stage(self, name: str) -> None:
        """Show that stage `name` runs now (the previous one is printed as done)."""
        if not self.active:
            return
        self._finish()
        self._stage, self._started = name, time.monotonic()
        if self._status is None:
            self._status = self._console.status(Text(f"{name}…"))
            self._status.start()
        else:
            self._status.update(Text(f"{name}…"))

    def _finish(self) -> None:
        if self._stage:
            elapsed = time.monotonic() - self._started
            done = Text.assemble(("✓ ", "green"), self._stage, (f" ({elapsed:.1f}s)", "dim"))
            self._console.print(done)
            self._stage = ""

"""The surviving mutants section: one article per file, its source annotated."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from agenticops import textfile
from agenticops.model import FileMetrics, MutantResult, Report
from agenticops.report import select
from agenticops.report.html.source import mutant, source


def survivors(report: Report, root: Path) -> str:
    survivors = select.survivors(report)
    by_file: dict[str, tuple[FileMetrics, list[MutantResult]]] = {}
    for f, m in survivors:
        by_file.setdefault(f.path, (f, []))[1].append(m)
    articles = "".join(_file(f, mutants, root) for f, mutants in by_file.values())
    mutation = report.measurements.mutation
    if not mutation.ran:
        articles = f"<p>Mutation did not run: {escape(mutation.reason or 'no reason given')}.</p>"
    elif not survivors:
        articles = "<p>No mutant survived.</p>"
    return (
        f'<section id="survivors"><h2>Surviving mutants ({len(survivors)})</h2>{articles}</section>'
    )


def _lines(root: Path, path: str) -> list[str]:
    """The source lines of a file, none when it cannot be read."""
    try:
        return textfile.read(root / path).splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def _file(file: FileMetrics, mutants: Sequence[MutantResult], root: Path) -> str:
    lines = _lines(root, file.path)
    head = f"<h3>{escape(file.path)} — {len(mutants)} surviving</h3>"
    on_line = {n: [m for m in mutants if m.line == n] for n in {m.line for m in mutants}}
    rows = "".join(source(file, lines, on_line))
    unplaced = [m for m in mutants if not 1 <= m.line <= len(lines)]
    note = "" if lines else f'<p class="missing">Source not found: {escape(file.path)}</p>'
    rest = "".join(mutant(m) for m in unplaced)
    table = f'<table class="source"><tbody>{rows}</tbody></table>' if rows else ""
    return (
        f'<article class="file" data-path="{escape(file.path)}">{head}{note}{table}{rest}</article>'
    )

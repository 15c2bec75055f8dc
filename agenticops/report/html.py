"""One self-contained offline HTML page: verdict, gates, sortable functions, annotated sources.

Everything from the report or a source file is escaped; the page loads nothing (a strict
Content-Security-Policy forbids it) and its only script sorts the functions table.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from html import escape
from pathlib import Path

from agenticops.model import FileMetrics, MutantResult, Report
from agenticops.report import select
from agenticops.report.html_assets import CSP, SCRIPT, STYLE
from agenticops.report.text import STATUS_LABEL, diff_body, measure, number, percent, verdict

_COLUMNS = (
    ("name", "Function", "text"),
    ("file", "File", "text"),
    ("line", "Line", "number"),
    ("cc", "CC", "number"),
    ("coverage", "Coverage", "number"),
    ("crap", "CRAP", "number"),
)


def render(report: Report, *, root: Path) -> str:
    """The whole page as one string."""
    state = "passed" if report.passed else "failed"
    parts = [_header(report), _gates(report), _tests(report), _functions(report)]
    body = "\n".join([*parts, _survivors(report, root)])
    made = (f"agenticops {report.tool_version}".strip(), report.created)
    footer = " · ".join(part for part in made if part)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>agenticops gate {state}</title>
<style>{STYLE}</style>
</head>
<body>
{body}
<footer>{escape(footer)}</footer>
<script>{SCRIPT}</script>
</body>
</html>
"""


def _header(report: Report) -> str:
    state = "passed" if report.passed else "failed"
    icon = "✓" if report.passed else "✗"
    m = report.measurements
    facts = f"profile {report.profile} · scope {m.scope} · root {report.root}"
    return (
        f'<header class="verdict {state}"><h1>{icon} agenticops gate {state}</h1>'
        f'<p id="verdict">{escape(verdict(report))}</p>'
        f'<p class="facts">{escape(facts)}</p></header>'
    )


def _gates(report: Report) -> str:
    rows = "".join(
        f'<tr data-gate="{escape(g.name)}"><td>{escape(g.name)}</td>'
        f'<td><span class="status {g.status}">{STATUS_LABEL[g.status]}</span></td>'
        f"<td>{escape(measure(g))}</td><td>{escape(g.reason)}</td></tr>"
        for g in report.gates
    )
    head = "<tr><th>Gate</th><th>Status</th><th>Measured</th><th>Reason</th></tr>"
    table = f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>"
    return f'<section id="gates"><h2>Gates</h2>{table}</section>'


def _tests(report: Report) -> str:
    failed = select.failing_tests(report)
    items = "".join(
        f'<li class="failed-test"><code>{escape(o.nodeid)}</code> ({escape(o.status)})'
        f"<pre>{escape(o.message)}</pre></li>"
        for o in failed
    )
    output = select.test_output(report)
    if not items and not output:
        return ""
    shown = f"<ul>{items}</ul>" if items else ""
    shown += f'<pre class="output">{escape(output)}</pre>' if output else ""
    return f'<section id="tests"><h2>Failing tests ({len(failed)})</h2>{shown}</section>'


def _functions(report: Report) -> str:
    rows = [(f, fn) for f in report.measurements.files for fn in f.functions]
    if not rows:
        return (
            '<section id="functions"><h2>Functions</h2><p>No function was measured.</p></section>'
        )
    named = {f"{loc.file.path}::{loc.function.name}" for loc in select.over_limit(report)}
    rows.sort(key=lambda r: (-r[1].crap, r[0].path, r[1].line))
    heads = "".join(
        f'<th data-key="{key}" data-type="{kind}">{label}</th>' for key, label, kind in _COLUMNS
    )
    body = "".join(
        f'<tr class="{"offender" if f"{f.path}::{fn.name}" in named else "function"}">'
        f"<td>{escape(fn.name)}</td><td>{escape(f.path)}</td>"
        f'<td class="num" data-value="{fn.line}">{fn.line}</td>'
        f'<td class="num" data-value="{fn.complexity}">{fn.complexity}</td>'
        f'<td class="num" data-value="{fn.coverage}">{percent(fn.coverage)}</td>'
        f'<td class="num" data-value="{fn.crap}">{number(fn.crap)}</td></tr>'
        for f, fn in rows
    )
    return (
        f'<section id="functions"><h2>Functions ({len(rows)})</h2>'
        "<p>Click a column heading to sort; highlighted rows are over the CRAP or complexity "
        f'limit.</p><table id="functions-table" class="sortable"><thead><tr>{heads}</tr></thead>'
        f"<tbody>{body}</tbody></table></section>"
    )


def _survivors(report: Report, root: Path) -> str:
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
        return (root / path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def _file(file: FileMetrics, mutants: Sequence[MutantResult], root: Path) -> str:
    lines = _lines(root, file.path)
    head = f"<h3>{escape(file.path)} — {len(mutants)} surviving</h3>"
    on_line = {n: [m for m in mutants if m.line == n] for n in {m.line for m in mutants}}
    rows = "".join(_source(file, lines, on_line))
    unplaced = [m for m in mutants if not 1 <= m.line <= len(lines)]
    note = "" if lines else f'<p class="missing">Source not found: {escape(file.path)}</p>'
    rest = "".join(_mutant(m) for m in unplaced)
    table = f'<table class="source"><tbody>{rows}</tbody></table>' if rows else ""
    return (
        f'<article class="file" data-path="{escape(file.path)}">{head}{note}{table}{rest}</article>'
    )


def _source(
    file: FileMetrics, lines: Sequence[str], on_line: dict[int, list[MutantResult]]
) -> Iterator[str]:
    missed = set(file.missing_lines)
    for n, text in enumerate(lines, start=1):
        here = on_line.get(n, [])
        kind = "line survivor" if here else "line missed" if n in missed else "line"
        mark = f"✗ {len(here)}" if here else ""
        yield (
            f'<tr class="{kind}" id="{escape(file.path)}:{n}"><td class="ln">{n}</td>'
            f'<td class="mark">{mark}</td><td class="code">{escape(text)}</td></tr>'
        )
        if here:
            diffs = "".join(_mutant(m) for m in here)
            yield f'<tr class="diffs"><td></td><td></td><td>{diffs}</td></tr>'


def _mutant(m: MutantResult) -> str:
    status = m.status.replace("_", " ")
    lines = diff_body(m.diff).splitlines() or ["(no diff recorded)"]
    spans = "\n".join(f'<span class="{_kind(line)}">{escape(line)}</span>' for line in lines)
    return (
        f'<div class="mutant" data-mutant-id="{escape(m.id)}"><p><b>{escape(m.id)}</b> '
        f"line {m.line} in {escape(m.function)}: {escape(status)}</p>"
        f'<pre class="diff">{spans}</pre></div>'
    )


def _kind(line: str) -> str:
    return "add" if line.startswith("+") else "del" if line.startswith("-") else "ctx"

"""Every measured function as one sortable table, offenders highlighted."""

from __future__ import annotations

from html import escape

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.text import number, percent

_COLUMNS = (
    ("name", "Function", "text"),
    ("file", "File", "text"),
    ("line", "Line", "number"),
    ("cc", "CC", "number"),
    ("coverage", "Coverage", "number"),
    ("crap", "CRAP", "number"),
)


def functions(report: Report) -> str:
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

"""The HTML report's functions table: its exact markup, rows worst CRAP first, offenders marked."""

from __future__ import annotations

from agenticops.model import Report
from agenticops.report.html.functions import functions

HEAD = (
    '<section id="functions"><h2>Functions (6)</h2><p>Click a column heading to sort; '
    "highlighted rows are over the CRAP or complexity limit.</p>"
    '<table id="functions-table" class="sortable"><thead><tr>'
    '<th data-key="name" data-type="text">Function</th>'
    '<th data-key="file" data-type="text">File</th>'
    '<th data-key="line" data-type="number">Line</th>'
    '<th data-key="cc" data-type="number">CC</th>'
    '<th data-key="coverage" data-type="number">Coverage</th>'
    '<th data-key="crap" data-type="number">CRAP</th></tr></thead><tbody>'
)


#: (row class, function, file, line, CC, coverage data and text, CRAP data and text), in order
ROWS = (
    ("offender", "Ledger.reconcile", "src/pkg/ledger.py", "21", "5", "20.0", "20%", "17.8", "17.8"),
    ("function", "audit", "src/pkg/ledger.py", "32", "2", "0.0", "0%", "6.0", "6"),
    ("function", "slugify", "src/pkg/util.py", "4", "2", "75.0", "75%", "2.0625", "2.06"),
    ("function", "Ledger.post", "src/pkg/ledger.py", "12", "2", "100.0", "100%", "2.0", "2"),
    # equal CRAP in one file: in line order
    ("function", "Ledger.__init__", "src/pkg/ledger.py", "9", "1", "100.0", "100%", "1.0", "1"),
    ("function", "Ledger.balance", "src/pkg/ledger.py", "18", "1", "100.0", "100%", "1.0", "1"),
)


def _row(kind: str, name: str, path: str, *cells: str) -> str:
    line, cc, coverage, covered, crap, crap_text = cells
    return (
        f'<tr class="{kind}"><td>{name}</td><td>{path}</td>'
        f'<td class="num" data-value="{line}">{line}</td>'
        f'<td class="num" data-value="{cc}">{cc}</td>'
        f'<td class="num" data-value="{coverage}">{covered}</td>'
        f'<td class="num" data-value="{crap}">{crap_text}</td></tr>'
    )


def test_every_function_is_one_row_worst_crap_first(report: Report) -> None:
    rows = "".join(_row(*row) for row in ROWS)
    assert functions(report) == HEAD + rows + "</tbody></table></section>"


def test_no_function_measured_is_the_whole_section(blocked: Report) -> None:
    assert functions(blocked) == (
        '<section id="functions"><h2>Functions</h2><p>No function was measured.</p></section>'
    )

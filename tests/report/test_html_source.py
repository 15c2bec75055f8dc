"""The HTML report's source table: one row per line, the exact markup of each kind of line and
of each surviving mutant's diff below its line."""

from __future__ import annotations

from agenticops.model import FileMetrics, MutantResult, MutantStatus
from agenticops.report.html.source import mutant, source

FILE = FileMetrics(path="pkg/m.py", coverage=50.0, missing_lines=(3,))
LINES = ("def f(x):", "    return x < 1", "    pass")


def survivor(n: int, line: int, status: MutantStatus = "survived", diff: str = "") -> MutantResult:
    return MutantResult(
        id=f"pkg.m.x_f__mutmut_{n}", line=line, function="f", status=status, diff=diff
    )


def test_plain_missed_and_surviving_lines() -> None:
    on_line = {2: [survivor(1, 2, diff="-a\n+b"), survivor(2, 2, diff="-c\n+d")]}
    rows = list(source(FILE, LINES, on_line))
    assert rows == [
        '<tr class="line" id="pkg/m.py:1"><td class="ln">1</td>'
        '<td class="mark"></td><td class="code">def f(x):</td></tr>',
        '<tr class="line survivor" id="pkg/m.py:2"><td class="ln">2</td>'
        '<td class="mark">✗ 2</td><td class="code">    return x &lt; 1</td></tr>',
        '<tr class="diffs"><td></td><td></td><td>'
        + mutant(on_line[2][0])
        + mutant(on_line[2][1])
        + "</td></tr>",
        '<tr class="line missed" id="pkg/m.py:3"><td class="ln">3</td>'
        '<td class="mark"></td><td class="code">    pass</td></tr>',
    ]


def test_a_line_without_survivors_has_no_diff_row() -> None:
    rows = list(source(FILE, LINES[:1], {}))
    assert len(rows) == 1


def test_a_mutant_shows_its_status_in_words_and_its_diff_by_kind() -> None:
    m = survivor(3, 2, status="no_tests", diff="--- a\n+++ b\n-old <x>\n+new\n ctx")
    assert mutant(m) == (
        '<div class="mutant" data-mutant-id="pkg.m.x_f__mutmut_3"><p><b>pkg.m.x_f__mutmut_3</b> '
        "line 2 in f: no tests</p>"
        '<pre class="diff"><span class="del">-old &lt;x&gt;</span>\n'
        '<span class="add">+new</span>\n<span class="ctx"> ctx</span></pre></div>'
    )


def test_a_mutant_without_a_diff_says_so() -> None:
    assert '<span class="ctx">(no diff recorded)</span>' in mutant(survivor(4, 1))

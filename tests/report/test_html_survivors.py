"""The HTML report's surviving mutants of one file: its source with each diff below its line,
then the mutants placed on no line of it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from agenticops.model import FileMetrics, MutantResult, MutationRun, Report
from agenticops.report.html.source import mutant
from agenticops.report.html.survivors import survivors

FILE = FileMetrics(path="pkg/m.py", coverage=50.0, missing_lines=(2,))


def _survivor(n: int, line: int) -> MutantResult:
    return MutantResult(id=f"m{n}", line=line, function="f", status="survived", diff=f"-a{n}\n+b")


def _article(report: Report, root: Path, *mutants: MutantResult) -> str:
    measurements = replace(
        report.measurements, files=(replace(FILE, mutants=mutants),), mutation=MutationRun(ran=True)
    )
    section = survivors(replace(report, measurements=measurements), root)
    head = f'<section id="survivors"><h2>Surviving mutants ({len(mutants)})</h2>'
    assert section.startswith(head)
    assert section.endswith("</section>")
    return section.removeprefix(head).removesuffix("</section>")


def _row(n: int, kind: str, mark: str, code: str) -> str:
    return (
        f'<tr class="{kind}" id="pkg/m.py:{n}"><td class="ln">{n}</td>'
        f'<td class="mark">{mark}</td><td class="code">{code}</td></tr>'
    )


def test_mutants_on_the_first_and_last_lines_are_placed_the_others_follow(
    report: Report, tmp_path: Path
) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "m.py").write_text("def f(x):\n    pass\n    return x\n", encoding="utf-8")
    first, last, before, after = _survivor(1, 1), _survivor(2, 3), _survivor(3, 0), _survivor(4, 4)
    assert _article(report, tmp_path, first, last, before, after) == (
        '<article class="file" data-path="pkg/m.py"><h3>pkg/m.py — 4 surviving</h3>'
        '<table class="source"><tbody>'
        + _row(1, "line survivor", "✗ 1", "def f(x):")
        + f'<tr class="diffs"><td></td><td></td><td>{mutant(first)}</td></tr>'
        + _row(2, "line missed", "", "    pass")
        + _row(3, "line survivor", "✗ 1", "    return x")
        + f'<tr class="diffs"><td></td><td></td><td>{mutant(last)}</td></tr>'
        + "</tbody></table>"
        + mutant(before)
        + mutant(after)
        + "</article>"
    )


def test_without_its_source_a_file_lists_its_mutants_under_a_note(
    report: Report, tmp_path: Path
) -> None:
    one, two = _survivor(1, 1), _survivor(2, 5)
    assert _article(report, tmp_path, one, two) == (
        '<article class="file" data-path="pkg/m.py"><h3>pkg/m.py — 2 surviving</h3>'
        '<p class="missing">Source not found: pkg/m.py</p>'
        + mutant(one)
        + mutant(two)
        + "</article>"
    )

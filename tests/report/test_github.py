"""GitHub workflow-command annotations: toolkit escaping, severity order, the 10-per-kind cap."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from agenticops.model import FunctionMetrics, GateResult, MutantResult, Report
from agenticops.report.github import command, escape_data, escape_property, render


def test_full_report_matches_its_golden_file(
    report: Report, project: Path, golden: Callable[[str, str], None]
) -> None:
    golden("full.github.txt", render(report, root=project))


def test_blocked_report_matches_its_golden_file(
    blocked: Report, project: Path, golden: Callable[[str, str], None]
) -> None:
    golden("blocked.github.txt", render(blocked, root=project))


def test_a_green_report_has_no_annotations(green: Report, project: Path) -> None:
    assert render(green, root=project) == ""


def test_escaping_matches_actions_toolkit() -> None:
    # actions/toolkit command.ts: escapeData and escapeProperty, `%` first
    assert escape_data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b"
    assert escape_property("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext%3A a%2Cb"
    assert escape_data("%0A") == "%250A"  # an already-escaped look-alike stays literal


def test_command_line_format() -> None:
    line = command(
        "error",
        "msg: one\ntwo",
        {"file": "src/a.py", "line": 3, "endLine": None, "title": "t: x, y"},
    )
    assert line == "::error file=src/a.py,line=3,title=t%3A x%2C y::msg: one%0Atwo"
    assert command("notice", "hi", {}) == "::notice::hi"
    assert command("warning", "hi", {"file": "", "line": 0}) == "::warning::hi"


def test_every_line_is_a_workflow_command(report: Report, project: Path) -> None:
    lines = render(report, root=project).splitlines()
    assert len(lines) == 8
    assert all(line.startswith(("::error ", "::warning ")) for line in lines)
    assert lines[3] == (
        "::error file=src/pkg/ledger.py,line=21,endLine=28,title=CRAP 17.8 > 8%3A Ledger.reconcile"
        "::Ledger.reconcile: complexity 5, coverage 20%25; the maximum is 8: "
        "cover it with tests or simplify it"
    )


def _crowded(report: Report) -> Report:
    """14 CRAP offenders (errors) and 12 passing-gate coverage offenders (warnings)."""
    functions = tuple(
        FunctionMetrics(
            name=f"f{i}",
            line=10 * i + 1,
            end_line=10 * i + 9,
            complexity=9,
            coverage=0.0,
            crap=90.0,
        )
        for i in range(14)
    )
    files = tuple(
        replace(
            report.measurements.files[2],
            path=f"src/pkg/m{i:02d}.py",
            functions=functions if i == 0 else (),
        )
        for i in range(12)
    )
    gates = (
        GateResult(
            name="crap",
            status="failed",
            actual=90.0,
            threshold=8,
            offenders=tuple(f"src/pkg/m00.py::f{i}" for i in range(14)),
        ),
        GateResult(
            name="coverage",
            status="passed",
            actual=91.0,
            threshold=80,
            offenders=tuple(f.path for f in files),
        ),
    )
    return replace(report, gates=gates, measurements=replace(report.measurements, files=files))


def test_at_most_ten_per_kind_then_one_notice(report: Report, project: Path) -> None:
    lines = render(_crowded(report), root=project).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error"] * 10 + ["::warning"] * 10 + [
        "::notice"
    ]
    assert "f0::" in lines[0]
    assert "src/pkg/m00.py" in lines[10]
    assert lines[-1] == (
        "::notice title=agenticops::6 more findings left out (GitHub shows 10 errors and "
        "10 warnings per step); see the job summary or the report artifact"
    )


def test_changed_files_restrict_the_annotations(report: Report, project: Path) -> None:
    lines = render(report, root=project, changed=["./src/pkg/util.py"]).splitlines()
    assert [line.split(",", 1)[0] for line in lines] == [
        "::error file=src/pkg/util.py",
        "::error file=src/pkg/util.py",
    ]
    assert render(report, root=project, changed=[]) == ""


def test_run_level_findings_survive_a_changed_files_filter(blocked: Report, project: Path) -> None:
    lines = render(blocked, root=project, changed={"src/pkg/util.py"}).splitlines()
    assert lines[0].startswith("::error title=tests%3A FAIL::no tests collected%0AImportError")
    assert len(lines) == 5


def test_mutant_diffs_arrive_as_one_escaped_line(report: Report, project: Path) -> None:
    mutant = MutantResult(id="m,1", line=7, function="slugify", status="survived", diff="-a%\n+b:c")
    util = replace(report.measurements.files[2], mutants=(mutant,))
    gate = GateResult(
        name="mutation_score",
        status="failed",
        actual=0.0,
        threshold=80,
        offenders=("src/pkg/util.py::slugify",),
    )
    other = replace(report, gates=(gate,), measurements=replace(report.measurements, files=(util,)))
    assert render(other, root=project) == (
        "::error file=src/pkg/util.py,line=7,title=surviving mutant (survived)%3A slugify"
        "::m,1 (survived); no test failed for this change:%0A-a%25%0A+b:c\n"
    )

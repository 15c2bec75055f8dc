"""Offenders as located findings; severity follows the verdicts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from agenticops.model import FileMetrics, GateResult, Report
from agenticops.report.findings import Finding, findings
from agenticops.report.findings.failures import nodeid_line as _test_line


def _rows(found: tuple[Finding, ...]) -> list[tuple[str, str, str | None, int | None, str]]:
    return [(f.level, f.gate, f.path, f.line, f.title) for f in found]


def test_full_report_findings_are_pinned(report: Report, project: Path) -> None:
    assert _rows(findings(report, root=project)) == [
        (
            "error",
            "tests",
            "tests/test_ledger.py",
            8,
            "test failed: tests/test_ledger.py::test_reconcile_balances",
        ),
        ("error", "coverage", "src/pkg/ledger.py", 24, "coverage 58.33% < 90%"),
        ("error", "coverage", "src/pkg/util.py", 6, "coverage 85.71% < 90%"),
        ("error", "crap", "src/pkg/ledger.py", 21, "CRAP 17.8 > 8: Ledger.reconcile"),
        (
            "error",
            "mutation_score",
            "src/pkg/ledger.py",
            24,
            "surviving mutant (survived): Ledger.reconcile",
        ),
        (
            "error",
            "mutation_score",
            "src/pkg/ledger.py",
            27,
            "surviving mutant (no tests): Ledger.reconcile",
        ),
        ("error", "mutation_score", "src/pkg/util.py", 7, "surviving mutant (survived): slugify"),
        ("warning", "mutation_score", "src/pkg/ledger.py", 32, "not mutated: audit"),
    ]


def test_finding_messages_carry_the_evidence(report: Report, project: Path) -> None:
    found = findings(report, root=project)
    assert found[0].message.startswith("AssertionError: assert [5] == []")
    assert found[1].message == "Not covered by any test: lines 25-27, 33; branches 24->25, 26->27"
    assert found[3].message == (
        "Ledger.reconcile: complexity 5, coverage 20%; the maximum is 8: "
        "cover it with tests or simplify it"
    )
    assert found[3].end_line == 28
    assert found[4].message.splitlines()[0] == (
        "pkg.ledger.xǁLedgerǁreconcile__mutmut_3 (survived); no test failed for this change:"
    )
    assert "-        if amount not in self.entries:" in found[4].message
    assert "--- src/pkg/ledger.py" not in found[4].message


def test_blocked_report_has_run_level_findings(blocked: Report, project: Path) -> None:
    assert _rows(findings(blocked, root=project)) == [
        ("error", "tests", None, None, "tests: FAIL"),
        ("warning", "coverage", None, None, "coverage: NOT RUN"),
        ("warning", "complexity", None, None, "complexity: NOT RUN"),
        ("warning", "crap", None, None, "crap: NOT RUN"),
        ("warning", "mutation_score", None, None, "mutation_score: NOT RUN"),
    ]
    found = findings(blocked, root=project)
    assert found[0].message.splitlines() == [
        "no tests collected",
        "ImportError while importing test module 'tests/test_ledger.py'.",
        "E   ModuleNotFoundError: No module named 'pkg.ledgr'",
        "!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!",
    ]
    assert found[1].message == "not measured: the tests did not pass"


def test_a_green_report_has_no_findings(green: Report, project: Path) -> None:
    assert findings(green, root=project) == ()


def test_offenders_of_a_passing_gate_are_warnings(report: Report, project: Path) -> None:
    coverage = replace(report.gates[1], status="passed")
    other = replace(report, gates=(coverage,))
    assert [(f.level, f.path) for f in findings(other, root=project)] == [
        ("warning", "src/pkg/ledger.py"),
        ("warning", "src/pkg/util.py"),
        ("warning", "src/pkg/ledger.py"),  # the unmutated function
    ]


def test_a_failed_gate_without_offenders_or_reason_names_its_measure(
    report: Report, project: Path
) -> None:
    gate = GateResult(name="coverage", status="failed", actual=70.0, threshold=80)
    (found,) = findings(
        replace(report, gates=(gate,), measurements=_no_files(report)), root=project
    )
    assert (found.title, found.message) == ("coverage: FAIL", "70% < 80%")


def _no_files(report: Report):  # type: ignore[no-untyped-def]
    return replace(report.measurements, files=())


def test_unresolvable_offenders_fall_back_to_the_path(report: Report, project: Path) -> None:
    gates = (
        GateResult(
            name="coverage", status="failed", actual=1.0, threshold=80, offenders=("gone.py",)
        ),
        GateResult(
            name="crap", status="failed", actual=9.0, threshold=8, offenders=("gone.py::f",)
        ),
        GateResult(
            name="mutation_score",
            status="failed",
            actual=1.0,
            threshold=80,
            offenders=("src/pkg/util.py::other",),
            reason="why",
        ),
        GateResult(name="custom", status="failed", actual=1.0, threshold=0, offenders=("x.py",)),
    )
    found = findings(replace(report, gates=gates, measurements=_no_files(report)), root=project)
    assert [(f.gate, f.path, f.line, f.title, f.message) for f in found] == [
        ("coverage", "gone.py", None, "coverage: gone.py", "1% < 80%"),
        ("crap", "gone.py", None, "crap: f", "9 > 8"),
        ("mutation_score", "src/pkg/util.py", None, "mutation_score: other", "why"),
        ("custom", "x.py", None, "custom: x.py", "1 > 0"),
    ]


def test_complexity_and_sites_findings(report: Report, project: Path) -> None:
    gates = (
        GateResult(
            name="complexity",
            status="failed",
            actual=5.0,
            threshold=4,
            offenders=("src/pkg/ledger.py::Ledger.reconcile",),
        ),
        GateResult(
            name="mutation_sites",
            status="failed",
            actual=5.0,
            threshold=None,
            offenders=("src/pkg/ledger.py", "src/pkg/__init__.py", "gone.py"),
        ),
    )
    files = tuple(replace(f, unmutated=()) for f in report.measurements.files)
    files = (replace(files[0], mutation_sites=None), *files[1:])
    measurements = replace(report.measurements, files=files)
    found = findings(replace(report, gates=gates, measurements=measurements), root=project)
    assert [(f.path, f.line, f.end_line, f.title, f.message) for f in found] == [
        (
            "src/pkg/ledger.py",
            21,
            28,
            "complexity 5 > 4: Ledger.reconcile",
            "Ledger.reconcile: cyclomatic complexity 5; the maximum is 4: "
            "split it into smaller functions",
        ),
        (
            "src/pkg/ledger.py",
            1,
            None,
            "5 mutation sites > ?",
            "src/pkg/ledger.py has 5 mutants (maximum ? per file): split the module",
        ),
        (
            "src/pkg/__init__.py",
            1,
            None,
            "? mutation sites > ?",
            "src/pkg/__init__.py has ? mutants (maximum ? per file): split the module",
        ),
        (
            "gone.py",
            1,
            None,
            "? mutation sites > ?",
            "gone.py has ? mutants (maximum ? per file): split the module",
        ),
    ]


def test_coverage_offender_without_missing_lines(report: Report, project: Path) -> None:
    gate = GateResult(
        name="coverage", status="failed", actual=0.0, threshold=80, offenders=("src/pkg/x.py",)
    )
    files = (FileMetrics(path="src/pkg/x.py", coverage=None),)
    measurements = replace(report.measurements, files=files)
    (found,) = findings(replace(report, gates=(gate,), measurements=measurements), root=project)
    assert (found.title, found.message, found.line) == (
        "coverage 0% < 80%",
        "Not covered by any test: nothing listed",
        None,
    )


def test_failed_test_without_outcome_uses_the_reason(report: Report, project: Path) -> None:
    gate = GateResult(
        name="tests",
        status="failed",
        actual=1.0,
        threshold=0.0,
        offenders=("tests/test_ledger.py::test_post",),
        reason="timed out",
    )
    (found,) = findings(
        replace(report, gates=(gate,), measurements=_no_files(report)), root=project
    )
    assert (found.message, found.line) == ("timed out", 4)


def test_failed_test_without_message_uses_its_status(report: Report, project: Path) -> None:
    run = report.measurements.tests
    assert run is not None
    outcomes = tuple(replace(o, message="", status="error") for o in run.outcomes[1:2])
    measurements = replace(report.measurements, tests=replace(run, outcomes=outcomes), files=())
    (found,) = findings(
        replace(report, gates=report.gates[:1], measurements=measurements), root=project
    )
    assert found.message == "error"


@pytest.mark.parametrize(
    ("nodeid", "line"),
    [
        ("tests/test_ledger.py::test_post", 4),
        ("tests/test_ledger.py::TestX::test_reconcile_balances[a-b]", 8),
        ("tests/test_ledger.py::test_absent", None),
        ("tests/test_ledger.py", None),
        ("tests/missing.py::test_post", None),
        ("tests/binary.py::test_post", None),
        ("tests/asynchronous.py::test_wait", 3),
    ],
)
def test_test_lines_are_read_from_the_source(project: Path, nodeid: str, line: int | None) -> None:
    (project / "tests/binary.py").write_bytes(b"\xff\xfe def test_post")
    (project / "tests/asynchronous.py").write_text("import x\n\n    async  def test_wait():\n")
    assert _test_line(project, nodeid) == line


def test_a_run_level_tests_finding_keeps_the_last_20_output_lines(
    blocked: Report, project: Path
) -> None:
    run = blocked.measurements.tests
    assert run is not None
    output = "\n".join(f"line {i}" for i in range(1, 26))
    measurements = replace(blocked.measurements, tests=replace(run, output=output))
    found = findings(replace(blocked, measurements=measurements), root=project)
    assert found[0].message.splitlines() == [
        "no tests collected",
        *(f"line {i}" for i in range(6, 26)),
    ]


def test_errors_come_before_warnings_whatever_the_gate_order(
    blocked: Report, project: Path
) -> None:
    tests, coverage = blocked.gates[:2]
    found = findings(replace(blocked, gates=(coverage, tests)), root=project)
    assert [(f.level, f.gate) for f in found] == [("error", "tests"), ("warning", "coverage")]


def test_a_test_defined_after_a_leading_blank_line_is_found_on_its_line(tmp_path: Path) -> None:
    (tmp_path / "test_a.py").write_text("\nimport x\n\ndef test_a():\n    pass\n")
    assert _test_line(tmp_path, "test_a.py::test_a") == 4


def test_a_survivor_without_a_diff_ends_its_message_with_the_change_line(
    report: Report, project: Path
) -> None:
    util = report.measurements.files[2]
    bare = replace(util.mutants[0], diff="")
    files = (replace(util, mutants=(bare,)),)
    gate = replace(report.gates[4], offenders=("src/pkg/util.py::slugify",))
    other = replace(report, gates=(gate,), measurements=replace(report.measurements, files=files))
    (found,) = findings(other, root=project)
    assert found.message == f"{bare.id} (survived); no test failed for this change:"

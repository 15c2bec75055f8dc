"""What the surfaces pick from a report."""

from __future__ import annotations

from dataclasses import replace

from agenticops.model import GateResult, Report
from agenticops.report import select


def test_offenders_resolve_to_functions(report: Report) -> None:
    loc = select.function(report, "src/pkg/ledger.py::Ledger.reconcile")
    assert loc is not None
    assert (loc.file.path, loc.function.line, loc.function.crap) == ("src/pkg/ledger.py", 21, 17.8)
    assert select.function(report, "src/pkg/ledger.py::Ledger.missing") is None
    assert select.function(report, "src/nowhere.py::f") is None


def test_over_limit_lists_crap_then_complexity_offenders_once(report: Report) -> None:
    gates = (
        *report.gates[:2],
        replace(
            report.gates[2],
            status="failed",
            offenders=(
                "src/pkg/ledger.py::audit",
                "src/pkg/ledger.py::Ledger.reconcile",
                "gone.py::f",
            ),
        ),
        *report.gates[3:],
    )
    names = [loc.function.name for loc in select.over_limit(replace(report, gates=gates))]
    assert names == ["Ledger.reconcile", "audit"]


def test_least_covered_files_skip_fully_covered_and_unknown(report: Report) -> None:
    assert [f.path for f in select.least_covered(report)] == [
        "src/pkg/ledger.py",
        "src/pkg/util.py",
    ]
    files = (replace(report.measurements.files[1], coverage=None), *report.measurements.files[2:])
    other = replace(report, measurements=replace(report.measurements, files=files))
    assert [f.path for f in select.least_covered(other)] == ["src/pkg/util.py"]


def test_survivors_are_the_undetected_non_skipped_mutants(report: Report) -> None:
    found = [(s.file.path, s.mutant.line, s.mutant.status) for s in select.survivors(report)]
    assert found == [
        ("src/pkg/ledger.py", 24, "survived"),
        ("src/pkg/ledger.py", 27, "no_tests"),
        ("src/pkg/util.py", 7, "survived"),
    ]


def test_failing_tests_and_gates(report: Report, blocked: Report) -> None:
    assert [o.nodeid for o in select.failing_tests(report)] == [
        "tests/test_ledger.py::test_reconcile_balances"
    ]
    no_run = replace(report, measurements=replace(report.measurements, tests=None))
    assert select.failing_tests(no_run) == ()
    assert select.gate(report, "nope") is None
    assert select.offenders(report, "nope") == ()
    assert select.over_sites(blocked) == ()


def test_over_sites_follow_the_gate(report: Report) -> None:
    gate = GateResult(
        name="mutation_sites",
        status="failed",
        actual=5.0,
        threshold=2,
        offenders=("src/pkg/ledger.py", "gone.py"),
    )
    other = replace(report, gates=(*report.gates[:5], gate))
    assert [f.path for f in select.over_sites(other)] == ["src/pkg/ledger.py"]


def test_unmutated_and_diagnostics(report: Report) -> None:
    assert [(f.path, n) for f, n in select.unmutated(report)] == [("src/pkg/ledger.py", "audit")]
    assert select.diagnostics(report) == (
        "coverage: no data for src/pkg/_version.py (never imported)",
        "mutmut: 1 mutant skipped (# pragma: no mutate)",
    )


def test_test_output_only_when_the_tests_failed_without_a_failure(
    report: Report, blocked: Report, green: Report
) -> None:
    assert select.test_output(blocked).startswith("ImportError while importing")
    assert select.test_output(report) == ""  # failures speak for themselves
    assert select.test_output(green) == ""  # the tests passed
    no_gate = replace(blocked, gates=blocked.gates[1:])
    assert select.test_output(no_gate) == ""
    no_run = replace(blocked, measurements=replace(blocked.measurements, tests=None))
    assert select.test_output(no_run) == ""


def test_a_file_missing_only_lines_or_only_branches_is_least_covered(report: Report) -> None:
    ledger, util = report.measurements.files[1:3]
    files = (replace(ledger, missing_branches=()), replace(util, missing_lines=()))
    other = replace(report, measurements=replace(report.measurements, files=files))
    assert [f.path for f in select.least_covered(other)] == ["src/pkg/ledger.py", "src/pkg/util.py"]

"""The body of a failed gate's JUnit `<failure>`: its reason, offenders, and only for the
tests gate the failing tests' messages and pytest's output."""

from __future__ import annotations

from dataclasses import replace

from agenticops.model import GateResult, Report
from agenticops.report.junit.xmltext import details


def test_a_named_test_without_a_measured_failure_is_listed_alone(report: Report) -> None:
    tests = GateResult(
        name="tests",
        status="failed",
        actual=2.0,
        threshold=0.0,
        offenders=("tests/test_gone.py::test_a", "tests/test_ledger.py::test_reconcile_balances"),
        reason="2 of 6 tests failed",
    )
    assert details(report, tests) == (
        "2 of 6 tests failed\n"
        "tests/test_gone.py::test_a\n"
        "tests/test_ledger.py::test_reconcile_balances\n"
        "    AssertionError: assert [5] == []\n"
        "      +  where [5] = <Ledger>.reconcile([5, -3])"
    )


def test_pytest_output_belongs_to_the_tests_gate_alone(blocked: Report) -> None:
    coverage = GateResult(
        name="coverage", status="failed", actual=10.0, threshold=90.0, reason="too low"
    )
    other = replace(blocked, gates=(blocked.gates[0], coverage))
    assert details(other, coverage) == "too low"
    assert details(other, other.gates[0]).startswith(
        "no tests collected\nImportError while importing test module"
    )

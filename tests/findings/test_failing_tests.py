"""The failing-tests finding: exact text the agent reads for failed tests and broken runs."""

from __future__ import annotations

from agenticops.findings import failing_tests_findings
from agenticops.model import GateResult, Measurements, MutationRun, TestOutcome, TestRun


def _measured(run: TestRun | None) -> Measurements:
    return Measurements(tests=run, coverage_total=None, files=(), mutation=MutationRun(ran=False))


def _failed(reason: str = "") -> GateResult:
    return GateResult(name="tests", status="failed", actual=None, threshold=None, reason=reason)


def test_a_broken_run_shows_the_last_twenty_lines_of_output() -> None:
    output = "\n".join(f"line {i}" for i in range(1, 26)) + "\n"
    broken = TestRun(outcomes=(), exit_code=2, output=output)
    [section] = failing_tests_findings(_measured(broken), _failed("no tests collected"))
    tail = "\n".join(f"line {i}" for i in range(6, 26))
    assert section == f"### Tests: no tests collected\n\n```\n{tail}\n```"


def test_a_failure_message_keeps_its_lines() -> None:
    failure = TestOutcome(
        nodeid="tests/t.py::test_a", status="failed", message="  E   assert 1 == 2\nE   +1\n"
    )
    run = TestRun(outcomes=(failure,), exit_code=1)
    [section] = failing_tests_findings(_measured(run), _failed())
    assert section == (
        "### Failing tests (1 of 1)\n\n"
        "- `tests/t.py::test_a` (failed)\n\n```\nE   assert 1 == 2\nE   +1\n```"
    )


def test_failures_are_labelled_by_their_test_function_name() -> None:
    outcomes = (
        TestOutcome(nodeid="tests/a.py::TestRefunds::test_refund[case-1]", status="failed"),
        TestOutcome(nodeid="tests/a.py::TestRefunds::test_other", status="error"),
        TestOutcome(nodeid="tests/a.py::test_fine", status="passed"),
    )
    labels = {
        "test_refund": "Scenario 'Refund what is left' (refunds.feature:5)",
        "TestRefunds": "the class",
        "tests/a.py": "the file",
    }
    [section] = failing_tests_findings(
        _measured(TestRun(outcomes=outcomes, exit_code=1)), _failed(), labels
    )
    assert section == (
        "### Failing tests (2 of 3)\n\n"
        "- Scenario 'Refund what is left' (refunds.feature:5): "
        "`tests/a.py::TestRefunds::test_refund[case-1]` (failed)\n\n```\n\n```\n"
        "- `tests/a.py::TestRefunds::test_other` (error)\n\n```\n\n```"
    )


def test_a_label_matches_a_nodeid_without_a_class_or_parameters() -> None:
    outcome = TestOutcome(nodeid="tests/b.py::test_pay", status="failed", message="boom")
    labels = {"test_pay": "Scenario 'Pay' (pay.feature:2)", "tests/b.py": "the file"}
    [section] = failing_tests_findings(
        _measured(TestRun(outcomes=(outcome,), exit_code=1)), _failed(), labels
    )
    assert section == (
        "### Failing tests (1 of 1)\n\n"
        "- Scenario 'Pay' (pay.feature:2): `tests/b.py::test_pay` (failed)\n\n```\nboom\n```"
    )

"""The suite's TestRun from its process and the plugin's events: a hung test only at a timeout."""

from __future__ import annotations

from agenticops import proc
from agenticops.measure.tests_cov.events import Events, _test_run
from agenticops.model import TestOutcome, TestRun

PASSED = TestOutcome(nodeid="t.py::a", status="passed", duration=0.5)


def completed(*, timed_out: bool) -> proc.Completed:
    return proc.Completed(
        argv=("python", "-m", "pytest"),
        returncode=-9 if timed_out else 1,
        stdout="1 passed\n",
        stderr="",
        timed_out=timed_out,
        duration=12.5,
    )


def test_a_test_still_running_at_the_timeout_is_an_error() -> None:
    run = _test_run(completed(timed_out=True), Events((PASSED,), "t.py::b"), 10.0)
    hung = TestOutcome(
        nodeid="t.py::b",
        status="error",
        message="still running when the suite was stopped at its 10 s timeout",
    )
    assert run == TestRun(
        outcomes=(PASSED, hung), exit_code=-9, timed_out=True, duration=12.5, output="1 passed\n"
    )


def test_a_suite_that_died_by_itself_blames_no_test_on_the_timeout() -> None:
    run = _test_run(completed(timed_out=False), Events((PASSED,), "t.py::b"), 10.0)
    assert run == TestRun(outcomes=(PASSED,), exit_code=1, duration=12.5, output="1 passed\n")


def test_a_timeout_between_tests_adds_no_outcome() -> None:
    run = _test_run(completed(timed_out=True), Events((PASSED,), None), 10.0)
    assert run.outcomes == (PASSED,)

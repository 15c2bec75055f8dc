"""tests_stage and quality_stage, judged from one measured test run: failing scenarios named
as scenarios, locked tests that did not run, and every quality gate that failed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from agenticops.model import (
    FileMetrics,
    FunctionMetrics,
    GateResult,
    Measurements,
    MutationRun,
    TestOutcome,
    TestRun,
)
from agenticops.verify import Checks, StageResult, quick_stages
from tests.mutation_project import config

CONTRACT = "tests/agenticops_contract"
SCENARIO = f"{CONTRACT}/test_acceptance.py::test_refund_what_the_chargeback_left"
LABEL = "Scenario 'Refund what the chargeback left' (refunds.feature:5)"


class Operative:
    """The Gherkin literal check: records where it looked, answers nothing."""

    def __init__(self) -> None:
        self.seen: list[Path] = []

    def __call__(self, work: Path) -> Sequence[str]:
        self.seen.append(work)
        return ()


def measured(outcomes: tuple[TestOutcome, ...] | None) -> Measurements:
    tests = None if outcomes is None else TestRun(outcomes=outcomes, exit_code=0)
    return Measurements(tests=tests, coverage_total=None, files=(), mutation=MutationRun(ran=False))


def checks(operative: Operative, *required: str) -> Checks:
    return Checks(
        module="refunds",
        required_tests=required,
        operative=operative,
        labels={"test_refund_what_the_chargeback_left": LABEL},
    )


def test_a_failing_scenario_is_named_by_its_label(tmp_path: Path) -> None:
    outcomes = (
        TestOutcome(nodeid=SCENARIO, status="failed", message="assert 0 == 30"),
        TestOutcome(nodeid=f"{CONTRACT}/test_examples.py::test_one", status="passed"),
    )
    gate = GateResult(
        name="tests",
        status="failed",
        actual=1.0,
        threshold=0.0,
        offenders=(SCENARIO,),
        reason="1 of 2 tests failed",
    )
    operative = Operative()

    stage = quick_stages.tests_stage(measured(outcomes), gate, checks(operative), tmp_path)

    assert stage == StageResult(
        name="tests",
        passed=False,
        summary="1 of 2 tests failed",
        findings=(
            "### Failing tests (1 of 2)\n\n"
            f"- {LABEL}: `{SCENARIO}` (failed)\n\n```\nassert 0 == 30\n```",
        ),
    )
    assert operative.seen == []


def test_locked_tests_that_did_not_run_fail_a_passing_suite(tmp_path: Path) -> None:
    outcomes = (
        TestOutcome(nodeid="tests/test_mine.py::test_a", status="passed"),
        TestOutcome(nodeid=f"{CONTRACT}/test_examples.py::test_b[1]", status="passed"),
    )
    gate = GateResult(name="tests", status="passed", actual=0.0, threshold=0.0)
    operative = Operative()
    required = (
        f"{CONTRACT}/test_acceptance.py",
        f"{CONTRACT}/test_examples.py",
        f"{CONTRACT}/test_invariants.py",
    )

    stage = quick_stages.tests_stage(
        measured(outcomes), gate, checks(operative, *required), tmp_path
    )

    assert stage == StageResult(
        name="tests",
        passed=False,
        summary="acceptance checks failed",
        findings=(
            "### Locked tests did not run\n\n"
            f"- `{CONTRACT}/test_acceptance.py` was not collected: do not deselect or ignore it\n"
            f"- `{CONTRACT}/test_invariants.py` was not collected: do not deselect or ignore it",
        ),
    )
    assert operative.seen == []


def test_a_suite_that_never_ran_ran_none_of_the_locked_tests(tmp_path: Path) -> None:
    gate = GateResult(
        name="tests",
        status="failed",
        actual=None,
        threshold=0.0,
        reason="pytest could not start",
    )

    stage = quick_stages.tests_stage(
        measured(None), gate, checks(Operative(), f"{CONTRACT}/test_examples.py"), tmp_path
    )

    assert stage == StageResult(
        name="tests",
        passed=False,
        summary="pytest could not start",
        findings=(
            "### Tests: pytest could not start",
            "### Locked tests did not run\n\n"
            f"- `{CONTRACT}/test_examples.py` was not collected: do not deselect or ignore it",
        ),
    )


def test_every_failed_quality_gate_is_summed_up_and_reported(tmp_path: Path) -> None:
    fn = FunctionMetrics(name="add", line=6, end_line=9, complexity=4, coverage=50.0, crap=40.0)
    files = (FileMetrics(path="pkg/calc.py", coverage=50.0, missing_lines=(8, 9), functions=(fn,)),)
    result = Measurements(
        tests=TestRun(outcomes=(), exit_code=0),
        coverage_total=50.0,
        files=files,
        mutation=MutationRun(ran=False),
    )
    gates = (
        GateResult(name="tests", status="passed", actual=0.0, threshold=0.0),
        GateResult(name="coverage", status="failed", actual=50.0, threshold=80.0),
        GateResult(name="complexity", status="passed", actual=4.0, threshold=10),
        GateResult(name="crap", status="failed", actual=40.0, threshold=30.0),
        GateResult(name="mutation_score", status="failed", actual=10.0, threshold=50.0),
    )

    stage = quick_stages.quality_stage(result, gates, config(tmp_path))

    assert (stage.name, stage.passed, stage.summary) == (
        "quality",
        False,
        "coverage failed, crap failed",
    )
    assert stage.findings == (
        "### Coverage 50.0% < 50.0%\n\nWrite tests that execute these:\n\n"
        "- `pkg/calc.py` (50.0%): lines 8-9",
        "### Functions over the crap limit: test them fully or simplify\n\n"
        "- `pkg/calc.py::add` (line 6): crap 40.0 > 30.0 (complexity 4, coverage 50.0%)",
    )


def test_a_passing_suite_that_ran_the_locked_tests_has_its_steps_checked_in_the_copy(
    tmp_path: Path,
) -> None:
    outcomes = (TestOutcome(nodeid=SCENARIO, status="passed"),)
    gate = GateResult(name="tests", status="passed", actual=0.0, threshold=0.0)
    operative = Operative()

    stage = quick_stages.tests_stage(
        measured(outcomes), gate, checks(operative, f"{CONTRACT}/test_acceptance.py"), tmp_path
    )

    assert stage == StageResult(name="tests", passed=True, summary="all tests passed")
    assert operative.seen == [tmp_path]

"""Every verdict pinned as a whole GateResult: name, status, actual, threshold, offenders."""

from __future__ import annotations

import pytest

from agenticops.gates import judge, needs_mutation
from agenticops.gates.complexity import judge_complexity
from agenticops.gates.coverage import judge_coverage
from agenticops.gates.crap import judge_crap
from agenticops.gates.mutation import judge_mutation_score, judge_mutation_sites
from agenticops.gates.tests import judge_tests
from agenticops.model import (
    FileMetrics,
    FunctionMetrics,
    GateResult,
    Measurements,
    MutantResult,
    MutationRun,
    TestOutcome,
    TestRun,
    Thresholds,
)

PASSED = TestOutcome(nodeid="t.py::ok", status="passed")


def run(*outcomes: TestOutcome, code: int = 0, timed_out: bool = False) -> TestRun:
    return TestRun(outcomes=outcomes, exit_code=code, timed_out=timed_out)


def measured(
    *files: FileMetrics, ran: bool = True, reason: str = "", total: float = 80.0
) -> Measurements:
    return Measurements(
        tests=run(PASSED),
        coverage_total=total,
        files=files,
        mutation=MutationRun(ran=ran, reason=reason),
    )


def fn(name: str, cc: int, crap: float) -> FunctionMetrics:
    return FunctionMetrics(name=name, line=1, end_line=3, complexity=cc, coverage=50.0, crap=crap)


def failed(name: str, threshold: float, reason: str, actual: float | None = None) -> GateResult:
    return GateResult(name=name, status="failed", actual=actual, threshold=threshold, reason=reason)


@pytest.mark.parametrize(
    ("test_run", "expected"),
    [
        (
            None,
            GateResult(
                name="tests",
                status="failed",
                actual=None,
                threshold=0.0,
                reason="the test suite did not run",
            ),
        ),
        (
            run(PASSED, code=-9, timed_out=True),
            GateResult(
                name="tests",
                status="failed",
                actual=1.0,
                threshold=0.0,
                reason="the test suite hit its time limit",
            ),
        ),
        (
            run(code=5),
            GateResult(
                name="tests",
                status="failed",
                actual=0.0,
                threshold=0.0,
                reason="no tests collected",
            ),
        ),
        (
            run(PASSED, code=2),
            GateResult(
                name="tests",
                status="failed",
                actual=0.0,
                threshold=0.0,
                reason="pytest exited with code 2",
            ),
        ),
        (run(PASSED), GateResult(name="tests", status="passed", actual=0.0, threshold=0.0)),
    ],
)
def test_tests_gate_results(test_run: TestRun | None, expected: GateResult) -> None:
    assert judge_tests(test_run) == expected


def test_timed_out_run_names_the_failures() -> None:
    broken = TestOutcome(nodeid="t.py::hung", status="error")
    assert judge_tests(run(broken, code=-9, timed_out=True)).offenders == ("t.py::hung",)


def test_coverage_results() -> None:
    files = (FileMetrics(path="a.py", coverage=70.0), FileMetrics(path="b.py", coverage=80.0))
    assert judge_coverage(measured(*files, total=79.996), 80) == GateResult(
        name="coverage", status="failed", actual=80.0, threshold=80, offenders=("a.py",)
    )
    assert judge_coverage(measured(*files, total=80.126), 80) == GateResult(
        name="coverage", status="passed", actual=80.13, threshold=80, offenders=("a.py",)
    )


def test_function_gate_results() -> None:
    file = FileMetrics(path="p.py", coverage=50.0, functions=(fn("f", 4, 7.123), fn("g", 3, 3.0)))
    assert judge_complexity([file], 3) == GateResult(
        name="complexity", status="failed", actual=4.0, threshold=3, offenders=("p.py::f",)
    )
    assert judge_complexity([file], 4) == GateResult(
        name="complexity", status="passed", actual=4.0, threshold=4
    )
    assert judge_crap([file], 7.123) == GateResult(
        name="crap", status="passed", actual=7.12, threshold=7.123
    )
    assert judge_crap([file], 3) == GateResult(
        name="crap", status="failed", actual=7.12, threshold=3, offenders=("p.py::f",)
    )
    assert judge_crap([], 3) == failed("crap", 3, "no functions measured")
    assert judge_complexity([], 3) == failed("complexity", 3, "no functions measured")


def mutant(status: str) -> MutantResult:
    return MutantResult(id=f"m.{status}", line=2, function="f", status=status)  # type: ignore[arg-type]


def test_mutation_results() -> None:
    file = FileMetrics(
        path="p.py",
        coverage=1.0,
        mutation_sites=3,
        mutants=(mutant("killed"), mutant("killed"), mutant("survived")),
    )
    assert judge_mutation_score(measured(file), 66.66) == GateResult(
        name="mutation_score",
        status="passed",
        actual=66.67,
        threshold=66.66,
        offenders=("p.py::f",),
    )
    assert judge_mutation_sites(measured(file), 3) == GateResult(
        name="mutation_sites", status="passed", actual=3.0, threshold=3
    )
    assert judge_mutation_sites(measured(file), 2) == GateResult(
        name="mutation_sites", status="failed", actual=3.0, threshold=2, offenders=("p.py",)
    )


def test_mutation_no_evidence_results() -> None:
    not_run = measured(ran=False, reason="mutmut broke")
    assert judge_mutation_score(not_run, 70) == failed("mutation_score", 70, "mutmut broke")
    assert judge_mutation_sites(not_run, 9) == failed("mutation_sites", 9, "mutmut broke")
    silent = measured(ran=False)
    assert judge_mutation_score(silent, 70) == failed("mutation_score", 70, "mutation did not run")
    assert judge_mutation_sites(silent, 9) == failed("mutation_sites", 9, "mutation did not run")
    empty = measured(FileMetrics(path="p.py", coverage=1.0, mutation_sites=0))
    assert judge_mutation_score(empty, 70) == failed("mutation_score", 70, "no mutants produced")
    assert judge_mutation_sites(empty, 9) == failed("mutation_sites", 9, "no mutants produced")


def test_off_gates_are_whole_results() -> None:
    only_sites = Thresholds(
        coverage=None, complexity=None, crap=None, mutation_score=None, mutation_sites=5
    )
    only_score = Thresholds(
        coverage=None, complexity=None, crap=None, mutation_score=5, mutation_sites=None
    )
    assert needs_mutation(only_sites)
    assert needs_mutation(only_score)
    results = judge(measured(), only_sites)
    assert results[1] == GateResult(name="coverage", status="off", actual=None, threshold=None)
    assert [r.name for r in results] == [
        "tests",
        "coverage",
        "complexity",
        "crap",
        "mutation_score",
        "mutation_sites",
    ]
    broken = Measurements(
        tests=run(TestOutcome(nodeid="x", status="failed"), code=1),
        coverage_total=None,
        files=(),
        mutation=MutationRun(ran=False),
    )
    assert judge(broken, only_sites)[5] == GateResult(
        name="mutation_sites",
        status="not_run",
        actual=None,
        threshold=5,
        reason="not measured: the tests did not pass",
    )

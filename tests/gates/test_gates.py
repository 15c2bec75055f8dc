"""The gates are pure: pinned values plus properties, and fail-closed rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agenticops.gates import judge, needs_mutation
from agenticops.gates.complexity import judge_complexity
from agenticops.gates.coverage import judge_coverage
from agenticops.gates.crap import crap, judge_crap
from agenticops.gates.mutation import judge_mutation_score, judge_mutation_sites, mutation_score
from agenticops.gates.tests import judge_tests
from agenticops.model import (
    FileMetrics,
    FunctionMetrics,
    Measurements,
    MutantResult,
    MutationRun,
    TestOutcome,
    TestRun,
    Thresholds,
)

ALL_ON = Thresholds(coverage=80, complexity=10, crap=30, mutation_score=70, mutation_sites=5)


def fn(name: str, cc: int, cov: float) -> FunctionMetrics:
    return FunctionMetrics(
        name=name, line=1, end_line=2, complexity=cc, coverage=cov, crap=crap(cc, cov / 100)
    )


def mutant(status: str, function: str = "f", line: int = 3) -> MutantResult:
    return MutantResult(id=f"m.{status}.{line}", line=line, function=function, status=status)  # type: ignore[arg-type]


def passing_run(count: int = 2) -> TestRun:
    return TestRun(
        outcomes=tuple(TestOutcome(nodeid=f"t.py::t{i}", status="passed") for i in range(count)),
        exit_code=0,
    )


def measurements(
    *files: FileMetrics, total: float | None = 90.0, ran: bool = True, tests: TestRun | None = None
) -> Measurements:
    return Measurements(
        tests=tests if tests is not None else passing_run(),
        coverage_total=total,
        files=files,
        mutation=MutationRun(ran=ran, reason="" if ran else "mutmut failed"),
    )


# --- CRAP: pinned values (a property alone lets cc**2 -> cc**3 survive) ---------------------


@pytest.mark.parametrize(
    ("cc", "cov", "expected"),
    [(1, 1.0, 1.0), (1, 0.0, 2.0), (5, 0.0, 30.0), (5, 0.5, 8.125), (10, 0.2, 61.2), (3, 1.0, 3.0)],
)
def test_crap_pinned(cc: int, cov: float, expected: float) -> None:
    assert crap(cc, cov) == pytest.approx(expected)


@given(st.integers(1, 50), st.floats(0, 1), st.floats(0, 1))
def test_crap_falls_as_coverage_rises(cc: int, a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert crap(cc, high) <= crap(cc, low)
    assert cc <= crap(cc, high) <= cc**2 + cc


# --- tests gate -------------------------------------------------------------------------------


def test_tests_gate_passes_when_all_pass() -> None:
    result = judge_tests(passing_run())
    assert (result.status, result.actual, result.offenders) == ("passed", 0.0, ())


def test_tests_gate_fails_closed_without_a_run() -> None:
    result = judge_tests(None)
    assert result.status == "failed"
    assert result.reason == "the test suite did not run"


def test_tests_gate_fails_with_no_tests() -> None:
    result = judge_tests(TestRun(outcomes=(), exit_code=5))
    assert result.status == "failed"
    assert result.reason == "no tests collected"


def test_tests_gate_fails_when_everything_skipped() -> None:
    run = TestRun(outcomes=(TestOutcome(nodeid="a", status="skipped"),), exit_code=0)
    assert judge_tests(run).reason == "no test ran"


def test_tests_gate_names_failures() -> None:
    run = TestRun(
        outcomes=(
            TestOutcome(nodeid="a", status="passed"),
            TestOutcome(nodeid="b", status="failed", message="assert 1 == 2"),
            TestOutcome(nodeid="c", status="error"),
        ),
        exit_code=1,
    )
    result = judge_tests(run)
    assert result.offenders == ("b", "c")
    assert result.reason == "2 of 3 tests failed"
    assert result.actual == 2.0


def test_tests_gate_fails_on_timeout() -> None:
    run = TestRun(
        outcomes=(TestOutcome(nodeid="a", status="passed"),), exit_code=-9, timed_out=True
    )
    assert judge_tests(run).reason == "the test suite hit its time limit"


def test_tests_gate_fails_on_bad_exit_code() -> None:
    run = TestRun(outcomes=(TestOutcome(nodeid="a", status="passed"),), exit_code=3)
    assert judge_tests(run).reason == "pytest exited with code 3"


# --- coverage -----------------------------------------------------------------------------------


def test_coverage_gate_offenders_least_covered_first() -> None:
    files = (
        FileMetrics(path="b.py", coverage=50.0),
        FileMetrics(path="a.py", coverage=95.0),
        FileMetrics(path="c.py", coverage=10.0),
        FileMetrics(path="d.py", coverage=None),
    )
    result = judge_coverage(measurements(*files, total=79.999), 80)
    assert result.status == "failed"
    assert result.actual == 80.0  # rounded for display, judged unrounded
    assert result.offenders == ("c.py", "b.py")


def test_coverage_gate_boundary_passes() -> None:
    assert judge_coverage(measurements(total=80.0), 80).status == "passed"


def test_coverage_gate_without_data_fails() -> None:
    result = judge_coverage(measurements(total=None), 80)
    assert (result.status, result.reason) == ("failed", "no coverage data")


# --- complexity and CRAP --------------------------------------------------------------------


def test_complexity_gate() -> None:
    file = FileMetrics(
        path="p.py",
        coverage=100.0,
        functions=(fn("a", 11, 100), fn("B.c", 12, 100), fn("d", 10, 0)),
    )
    result = judge_complexity([file], 10)
    assert result.status == "failed"
    assert result.actual == 12.0
    assert result.offenders == ("p.py::B.c", "p.py::a")
    assert judge_complexity([file], 12).status == "passed"


def test_complexity_offenders_are_worst_first_then_by_name() -> None:
    file = FileMetrics(
        path="p.py",
        coverage=100.0,
        functions=(fn("a", 11, 100), fn("b", 14, 100), fn("d", 11, 100), fn("c", 11, 100)),
    )
    result = judge_complexity([file], 10)
    assert result.offenders == ("p.py::b", "p.py::a", "p.py::c", "p.py::d")
    assert result.actual == 14.0


def test_function_gates_fail_closed_without_functions() -> None:
    empty = [FileMetrics(path="p.py", coverage=100.0)]
    assert judge_complexity(empty, 10).reason == "no functions measured"
    assert judge_crap(empty, 10).reason == "no functions measured"
    assert judge_crap(empty, 10).status == "failed"


def test_crap_gate() -> None:
    file = FileMetrics(
        path="p.py", coverage=50.0, functions=(fn("a", 5, 0), fn("b", 5, 50), fn("c", 2, 100))
    )
    result = judge_crap([file], 8.125)
    assert result.offenders == ("p.py::a",)
    assert result.actual == 30.0
    assert judge_crap([file], 30).status == "passed"


# --- mutation --------------------------------------------------------------------------------


def test_mutation_score_counts_timeouts_as_killed_and_no_tests_as_survived() -> None:
    file = FileMetrics(
        path="p.py",
        coverage=100.0,
        mutation_sites=5,
        mutants=(
            mutant("killed"),
            mutant("timeout"),
            mutant("survived", "g"),
            mutant("no_tests", "h"),
            mutant("skipped"),
        ),
    )
    m = measurements(file)
    assert mutation_score(m) == (2, 4)
    result = judge_mutation_score(m, 50)
    assert (result.status, result.actual) == ("passed", 50.0)
    assert result.offenders == ("p.py::g", "p.py::h")
    assert judge_mutation_score(m, 50.01).status == "failed"


def test_mutation_gates_fail_closed() -> None:
    not_run = measurements(FileMetrics(path="p.py", coverage=1.0), ran=False)
    assert judge_mutation_score(not_run, 70).reason == "mutmut failed"
    assert judge_mutation_sites(not_run, 70).reason == "mutmut failed"
    empty = measurements(FileMetrics(path="p.py", coverage=1.0, mutation_sites=0))
    assert judge_mutation_score(empty, 70).reason == "no mutants produced"
    assert judge_mutation_sites(empty, 70).reason == "no mutants produced"
    unknown = Measurements(
        tests=None, coverage_total=None, files=(), mutation=MutationRun(ran=False)
    )
    assert judge_mutation_score(unknown, 70).reason == "mutation did not run"
    assert judge_mutation_sites(unknown, 70).reason == "mutation did not run"


def test_mutation_sites_gate() -> None:
    files = (
        FileMetrics(path="a.py", coverage=1.0, mutation_sites=6, mutants=(mutant("killed"),)),
        FileMetrics(path="b.py", coverage=1.0, mutation_sites=9),
        FileMetrics(path="c.py", coverage=1.0, mutation_sites=5),
        FileMetrics(path="d.py", coverage=1.0),
    )
    result = judge_mutation_sites(measurements(*files), 5)
    assert (result.status, result.actual, result.offenders) == ("failed", 9.0, ("b.py", "a.py"))
    assert judge_mutation_sites(measurements(*files), 9).status == "passed"


# --- judge ------------------------------------------------------------------------------------


def full_file() -> FileMetrics:
    return FileMetrics(
        path="p.py",
        coverage=90.0,
        mutation_sites=2,
        functions=(fn("f", 2, 100),),
        mutants=(mutant("killed"), mutant("killed", line=4)),
    )


def test_judge_all_pass_in_order() -> None:
    results = judge(measurements(full_file()), ALL_ON)
    assert [r.name for r in results] == [
        "tests",
        "coverage",
        "complexity",
        "crap",
        "mutation_score",
        "mutation_sites",
    ]
    assert all(r.status == "passed" for r in results)


def test_judge_off_gates() -> None:
    off = Thresholds(
        coverage=None, complexity=None, crap=None, mutation_score=None, mutation_sites=None
    )
    results = judge(measurements(full_file()), off)
    assert [r.status for r in results] == ["passed", "off", "off", "off", "off", "off"]
    assert all(r.passed for r in results)
    assert not needs_mutation(off)
    assert needs_mutation(ALL_ON)


def test_judge_failing_tests_mean_not_run_never_passed() -> None:
    broken = TestRun(outcomes=(TestOutcome(nodeid="a", status="failed"),), exit_code=1)
    results = judge(measurements(full_file(), tests=broken), ALL_ON)
    assert [r.status for r in results] == ["failed"] + ["not_run"] * 5
    assert not any(r.passed for r in results[1:])
    assert results[1].reason == "not measured: the tests did not pass"
    assert results[1].threshold == 80

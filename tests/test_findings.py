"""What goes back to the agent: every finding with its location."""

from __future__ import annotations

from agenticops.findings import (
    compact,
    failing_tests_findings,
    mutation_findings,
    quality_findings,
)
from agenticops.gates.crap import crap
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

LIMITS = Thresholds(coverage=90, complexity=5, crap=8, mutation_score=90, mutation_sites=3)


def measured(
    *files: FileMetrics, tests: TestRun | None = None, ran: bool = True, total: float | None = 75.0
) -> Measurements:
    return Measurements(
        tests=tests,
        coverage_total=total,
        files=files,
        mutation=MutationRun(ran=ran, reason="" if ran else "mutmut could not find a test"),
    )


def gate(name: str, **kw: object) -> GateResult:
    return GateResult(
        name=name,
        status="failed",
        actual=kw.pop("actual", None),  # type: ignore[arg-type]
        threshold=kw.pop("threshold", None),
        **kw,
    )  # type: ignore[arg-type]


def test_compact() -> None:
    assert compact([24, 5, 9, 22, 23]) == "5, 9, 22-24"
    assert compact([]) == ""


def test_failing_tests_with_messages() -> None:
    run = TestRun(
        outcomes=(
            TestOutcome(nodeid="tests/a.py::test_ok", status="passed"),
            TestOutcome(
                nodeid="tests/acc.py::test_refund_what_is_left",
                status="failed",
                message="assert 7000 == 7500",
            ),
        ),
        exit_code=1,
    )
    [section] = failing_tests_findings(
        measured(tests=run), gate("tests", reason="1 of 2 tests failed")
    )
    assert section.startswith("### Failing tests (1 of 2)")
    assert "- `tests/acc.py::test_refund_what_is_left` (failed)" in section
    assert "assert 7000 == 7500" in section


def test_test_findings_without_failures_show_output_or_reason() -> None:
    passed = GateResult(name="tests", status="passed", actual=0.0, threshold=0.0)
    assert failing_tests_findings(measured(), passed) == []
    broken = TestRun(outcomes=(), exit_code=2, output="E   ImportError: no module named refunds\n")
    [section] = failing_tests_findings(
        measured(tests=broken), gate("tests", reason="no tests collected")
    )
    assert (
        section
        == "### Tests: no tests collected\n\n```\nE   ImportError: no module named refunds\n```"
    )
    [bare] = failing_tests_findings(
        measured(tests=None), gate("tests", reason="the test suite did not run")
    )
    assert bare == "### Tests: the test suite did not run"


def test_many_failures_are_capped() -> None:
    run = TestRun(
        outcomes=tuple(TestOutcome(nodeid=f"t::{i}", status="failed") for i in range(30)),
        exit_code=1,
    )
    [section] = failing_tests_findings(measured(tests=run), gate("tests"))
    assert section.count("(failed)") == 25
    assert section.endswith("… and 5 more")


def test_quality_findings_name_lines_and_functions() -> None:
    f = FileMetrics(
        path="src/r.py",
        coverage=60.0,
        missing_lines=(5, 6, 7, 12),
        missing_branches=((4, 5),),
        functions=(
            FunctionMetrics(
                name="refundable",
                line=3,
                end_line=12,
                complexity=6,
                coverage=60.0,
                crap=crap(6, 0.6),
            ),
            FunctionMetrics(
                name="ok", line=14, end_line=15, complexity=1, coverage=100.0, crap=1.0
            ),
        ),
    )
    clean = FileMetrics(path="src/clean.py", coverage=100.0)
    failed = [gate("coverage"), gate("complexity"), gate("crap")]
    uncovered, complexity, crap_section = quality_findings(measured(f, clean), failed, LIMITS)
    assert uncovered.startswith("### Coverage 75.0% < 90%")
    assert "- `src/r.py` (60.0%): lines 5-7, 12; branches 4->5" in uncovered
    assert "src/clean.py" not in uncovered
    assert (
        "- `src/r.py::refundable` (line 3): complexity 6 > 5 (complexity 6, coverage 60.0%)"
        in complexity
    )
    assert "split them into smaller functions" in complexity
    assert (
        "- `src/r.py::refundable` (line 3): crap 8.3 > 8 (complexity 6, coverage 60.0%)"
        in crap_section
    )
    assert "test them fully or simplify" in crap_section
    assert "::ok" not in crap_section
    assert quality_findings(measured(f), [], LIMITS) == ()


def test_coverage_unknown() -> None:
    [section] = quality_findings(measured(total=None), [gate("coverage")], LIMITS)
    assert section.startswith("### Coverage unknown% < 90%")


def test_survivors_with_diffs_and_sites() -> None:
    f = FileMetrics(
        path="src/r.py",
        coverage=100.0,
        mutation_sites=4,
        mutants=(
            MutantResult(
                id="m1",
                line=7,
                function="refundable",
                status="survived",
                diff='- raise ValueError("a")\n+ raise ValueError("XXaXX")',
            ),
            MutantResult(id="m2", line=8, function="refundable", status="killed"),
            MutantResult(id="m3", line=9, function="refundable", status="no_tests"),
            MutantResult(id="m4", line=9, function="refundable", status="skipped"),
        ),
    )
    score = gate("mutation_score", actual=50.0, threshold=90)
    sites = gate("mutation_sites", threshold=3, offenders=("src/r.py",))
    survivors, over = mutation_findings(measured(f), [score, sites])
    assert survivors.startswith("### Mutation score 50.0% < 90%: 2 mutants survived")
    assert (
        '- `src/r.py:7` in `refundable` (survived):\n\n```diff\n- raise ValueError("a")'
        in survivors
    )
    assert "`src/r.py:9` in `refundable` (no_tests)" in survivors
    assert over == "### Files with more than 3 mutants: split or simplify them\n\n- `src/r.py`"
    sites_only = gate("mutation_sites", threshold=3, reason="no mutants produced")
    assert mutation_findings(measured(f), [sites_only]) == (
        "### Files with more than 3 mutants: split or simplify them\n\n- no mutants produced",
    )


def test_mutation_not_run() -> None:
    [section] = mutation_findings(measured(ran=False), [gate("mutation_score")])
    assert section == "### Mutation testing did not run\n\nmutmut could not find a test"


def test_sites_findings_list_every_file_and_need_a_run() -> None:
    sites = gate("mutation_sites", threshold=3, offenders=("src/a.py", "src/b.py"))
    assert mutation_findings(measured(), [sites]) == (
        "### Files with more than 3 mutants: split or simplify them\n\n- `src/a.py`\n- `src/b.py`",
    )
    assert mutation_findings(measured(ran=False), [sites]) == (
        "### Mutation testing did not run\n\nmutmut could not find a test",
    )
    score = gate("mutation_score", actual=0.0, threshold=90)
    assert mutation_findings(measured(), [score]) == (
        "### Mutation score 0.0% < 90%: 0 mutants survived\n\n"
        "Each change below leaves every test passing. Add assertions that fail on it:\n\n",
    )


def test_exactly_the_limit_of_failures_has_no_more_note() -> None:
    run = TestRun(
        outcomes=tuple(TestOutcome(nodeid=f"t::{i}", status="failed") for i in range(25)),
        exit_code=1,
    )
    [section] = failing_tests_findings(measured(tests=run), gate("tests"))
    assert section.count("(failed)") == 25
    assert section.endswith("- `t::24` (failed)\n\n```\n\n```")


def test_each_survivor_is_its_own_item_with_its_diff() -> None:
    f = FileMetrics(
        path="src/r.py",
        coverage=100.0,
        mutants=(
            MutantResult(id="m1", line=7, function="f", status="survived", diff="- a\n+ b"),
            MutantResult(id="m2", line=9, function="g", status="timeout"),
            MutantResult(id="m3", line=12, function="g", status="no_tests", diff="- c\n+ d\n"),
        ),
    )
    score = gate("mutation_score", actual=33.3, threshold=90)
    assert mutation_findings(measured(f), [score]) == (
        "### Mutation score 33.3% < 90%: 2 mutants survived\n\n"
        "Each change below leaves every test passing. Add assertions that fail on it:\n\n"
        "- `src/r.py:7` in `f` (survived):\n\n```diff\n- a\n+ b\n```\n"
        "- `src/r.py:12` in `g` (no_tests):\n\n```diff\n- c\n+ d\n```",
    )

"""PR scope: the measurements of what changed, and the reasons a scoped gate has no evidence."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from agenticops.config import load_config
from agenticops.environment import clean_env
from agenticops.gates import judge
from agenticops.measure.project import MeasureOptions, measure_tests
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
from agenticops.scope import (
    NO_FUNCTION,
    NO_LINES,
    NO_SOURCE,
    ChangedLines,
    changed_functions,
    changed_lines,
    describe,
    explain,
    mutation_options,
    nothing_to_mutate,
    scope_measurements,
    scope_mutants,
)
from agenticops.workspace.copy import copy_project
from tests.scope_repo import OPS, PROJECT, commit, init


def fn(name: str, line: int, end_line: int, complexity: int = 2) -> FunctionMetrics:
    return FunctionMetrics(
        name=name, line=line, end_line=end_line, complexity=complexity, coverage=50.0, crap=3.0
    )


A = FileMetrics(
    path="src/a.py",
    coverage=75.0,
    statements=8,
    executed_lines=(1, 3, 4, 5, 7, 8),
    missing_lines=(6, 9),
    executed_branches=((4, 5), (7, 8)),
    missing_branches=((4, 6), (7, 9)),
    functions=(fn("f", 3, 6), fn("g", 7, 9), fn("h", 11, 12)),
    mutation_sites=12,
)
B = FileMetrics(
    path="src/b.py",
    coverage=100.0,
    statements=2,
    executed_lines=(1, 2),
    functions=(fn("k", 1, 2, complexity=1),),
)
C = FileMetrics(path="src/c.py", coverage=0.0, statements=4, missing_lines=(1, 2, 3, 4))
D = FileMetrics(path="src/d.py", coverage=100.0, statements=1, executed_lines=(1,))
RUN = TestRun(
    outcomes=(TestOutcome(nodeid="tests/test_a.py::test_a", status="passed"),), exit_code=0
)
WHOLE = Measurements(
    tests=RUN,
    coverage_total=70.0,
    files=(A, B, C, D),
    mutation=MutationRun(ran=False, reason="switched off"),
)
CHANGES = ChangedLines(
    base="origin/main",
    lines={
        "src/a.py": frozenset({2, 4, 6}),  # 2 is no statement (a blank or a comment)
        "src/b.py": frozenset({1}),
        "src/d.py": frozenset({3}),  # past the last statement: nothing executable changed
        "tests/test_a.py": frozenset({1, 2}),  # not measured source
    },
    removals={"src/a.py": frozenset({11})},  # lines removed inside h
)
LIMITS = Thresholds(coverage=80, complexity=10, crap=8, mutation_score=85, mutation_sites=50)


def test_only_changed_files_functions_and_lines_are_judged() -> None:
    scoped = scope_measurements(WHOLE, CHANGES)
    assert [f.path for f in scoped.files] == ["src/a.py", "src/b.py", "src/d.py"]
    a, b, d = scoped.files
    # statements 4 (run) and 6 (missed); branches 4->5 (taken) and 4->6 (not): 2 of 4
    assert a == replace(
        A,
        coverage=50.0,
        statements=2,
        executed_lines=(4,),
        missing_lines=(6,),
        executed_branches=((4, 5),),
        missing_branches=((4, 6),),
        functions=(A.functions[0], A.functions[2]),  # g untouched; h lost lines
    )
    assert (b.coverage, b.statements, b.functions) == (100.0, 1, B.functions)
    assert (d.coverage, d.statements, d.functions) == (None, 0, ())  # nothing to judge
    assert scoped.coverage_total == 60.0  # (2 + 1) of (4 + 1)
    assert scoped.scope == "diff against origin/main: 3 files, 5 changed lines, 3 changed functions"
    assert (scoped.tests, scoped.mutation) == (WHOLE.tests, WHOLE.mutation)  # never scoped


def test_changed_functions_are_what_mutation_may_touch() -> None:
    scoped = scope_measurements(WHOLE, CHANGES)
    expected = {
        "src/a.py": frozenset({"f", "h"}),
        "src/b.py": frozenset({"k"}),
        "src/d.py": frozenset(),
    }
    assert changed_functions(scoped) == expected
    options = MeasureOptions(python="py", env={}, cache_dir=Path("cache"), shard=(1, 2))
    assert mutation_options(options, scoped) == replace(options, only_functions=expected)
    assert nothing_to_mutate(scoped) == ""


def test_the_engine_s_other_mutants_are_left_out() -> None:
    def mutant(function: str, n: int) -> MutantResult:
        return MutantResult(id=f"{function}_{n}", line=n, function=function, status="killed")

    files = (replace(A, mutants=(mutant("f", 1), mutant("g", 2), mutant("h", 3))),)
    scoped = replace(WHOLE, files=(*files, replace(C, mutants=(mutant("c", 4),))))
    kept = scope_mutants(scoped, {"src/a.py": frozenset({"f", "h"})})
    assert [[m.id for m in f.mutants] for f in kept.files] == [["f_1", "h_3"], []]
    assert kept.files[0].mutation_sites == 12  # sites stay the file's own


def test_plural_and_singular() -> None:
    one = ChangedLines(base="HEAD", lines={"src/b.py": frozenset({1})})
    assert describe(one, (B,)) == "diff against HEAD: 1 file, 1 changed line, 1 changed function"
    assert describe(one, ()) == "diff against HEAD: 0 files, 0 changed lines, 0 changed functions"


def judged(changes: ChangedLines, whole: Measurements = WHOLE) -> dict[str, GateResult]:
    scoped = scope_measurements(whole, changes)
    if skip := nothing_to_mutate(scoped):
        scoped = replace(scoped, mutation=MutationRun(ran=False, reason=skip))
    return {g.name: g for g in explain(judge(scoped, LIMITS), whole, scoped)}


def test_no_changed_source_fails_every_change_gate_and_says_so() -> None:
    gates = judged(ChangedLines(base="HEAD", lines={"tests/test_a.py": frozenset({1})}))
    assert gates["tests"].status == "passed"  # still judged: every test must pass
    for name in ("coverage", "complexity", "crap", "mutation_score", "mutation_sites"):
        assert (gates[name].status, gates[name].actual, gates[name].reason) == (
            "failed",
            None,
            NO_SOURCE,
        )


def test_module_level_changes_leave_the_function_gates_without_evidence() -> None:
    gates = judged(ChangedLines(base="HEAD", lines={"src/a.py": frozenset({1})}))
    assert (gates["coverage"].status, gates["coverage"].actual) == ("passed", 100.0)
    for name in ("complexity", "crap", "mutation_score", "mutation_sites"):
        assert (gates[name].status, gates[name].reason) == ("failed", NO_FUNCTION)


def test_changes_without_executable_lines_leave_coverage_without_evidence() -> None:
    gates = judged(ChangedLines(base="HEAD", lines={"src/a.py": frozenset({2, 12})}))
    assert (gates["coverage"].status, gates["coverage"].reason) == ("failed", NO_LINES)
    # line 12 is in h (a docstring, say): h is judged
    assert (gates["complexity"].status, gates["complexity"].actual) == ("passed", 2.0)


def test_a_file_without_coverage_data_is_never_dropped_unseen() -> None:
    whole = replace(WHOLE, files=(replace(B, coverage=None, executed_lines=()), A))
    changes = ChangedLines(
        base="HEAD", lines={"src/b.py": frozenset({1}), "src/a.py": frozenset({4})}
    )
    scoped = scope_measurements(whole, changes)
    assert scoped.coverage_total is None  # a.py alone would say 50.0
    assert judged(changes, whole)["coverage"].reason == "no coverage data"
    no_data = replace(WHOLE, coverage_total=None)
    assert (
        judged(ChangedLines(base="HEAD", lines={"src/a.py": frozenset({4})}), no_data)[
            "coverage"
        ].reason
        == "no coverage data"
    )


def test_gates_with_evidence_keep_their_verdicts() -> None:
    gates = judged(CHANGES)
    assert gates["coverage"] == GateResult(
        name="coverage",
        status="failed",
        actual=60.0,
        threshold=80,
        offenders=("src/a.py",),
    )
    # mutation did not run here (switched off in WHOLE): its own reason stays
    assert gates["mutation_score"].reason == "switched off"
    off = Thresholds(coverage=None, complexity=10, crap=8, mutation_score=None, mutation_sites=None)
    scoped = scope_measurements(WHOLE, ChangedLines(base="HEAD"))
    verdicts = explain(judge(scoped, off), WHOLE, scoped)
    assert [(g.name, g.status, g.reason) for g in verdicts] == [
        ("tests", "passed", ""),
        ("coverage", "off", ""),
        ("complexity", "failed", NO_SOURCE),
        ("crap", "failed", NO_SOURCE),
        ("mutation_score", "off", ""),
        ("mutation_sites", "off", ""),
    ]


def test_failing_tests_leave_the_rest_not_run_and_unexplained() -> None:
    failed = TestRun(outcomes=(TestOutcome(nodeid="t::x", status="failed"),), exit_code=1)
    gates = judged(ChangedLines(base="HEAD"), replace(WHOLE, tests=failed))
    assert gates["tests"].status == "failed"
    assert {gates[n].status for n in gates if n != "tests"} == {"not_run"}
    assert gates["coverage"].reason == "not measured: the tests did not pass"


def test_a_one_function_change_scopes_to_that_function(tmp_path: Path) -> None:
    """Real git, real pytest and coverage.py: only `sign` changed, and line 3 (run at import)."""
    repo = init(tmp_path / "repo", PROJECT)
    ops = repo / "src/calc/ops.py"
    changed = OPS.replace("LIMIT = 10", "LIMIT = 5 + 5").replace(
        "        return 1\n", "        return 1\n    if x != x:\n        return 2\n"
    )
    ops.write_text(changed, encoding="utf-8")
    commit(repo, "second")
    changes = changed_lines(repo, "HEAD~1")
    assert changes.lines == {"src/calc/ops.py": frozenset({3, 17, 18})}
    work = tmp_path / "work"
    copy_project(repo, work)
    options = MeasureOptions(python=sys.executable, env=clean_env())
    whole = measure_tests(work, load_config(repo), options, lambda _: None)
    scoped = scope_measurements(whole, changes)
    (ops_file,) = scoped.files
    # statements 3 and 17 run, 18 missed; branch 17->19 taken, 17->18 not: 3 of 5
    assert (ops_file.executed_lines, ops_file.missing_lines) == ((3, 17), (18,))
    assert (ops_file.executed_branches, ops_file.missing_branches) == (((17, 19),), ((17, 18),))
    assert scoped.coverage_total == pytest.approx(60.0)
    assert [f.name for f in ops_file.functions] == ["sign"]
    assert mutation_options(options, scoped).only_functions == {
        "src/calc/ops.py": frozenset({"sign"})
    }
    assert scoped.scope == "diff against HEAD~1: 1 file, 3 changed lines, 1 changed function"
    # the whole project for comparison: 13 statements (the docstring is none; 18 missed),
    # 8 branches (17->18 missed)
    assert whole.coverage_total == pytest.approx(100 * 19 / 21)

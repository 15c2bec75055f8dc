"""Which cached verdicts still hold (PIT / Stryker rules), decided without running anything."""

from __future__ import annotations

from agenticops.measure.mutation_cache import CachedMutant, FunctionEntry
from agenticops.measure.mutation_plan import Decision, decide, known_count

KILLED = CachedMutant(n=1, status="killed", offset=1)
SURVIVED = CachedMutant(n=2, status="survived", offset=1)
TIMEOUT = CachedMutant(n=3, status="timeout", offset=2)
NO_TESTS = CachedMutant(n=4, status="no_tests", offset=2)
ODD = CachedMutant(n=5, status="suspicious", offset=3)
TESTS = {"t.py::a": "1", "t.py::b": "2"}


def entry(*mutants: CachedMutant, tests: dict[str, str] = TESTS) -> FunctionEntry:
    return FunctionEntry(digest="d", count=len(mutants), tests=tests, mutants=mutants)


def test_unknown_or_changed_functions_rerun_everything() -> None:
    assert decide(None, "d", TESTS) == Decision(rerun=None, why="new")
    counted = FunctionEntry(digest="d", count=3)
    assert decide(counted, "d", TESTS) == Decision(rerun=None, why="new")
    assert decide(entry(KILLED), "other", TESTS) == Decision(rerun=None, why="changed")


def test_nothing_changed_keeps_every_final_verdict() -> None:
    found = decide(entry(KILLED, SURVIVED, TIMEOUT), "d", dict(TESTS))
    assert found == Decision(reused=(KILLED, SURVIVED, TIMEOUT), rerun=())
    assert not found.runs


def test_a_new_covering_test_retests_the_survivors_only() -> None:
    more = {**TESTS, "t.py::c": "3"}
    found = decide(entry(KILLED, SURVIVED, TIMEOUT, NO_TESTS), "d", more)
    assert found == Decision(reused=(KILLED, TIMEOUT), rerun=(2, 4), why="tests added")
    assert found.runs


def test_a_changed_or_removed_covering_test_retests_everything() -> None:
    changed = {**TESTS, "t.py::b": "changed"}
    assert decide(entry(KILLED, SURVIVED), "d", changed) == Decision(
        rerun=None, why="tests changed"
    )
    removed = {"t.py::a": "1"}
    assert decide(entry(KILLED), "d", removed) == Decision(rerun=None, why="tests changed")


def test_a_function_that_lost_all_its_tests_keeps_nothing() -> None:
    assert decide(entry(NO_TESTS, tests={}), "d", {}) == Decision(reused=(NO_TESTS,), rerun=())
    assert decide(entry(NO_TESTS, tests={}), "d", TESTS) == Decision(rerun=None, why="tests added")


def test_unfinished_verdicts_are_retested_by_name() -> None:
    found = decide(entry(KILLED, ODD), "d", TESTS)
    assert found == Decision(reused=(KILLED,), rerun=(5,), why="unfinished")


def test_a_function_without_mutants() -> None:
    assert decide(entry(), "d", TESTS) == Decision(reused=(), rerun=())


def test_known_count() -> None:
    assert known_count(None, "d") is None
    assert known_count(FunctionEntry(digest="d", count=7), "d") == 7
    assert known_count(FunctionEntry(digest="d", count=7), "e") is None

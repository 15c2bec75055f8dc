"""Joining cached and fresh verdicts of one file, and the cache entries that come out."""

from __future__ import annotations

from agenticops.measure.mutation_cache import CachedMutant, FunctionEntry
from agenticops.measure.mutation_join import FileJoin, cached, join_file, mutant_id, number
from agenticops.measure.mutation_keys import SourceFunction
from agenticops.measure.mutation_plan import Decision
from agenticops.measure.mutmut_results import FileMutation
from agenticops.model import MutantResult

PATH = "src/pkg/m.py"
F = SourceFunction(qualname="f", def_line=10, first=11, last=12, digest="df")
G = SourceFunction(qualname="C.g", def_line=20, first=21, last=23, digest="dg")
H = SourceFunction(qualname="h", def_line=30, first=31, last=31, digest="dh")
FUNCTIONS = {"h": H, "C.g": G, "f": F}  # not in file order: the join sorts by def line
TESTS = {"f": {"t::a": "1"}, "C.g": {"t::b": "2"}, "h": {}}


def fresh(function: str, n: int, line: int, status: str = "killed") -> MutantResult:
    mangled = {"f": "x_f", "C.g": "xǁCǁg", "h": "x_h"}[function]
    return MutantResult(
        id=f"pkg.m.{mangled}__mutmut_{n}",
        line=line,
        function=function,
        status=status,  # type: ignore[arg-type]
    )


def test_names() -> None:
    assert mutant_id(PATH, "C.g", 3) == "pkg.m.xǁCǁg__mutmut_3"
    assert number("pkg.m.xǁCǁg__mutmut_3") == 3


def test_cached_and_fresh_verdicts_of_in_scope_functions() -> None:
    decisions = {
        (PATH, "f"): Decision(
            reused=(CachedMutant(n=2, status="killed", offset=1, diff="d"),), rerun=(1,)
        ),
        (PATH, "C.g"): Decision(rerun=None, why="changed"),
    }
    outcome = FileMutation(
        mutants=(
            fresh("f", 1, 11, "survived"),
            fresh("f", 2, 11, "not_checked"),  # not asked for: the cached verdict stands
            fresh("C.g", 1, 22),
            fresh("C.g", 2, 23, "not_checked"),  # asked for but not checked (mutmut stopped)
            fresh("h", 1, 31, "not_checked"),  # out of scope
        ),
        sites=5,
    )
    cache = {f"{PATH}::h": FunctionEntry(digest="old", count=4)}
    joined = join_file(
        PATH,
        functions=FUNCTIONS,
        scope=frozenset({"f", "C.g"}),
        decisions=decisions,
        tests=TESTS,
        fresh=outcome,
        cache=cache,
    )
    assert [(m.id, m.line, m.status) for m in joined.mutants] == [
        ("pkg.m.x_f__mutmut_1", 11, "survived"),
        ("pkg.m.x_f__mutmut_2", 11, "killed"),  # rebased: def line 10 + offset 1
        ("pkg.m.xǁCǁg__mutmut_1", 22, "killed"),
        ("pkg.m.xǁCǁg__mutmut_2", 23, "not_checked"),
    ]
    assert (joined.sites, joined.reused, joined.retested) == (5, 1, 2)
    assert joined.entries[f"{PATH}::f"] == FunctionEntry(
        digest="df",
        count=2,
        tests={"t::a": "1"},
        mutants=(
            CachedMutant(n=1, status="survived", offset=1),
            CachedMutant(n=2, status="killed", offset=1, diff="d"),
        ),
    )
    assert joined.entries[f"{PATH}::C.g"].mutants == (
        CachedMutant(n=1, status="killed", offset=2),
        CachedMutant(n=2, status="not_checked", offset=3),
    )
    # out of scope, and its cached count is stale: only the count is learnt
    assert joined.entries[f"{PATH}::h"] == FunctionEntry(digest="dh", count=1)


def test_out_of_scope_functions_with_a_known_count_are_left_alone() -> None:
    cache = {f"{PATH}::h": FunctionEntry(digest="dh", count=1, mutants=())}
    joined = join_file(
        PATH,
        functions={"h": H},
        scope=frozenset(),
        decisions={},
        tests=TESTS,
        fresh=FileMutation(mutants=(fresh("h", 1, 31, "not_checked"),), sites=1),
        cache=cache,
    )
    assert joined == FileJoin(sites=1)


def test_without_mutmut_sites_come_from_the_cached_counts() -> None:
    cache = {
        f"{PATH}::f": FunctionEntry(
            digest="df", count=1, mutants=(CachedMutant(n=1, status="killed", offset=2),)
        ),
        f"{PATH}::C.g": FunctionEntry(digest="dg", count=4),
        f"{PATH}::h": FunctionEntry(digest="dh", count=0, mutants=()),
    }
    decisions = {(PATH, "f"): Decision(reused=cache[f"{PATH}::f"].mutants or (), rerun=())}
    joined = join_file(
        PATH,
        functions=FUNCTIONS,
        scope=frozenset({"f"}),
        decisions=decisions,
        tests=TESTS,
        fresh=None,
        cache=cache,
    )
    assert [(m.id, m.line) for m in joined.mutants] == [("pkg.m.x_f__mutmut_1", 12)]
    assert (joined.sites, joined.reused, joined.retested) == (5, 1, 0)
    stale = {**cache, f"{PATH}::h": FunctionEntry(digest="other", count=0, mutants=())}
    unknown = join_file(
        PATH,
        functions=FUNCTIONS,
        scope=frozenset({"f"}),
        decisions=decisions,
        tests=TESTS,
        fresh=None,
        cache=stale,
    )
    assert unknown.sites is None


def test_a_number_is_read_after_the_last_suffix() -> None:
    assert number("pkg.m.x_a__mutmut_b__mutmut_12") == 12


def test_a_fresh_verdict_is_cached_with_its_duration() -> None:
    result = MutantResult(
        id="pkg.m.x_f__mutmut_4",
        line=13,
        function="f",
        status="survived",
        diff="- a\n+ b",
        duration=0.25,
    )
    assert cached(F, result) == CachedMutant(
        n=4, status="survived", offset=3, diff="- a\n+ b", duration=0.25
    )


def test_a_function_mutmut_made_no_mutant_of_is_cached_with_a_count_of_0() -> None:
    for decision in (Decision(rerun=None, why="new"), Decision(rerun=(1, 2), why="changed")):
        joined = join_file(
            PATH,
            functions={"f": F},
            scope=frozenset({"f"}),
            decisions={(PATH, "f"): decision},
            tests=TESTS,
            fresh=FileMutation(mutants=(), sites=0),
            cache={},
        )
        assert joined == FileJoin(
            sites=0,
            entries={
                f"{PATH}::f": FunctionEntry(digest="df", count=0, tests={"t::a": "1"}, mutants=())
            },
        )


def test_a_cached_verdict_is_reported_whole_at_its_function_now() -> None:
    kept = CachedMutant(n=3, status="survived", offset=2, diff="- a\n+ b", duration=0.75)
    joined = join_file(
        PATH,
        functions={"C.g": G},
        scope=frozenset({"C.g"}),
        decisions={(PATH, "C.g"): Decision(reused=(kept,), rerun=())},
        tests=TESTS,
        fresh=None,
        cache={f"{PATH}::C.g": FunctionEntry(digest="dg", count=1, mutants=(kept,))},
    )
    assert joined.mutants == (
        MutantResult(
            id="pkg.m.xǁCǁg__mutmut_3",
            line=22,
            function="C.g",
            status="survived",
            diff="- a\n+ b",
            duration=0.75,
        ),
    )

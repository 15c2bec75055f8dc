"""The mutation stage's parts: whether a file needs mutmut, what mutmut is asked for, and each
file's verdicts attached to its metrics."""

from __future__ import annotations

from pathlib import Path

from agenticops.measure.mutation_cache import Cache, FunctionEntry
from agenticops.measure.mutation_join import FileJoin
from agenticops.measure.mutation_keys import SourceFunction
from agenticops.measure.mutation_plan import Decision
from agenticops.measure.mutation_stage.results import _attach
from agenticops.measure.mutation_stage.selection import _names, _needs_run
from agenticops.measure.mutation_state import ProjectState
from agenticops.model import FileMetrics, MutantResult

PATH = "src/pkg/m.py"
F = SourceFunction(qualname="f", def_line=1, first=2, last=2, digest="df")


def state(scope: frozenset[str]) -> ProjectState:
    return ProjectState(functions={PATH: {"f": F}}, tests={PATH: {"f": {}}}, scope={PATH: scope})


def test_a_file_with_every_count_known_and_nothing_to_test_needs_no_run() -> None:
    known = Cache(functions={"src/pkg/m.py::f": FunctionEntry(digest="df", count=3)})
    assert _needs_run(PATH, state(frozenset()), {}, known) is False


def test_a_file_with_an_unknown_or_stale_count_needs_a_run() -> None:
    stale = Cache(functions={"src/pkg/m.py::f": FunctionEntry(digest="old", count=3)})
    assert _needs_run(PATH, state(frozenset()), {}, stale) is True
    assert _needs_run(PATH, state(frozenset()), {}, Cache()) is True


def test_exact_names_for_mutants_to_retest() -> None:
    decisions = {(PATH, "f"): Decision(rerun=(2, 5))}
    assert _names([PATH], state(frozenset({"f"})), decisions) == (
        "pkg.m.x_f__mutmut_2",
        "pkg.m.x_f__mutmut_5",
    )


def test_a_glob_for_a_new_function() -> None:
    decisions = {(PATH, "f"): Decision(rerun=None, why="new")}
    assert _names([PATH], state(frozenset({"f"})), decisions) == ("pkg.m.x_f*",)


def test_a_name_matching_nothing_when_only_counts_are_wanted() -> None:
    decisions = {(PATH, "f"): Decision(rerun=())}
    assert _names([PATH], state(frozenset({"f"})), decisions) == (
        "pkg.m.x__agenticops_count_only__mutmut_0",
    )


def test_attach_reads_the_file_even_when_it_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    source = b"# caf\xe9\nimport functools\n\n\n@functools.cache\ndef f():\n    return 1\n"
    (tmp_path / PATH).write_bytes(source)
    mutant = MutantResult(id="pkg.m.x_f__mutmut_1", line=7, function="f", status="killed")
    file = FileMetrics(path=PATH, coverage=100.0)
    attached = _attach(tmp_path, file, FileJoin(mutants=(mutant,), sites=4))
    assert attached == FileMetrics(
        path=PATH, coverage=100.0, mutants=(mutant,), mutation_sites=4, unmutated=("f",)
    )


def test_attach_leaves_a_file_outside_the_scope_alone(tmp_path: Path) -> None:
    file = FileMetrics(path=PATH, coverage=100.0)
    assert _attach(tmp_path, file, None) is file

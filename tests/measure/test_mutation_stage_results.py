"""_save: what the mutation stage writes to the cache — old entries of functions and files still
there, the new entries, the isolation the verdicts came from — and a note when it cannot."""

from __future__ import annotations

from pathlib import Path

from agenticops.measure.mutation_cache import Cache, FunctionEntry, load_cache
from agenticops.measure.mutation_join import FileJoin
from agenticops.measure.mutation_keys import SourceFunction
from agenticops.measure.mutation_stage.records import _Plan
from agenticops.measure.mutation_stage.results import _save
from agenticops.measure.mutation_state import ProjectState
from agenticops.measure.mutmut_run import MutationOutcome
from agenticops.model import Measurements, MutationRun

PATH = "src/pkg/m.py"
F = SourceFunction(qualname="f", def_line=1, first=2, last=2, digest="new")
OLD = Cache(
    config={"pytest_args": ""},
    isolation="fork",
    functions={
        f"{PATH}::f": FunctionEntry(digest="old", count=1),
        f"{PATH}::gone": FunctionEntry(digest="g", count=2),  # no longer in the file
        "src/pkg/other.py::h": FunctionEntry(digest="h", count=3),  # a file not measured now
        "src/pkg/deleted.py::k": FunctionEntry(digest="k", count=4),  # a file deleted since
    },
)
NEW = FunctionEntry(digest="new", count=5)


def plan(cache: Cache) -> _Plan:
    return _Plan(
        measurements=Measurements(
            tests=None, coverage_total=None, files=(), mutation=MutationRun(ran=True)
        ),
        cache=cache,
        notes=[],
        state=ProjectState(functions={PATH: {"f": F}}, tests={PATH: {"f": {}}}, scope={}),
        decisions={},
        run_paths=[PATH],
        names=(),
    )


def workdir(root: Path) -> Path:
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg" / "other.py").write_text("def h():\n    pass\n")
    return root


def outcome(isolation: str) -> MutationOutcome:
    return MutationOutcome(run=MutationRun(ran=True), isolation=isolation)


def test_the_cache_keeps_what_still_exists_and_learns_the_new_entries(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    joins = {PATH: FileJoin(entries={f"{PATH}::f": NEW})}
    work = workdir(tmp_path / "work")

    notes = _save(cache_dir, work, plan=plan(OLD), joins=joins, outcome=outcome("forkserver"))

    assert notes == []
    assert load_cache(cache_dir) == (
        Cache(
            config={"pytest_args": ""},
            isolation="forkserver",  # what this run's verdicts came from
            functions={
                f"{PATH}::f": NEW,
                "src/pkg/other.py::h": FunctionEntry(digest="h", count=3),
            },
        ),
        "",
    )


def test_without_a_resolved_isolation_the_cached_one_is_kept(tmp_path: Path) -> None:
    work = workdir(tmp_path / "work")
    for name, ran in (("not run", None), ("unresolved", outcome(""))):
        cache_dir = tmp_path / name
        _save(cache_dir, work, plan=plan(OLD), joins={}, outcome=ran)
        assert load_cache(cache_dir)[0].isolation == "fork"


def test_a_cache_that_cannot_be_written_is_a_note(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the directory should be")
    notes = _save(blocker, workdir(tmp_path / "work"), plan=plan(OLD), joins={}, outcome=None)
    assert notes == [f"mutation cache {blocker} not written: File exists"]

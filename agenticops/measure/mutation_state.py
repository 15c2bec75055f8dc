"""The project as the mutation stage sees it now: every in-scope function with its digest and
its covering tests (node id -> test digest, from coverage.py's per-test contexts), the
functions this run tests and reports, and the same test mapping as mutmut's stats."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from agenticops import textfile
from agenticops.measure.mutation_keys import SourceFunction, covering_tests, source_functions
from agenticops.measure.mutation_tests import node_digests
from agenticops.measure.mutmut_names import mangle, mutmut_key
from agenticops.measure.mutmut_seed import Seed
from agenticops.measure.shard import in_shard
from agenticops.model import Measurements


@dataclass(frozen=True, slots=True, kw_only=True)
class ProjectState:
    """Per in-scope file (path relative to the project, with /)."""

    functions: dict[str, dict[str, SourceFunction]]  # path -> qualname -> function
    tests: dict[str, dict[str, dict[str, str]]]  # path -> qualname -> node id -> digest
    scope: dict[str, frozenset[str]]  # path -> the qualnames this run tests and reports


def read_state(
    workdir: Path,
    measurements: Measurements,
    paths: Sequence[str],
    *,
    only: Mapping[str, frozenset[str]] | None,
    shard: tuple[int, int] | None,
) -> ProjectState:
    """What every function of `paths` is now, and which of them are this run's."""
    functions = {p: source_functions(textfile.read(workdir / p, errors="replace")) for p in paths}
    by_line = {f.path: f.tests_by_line for f in measurements.files}
    return ProjectState(
        functions=functions,
        tests=_tests(workdir, functions, by_line),
        scope={p: _scope(p, fns, only, shard) for p, fns in functions.items()},
    )


def _tests(
    workdir: Path,
    functions: Mapping[str, Mapping[str, SourceFunction]],
    by_line: Mapping[str, dict[int, tuple[str, ...]]],
) -> dict[str, dict[str, dict[str, str]]]:
    """path -> qualname -> the node ids of its covering tests -> their digests."""
    covering = {
        p: {q: covering_tests(fn, by_line.get(p, {})) for q, fn in fns.items()}
        for p, fns in functions.items()
    }
    nodes = {n for per_file in covering.values() for found in per_file.values() for n in found}
    digests = node_digests(workdir, sorted(nodes))
    return {
        p: {q: {n: digests[n] for n in sorted(found)} for q, found in per_file.items()}
        for p, per_file in covering.items()
    }


def _scope(
    path: str,
    functions: Mapping[str, SourceFunction],
    only: Mapping[str, frozenset[str]] | None,
    shard: tuple[int, int] | None,
) -> frozenset[str]:
    wanted = functions.keys() if only is None else only.get(path, frozenset())
    return frozenset(q for q in functions if q in wanted and in_shard(path, q, shard))


def mutmut_seed(state: ProjectState, measurements: Measurements, run_paths: Sequence[str]) -> Seed:
    """Coverage's tests of every function of the files mutmut mutates, and every test's
    duration: mutmut's test selection, without its stats run (see mutmut_seed)."""
    tests = {
        mutmut_key(path, mangle(q)): tuple(state.tests[path][q])
        for path in run_paths
        for q in state.functions[path]
    }
    outcomes = measurements.tests.outcomes if measurements.tests is not None else ()
    return Seed(tests=tests, durations={o.nodeid: o.duration for o in outcomes})

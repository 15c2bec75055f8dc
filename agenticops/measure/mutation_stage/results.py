"""Each file's cached and fresh verdicts joined, attached to its metrics, and saved to the
cache."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from agenticops import textfile
from agenticops.measure import mutation_cache as store
from agenticops.measure.mutation_join import FileJoin, join_file
from agenticops.measure.mutation_stage.records import _Plan
from agenticops.measure.mutmut_run import MutationOutcome
from agenticops.measure.mutmut_source import unmutated
from agenticops.model import FileMetrics


def _join(path: str, plan: _Plan, outcome: MutationOutcome | None) -> FileJoin:
    ran = outcome is not None and path in plan.run_paths
    return join_file(
        path,
        functions=plan.state.functions[path],
        scope=plan.state.scope[path],
        decisions=plan.decisions,
        tests=plan.state.tests[path],
        fresh=outcome.files.get(path) if ran and outcome is not None else None,
        cache=plan.cache.functions,
    )


def _attach(workdir: Path, file: FileMetrics, join: FileJoin | None) -> FileMetrics:
    if join is None:  # outside only_functions: not mutated, no sites measured
        return file
    source = textfile.read(workdir / file.path, errors="replace")
    return replace(
        file, mutants=join.mutants, mutation_sites=join.sites, unmutated=unmutated(source)
    )


def _save(
    directory: Path,
    workdir: Path,
    *,
    plan: _Plan,
    joins: Mapping[str, FileJoin],
    outcome: MutationOutcome | None,
) -> list[str]:
    cache = plan.cache
    entries = {k: e for join in joins.values() for k, e in join.entries.items()}
    isolation = outcome.isolation if outcome is not None and outcome.isolation else cache.isolation
    warning = store.update_cache(
        directory,
        cache,
        seen={p: frozenset(fns) for p, fns in plan.state.functions.items()},
        exists=lambda path: (workdir / path).is_file(),
        entries=entries,
        isolation=isolation,
    )
    return [warning] if warning else []


def _keep_finished(
    directory: Path | None, workdir: Path, *, plan: _Plan, outcome: MutationOutcome
) -> list[str]:
    """A stopped run's finished verdicts into the cache, so the next run tests only the rest
    (unfinished mutants are cached as not_checked, which is always re-tested)."""
    if directory is None:
        return []
    joins = _written(plan, outcome)
    tested = sum(j.retested for j in joins.values())
    if not tested:
        return []
    warnings = _save(directory, workdir, plan=plan, joins=joins, outcome=outcome)
    return warnings or [
        f"mutation cache: the {tested} mutant verdict(s) finished before the stop are kept; "
        f"the next run tests the {_unchecked(joins)} left"
    ]


def _written(plan: _Plan, outcome: MutationOutcome) -> dict[str, FileJoin]:
    """The joins of the files whose mutants mutmut had written; the others keep their old
    entries (joined without their mutants, they would be cached as having none)."""
    files = outcome.files
    return {p: _join(p, plan, outcome) for p in plan.run_paths if p in files and files[p].mutants}


def _unchecked(joins: Mapping[str, FileJoin]) -> int:
    return sum(m.status == "not_checked" for j in joins.values() for m in j.mutants)

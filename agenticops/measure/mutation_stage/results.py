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

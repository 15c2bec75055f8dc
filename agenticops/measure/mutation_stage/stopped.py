"""A run without evidence: mutmut failed or was stopped. A stopped run's finished verdicts are
cached all the same, so the next run tests only the rest."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from agenticops.measure.mutation_join import FileJoin
from agenticops.measure.mutation_stage.records import StageOptions, StageResult, _Plan
from agenticops.measure.mutation_stage.results import _join, _save
from agenticops.measure.mutmut_run import MutationOutcome


def _unfinished(
    workdir: Path, options: StageOptions, *, plan: _Plan, outcome: MutationOutcome
) -> StageResult:
    """A run without evidence (mutmut failed, or was stopped); a stopped run's finished
    verdicts are cached all the same."""
    kept = []
    if outcome.stopped:
        kept = _keep_finished(options.cache_dir, workdir, plan=plan, outcome=outcome)
    run = replace(outcome.run, diagnostics=(*plan.notes, *outcome.run.diagnostics, *kept))
    return StageResult(measurements=replace(plan.measurements, mutation=run), names=plan.names)


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

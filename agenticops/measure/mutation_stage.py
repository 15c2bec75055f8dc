"""The mutation stage: cached verdicts where they still hold, mutmut for the rest.

Order: read what every in-scope function is now (mutation_state), the configuration
fingerprint and the cache; decide per function (mutation_plan); run mutmut only when some
mutant needs testing or a file's mutant count is unknown, naming just those mutants (a glob
per new or changed function, exact names for the survivors a new test may kill); then join
cached and fresh verdicts (mutation_join) and write the cache back. When every verdict still
holds, mutmut does not run at all; when it runs, it gets coverage's tests of every function
(mutmut_seed) instead of running the suite once more for its own. Timeouts are said apart.

Scope: `only_functions` (a PR's changed functions) and `shard` (a stable share of the
functions) choose the functions whose mutants are tested and reported; mutation sites stay
per whole file. With `cache_dir=None` (`--no-cache`) the cache is neither read nor written.
When mutmut fails, nothing is cached and the run has no evidence (ran=False), as without a
cache.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from agenticops.config import Config
from agenticops.measure import mutation_cache as store
from agenticops.measure.mutation_join import FileJoin, function_glob, join_file, mutant_id
from agenticops.measure.mutation_plan import Decision, decide, known_count
from agenticops.measure.mutation_state import (
    ProjectState,
    mutmut_seed,
    project_fingerprint,
    read_state,
    report_extra,
)
from agenticops.measure.mutmut_names import mutmut_key
from agenticops.measure.mutmut_run import MutationOutcome, child_env, run_mutation
from agenticops.measure.mutmut_seed import Seed
from agenticops.measure.mutmut_source import unmutated
from agenticops.model import FileMetrics, Measurements, MutationRun

#: mutmut_diagnose's reasons that only say "there was nothing left to test"
NO_MATCH = "no mutant matches the requested mutant names"
NO_MUTANTS = "mutmut produced no mutants"

Decisions = dict[tuple[str, str], Decision]


@dataclass(frozen=True, slots=True, kw_only=True)
class StageOptions:
    """The interpreter and environment of the tests, and what this run covers."""

    python: str
    env: Mapping[str, str]
    timeout: float | None = None
    only_functions: Mapping[str, frozenset[str]] | None = None
    cache_dir: Path | None = None
    shard: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StageResult:
    """The measurements with mutation attached, and how the verdicts were obtained."""

    measurements: Measurements
    reused: int = 0  # verdicts taken from the cache
    retested: int = 0  # mutants mutmut tested in this run
    names: tuple[str, ...] = ()  # what mutmut was asked for; () when it did not run


class _Plan(NamedTuple):
    """What the stage found before running anything."""

    measurements: Measurements  # with the report's extra set
    cache: store.Cache
    notes: list[str]
    state: ProjectState
    decisions: Decisions
    run_paths: list[str]  # the files mutmut must mutate
    names: tuple[str, ...]  # what to ask mutmut for; () when it need not run


def run_stage(
    workdir: Path, config: Config, options: StageOptions, measurements: Measurements
) -> StageResult:
    """Mutation for measurements.files (those in only_functions, when given)."""
    started = time.monotonic()
    only = options.only_functions
    paths = [f.path for f in measurements.files if only is None or f.path in only]
    if not paths:
        run = MutationRun(ran=False, reason="no source files to mutate")
        return StageResult(measurements=replace(measurements, mutation=run))
    plan = _plan(workdir, config, options, measurements, paths)
    outcome = None
    if plan.names:
        seed = mutmut_seed(plan.state, measurements, plan.run_paths)
        outcome = _run(workdir, config, options, plan=plan, seed=seed)
        if not _finished(outcome, plan.run_paths):
            run = replace(outcome.run, diagnostics=(*plan.notes, *outcome.run.diagnostics))
            failed = replace(plan.measurements, mutation=run)
            return StageResult(measurements=failed, names=plan.names)
    return _finish(workdir, config, options, plan=plan, outcome=outcome, started=started)


def _plan(
    workdir: Path,
    config: Config,
    options: StageOptions,
    measurements: Measurements,
    paths: list[str],
) -> _Plan:
    env = child_env(options.env)
    parts = project_fingerprint(workdir, config, measurements, python=options.python, env=env)
    extra = report_extra(workdir, config, options.shard, parts)
    cache, warning = store.open_cache(options.cache_dir, parts)
    only = options.only_functions
    state = read_state(workdir, measurements, paths, only=only, shard=options.shard)
    decisions = _decide(state, cache)
    run_paths = [p for p in paths if _needs_run(p, state, decisions, cache)]
    return _Plan(
        measurements=replace(measurements, extra=extra),
        cache=cache,
        notes=[warning] if warning else [],
        state=state,
        decisions=decisions,
        run_paths=run_paths,
        names=_names(run_paths, state, decisions) if run_paths else (),
    )


def _finish(
    workdir: Path,
    config: Config,
    options: StageOptions,
    *,
    plan: _Plan,
    outcome: MutationOutcome | None,
    started: float,
) -> StageResult:
    """Join cached and fresh verdicts, attach them, write the cache back."""
    joins = {p: _join(p, plan, outcome) for p in plan.state.functions}
    files = tuple(_attach(workdir, f, joins.get(f.path)) for f in plan.measurements.files)
    reused = sum(j.reused for j in joins.values())
    retested = sum(j.retested for j in joins.values())
    notes = list(plan.notes)
    if options.cache_dir is not None:
        notes.append(_summary(reused, retested, ran=outcome is not None))
        notes.extend(_save(options.cache_dir, workdir, plan=plan, joins=joins, outcome=outcome))
    notes.extend(_timeouts(files, config))
    diagnostics = (*notes, *(outcome.run.diagnostics if outcome is not None else ()))
    run = MutationRun(ran=True, duration=time.monotonic() - started, diagnostics=diagnostics)
    return StageResult(
        measurements=replace(plan.measurements, files=files, mutation=run),
        reused=reused,
        retested=retested,
        names=plan.names,
    )


def _decide(state: ProjectState, cache: store.Cache) -> Decisions:
    return {
        (p, q): decide(
            cache.functions.get(store.key(p, q)),
            state.functions[p][q].digest,
            state.tests[p][q],
        )
        for p, qualnames in state.scope.items()
        for q in qualnames
    }


def _needs_run(path: str, state: ProjectState, decisions: Decisions, cache: store.Cache) -> bool:
    """Some in-scope mutant of the file needs testing, or its mutant count is unknown."""
    if any(decisions[(path, q)].runs for q in state.scope[path]):
        return True
    return any(
        known_count(cache.functions.get(store.key(path, q)), fn.digest) is None
        for q, fn in state.functions[path].items()
    )


def _names(run_paths: list[str], state: ProjectState, decisions: Decisions) -> tuple[str, ...]:
    """What to ask mutmut for: a glob per new or changed function, exact names otherwise; a
    name matching nothing when only mutant counts are wanted (mutmut then stops after making
    the mutants, and says so)."""
    names: list[str] = []
    for path in run_paths:
        for q in sorted(state.scope[path]):
            rerun = decisions[(path, q)].rerun
            if rerun is None:
                names.append(function_glob(path, q, state.functions[path]))
            else:
                names.extend(mutant_id(path, q, n) for n in rerun)
    if not names:
        names.append(f"{mutmut_key(run_paths[0], 'x_')}_agenticops_count_only__mutmut_0")
    return tuple(names)


def _run(
    workdir: Path, config: Config, options: StageOptions, *, plan: _Plan, seed: Seed
) -> MutationOutcome:
    return run_mutation(
        workdir,
        with_known_isolation(config, plan.cache),
        python=options.python,
        env=options.env,
        files=plan.run_paths,
        timeout=options.timeout,
        names=plan.names,
        seed=seed,
    )


def with_known_isolation(config: Config, cache: store.Cache) -> Config:
    """isolation "auto" found last time that fork fails this suite's clean run: go straight
    to forkserver instead of failing with fork first again."""
    settings = config.mutation
    if settings.isolation == "auto" and cache.isolation == "forkserver":
        return replace(config, mutation=replace(settings, isolation="forkserver"))
    return config


def _finished(outcome: MutationOutcome, run_paths: list[str]) -> bool:
    """mutmut ran, or stopped only because nothing it was asked for was left to test."""
    reason = outcome.run.reason
    if outcome.run.ran:
        return True
    benign = reason == NO_MATCH or reason.startswith(NO_MUTANTS)
    return benign and all(p in outcome.files for p in run_paths)


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
    source = (workdir / file.path).read_text(encoding="utf-8", errors="replace")
    return replace(
        file, mutants=join.mutants, mutation_sites=join.sites, unmutated=unmutated(source)
    )


def _timeouts(files: tuple[FileMetrics, ...], config: Config) -> list[str]:
    """Timeouts, said apart: they count as detected, but each cost its whole time limit."""
    count = sum(1 for f in files for m in f.mutants if m.status == "timeout")
    if not count:
        return []
    settings = config.mutation
    return [
        f"{count} mutant(s) timed out, stopped at (their tests' duration + "
        f"{settings.timeout_floor:g} s) x {settings.timeout_factor:g}; counted as detected"
    ]


def _summary(reused: int, retested: int, *, ran: bool) -> str:
    if not ran:
        return f"mutation cache: all {reused} verdicts reused; mutmut not run"
    return f"mutation cache: {reused} verdicts reused, {retested} mutants re-tested"


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

"""The stage's plan: the fingerprint, the cache and the project's state read, decisions made."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from agenticops.config import Config
from agenticops.measure import mutation_cache as store
from agenticops.measure.mutation_provenance import project_fingerprint, report_extra
from agenticops.measure.mutation_stage.records import StageOptions, _Plan
from agenticops.measure.mutation_stage.selection import _decide, _names, _needs_run
from agenticops.measure.mutation_state import read_state
from agenticops.measure.mutmut_run import child_env
from agenticops.model import Measurements


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

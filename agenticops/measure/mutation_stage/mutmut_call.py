"""mutmut run for the plan's names (with the isolation that worked last time), and whether
it finished."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from agenticops.config import Config
from agenticops.measure import mutation_cache as store
from agenticops.measure.mutation_stage.records import StageOptions, _Plan
from agenticops.measure.mutmut_run import MutationOutcome, run_mutation
from agenticops.measure.mutmut_seed import Seed

#: mutmut_diagnose's reasons that only say "there was nothing left to test"
NO_MATCH = "no mutant matches the requested mutant names"
NO_MUTANTS = "mutmut produced no mutants"


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

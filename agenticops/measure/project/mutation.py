"""The slow stage of a measurement: mutation, on top of the fast stages, only when the tests
passed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from agenticops.config import Config
from agenticops.measure.mutation_stage import StageOptions, run_stage
from agenticops.measure.project.options import MeasureOptions, StageCallback
from agenticops.model import Measurements, MutationRun

#: the note of a run that made the mutants but tested none (the mutation_score gate is off)
COUNT_ONLY = "mutants counted per file, none tested: the mutation_score gate is off"


def tests_passed(measurements: Measurements) -> bool:
    """Whether the suite ran, ran something, and nothing failed or hung."""
    run = measurements.tests
    return run is not None and run.ran > 0 and not run.failed and not run.timed_out


def measure_mutation(
    workdir: Path,
    config: Config,
    options: MeasureOptions,
    measurements: Measurements,
    on_stage: StageCallback,
) -> Measurements:
    """The slow stage, on top of measure_tests; refused (not run) when the tests failed."""
    if not tests_passed(measurements):
        reason = "not run: the tests did not pass"
        return replace(measurements, mutation=MutationRun(ran=False, reason=reason))
    on_stage("mutation")
    only = options.only_functions
    if not options.test_mutants:  # every file's mutants made and counted, none in scope
        only = {f.path: frozenset() for f in measurements.files if only is None or f.path in only}
    stage = StageOptions(
        python=options.python,
        env=options.env,
        timeout=options.mutation_timeout,
        only_functions=only,
        cache_dir=options.cache_dir,
        shard=options.shard,
    )
    measured = run_stage(workdir, config, stage, measurements).measurements
    run = measured.mutation
    if options.test_mutants or not run.ran:
        return measured
    return replace(measured, mutation=replace(run, diagnostics=(*run.diagnostics, COUNT_ONLY)))

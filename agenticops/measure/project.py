"""Measure one project copy: tests under coverage, complexity, CRAP, then mutation: numbers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from agenticops.config import Config
from agenticops.environment import import_roots, with_pythonpath
from agenticops.measure.functions import build_files
from agenticops.measure.mutation_stage import StageOptions, run_stage
from agenticops.measure.radon_cc import measure_complexity, source_files
from agenticops.measure.tests_cov import run_tests
from agenticops.model import Measurements, MutationRun

StageCallback = Callable[[str], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class MeasureOptions:
    """How to measure: the interpreter, the environment, and whether mutation is wanted."""

    python: str
    env: Mapping[str, str]
    mutation: bool = True
    mutation_timeout: float | None = None
    #: PR scope: mutate only these functions (file -> qualified names); None = every function
    only_functions: Mapping[str, frozenset[str]] | None = None
    #: where mutant verdicts are cached between runs (project/.agenticops/cache); None = no cache
    cache_dir: Path | None = None
    #: (K, N): run only shard K of N of the mutants; None = all
    shard: tuple[int, int] | None = None


def measure_project(
    workdir: Path, config: Config, options: MeasureOptions, on_stage: StageCallback
) -> Measurements:
    """Every stage in order; mutation only when wanted and the tests pass."""
    measurements = measure_tests(workdir, config, options, on_stage)
    if not options.mutation:
        return measurements
    return measure_mutation(workdir, config, options, measurements, on_stage)


def measure_tests(
    workdir: Path, config: Config, options: MeasureOptions, on_stage: StageCallback
) -> Measurements:
    """The fast stages: the suite under coverage, complexity and CRAP; mutation not yet run."""
    files = source_files(workdir, config.source)
    on_stage("tests")
    test_env = with_pythonpath(options.env, import_roots(workdir, config.source))
    measured = run_tests(
        workdir, config, python=options.python, env=test_env, timeout=config.test_timeout
    )
    on_stage("complexity")
    return Measurements(
        tests=measured.run,
        coverage_total=measured.coverage.total if measured.coverage else None,
        files=build_files(measured.coverage, measure_complexity(workdir, files)),
        mutation=MutationRun(ran=False, reason="switched off"),
    )


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
    stage = StageOptions(
        python=options.python,
        env=options.env,
        timeout=options.mutation_timeout,
        only_functions=options.only_functions,
        cache_dir=options.cache_dir,
        shard=options.shard,
    )
    return run_stage(workdir, config, stage, measurements).measurements

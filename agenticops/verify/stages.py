"""After the import, in order: tests, quality, mutation, stopping at the first failure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from agenticops.config import Config
from agenticops.gates import judge
from agenticops.measure.project import MeasureOptions, measure_tests
from agenticops.verify.mutation import mutation_verification
from agenticops.verify.quick_stages import quality_stage, tests_stage
from agenticops.verify.records import Checks, StageResult, Verification
from agenticops.verify.report import verification_report


def measure_stages(
    work: Path,
    config: Config,
    checks: Checks,
    options: MeasureOptions,
    on_stage: Callable[[str], None],
    done: tuple[StageResult, ...],
) -> Verification:
    """Measure the tests once with mutation off; judge tests, then quality, then mutation."""
    quick = replace(config.thresholds, mutation_score=None, mutation_sites=None)
    measured = measure_tests(work, config, options, on_stage)
    gates = judge(measured, quick)
    tests = tests_stage(measured, gates[0], checks, work)
    if not tests.passed:
        return Verification(
            stages=(*done, tests), report=verification_report(measured, gates, config)
        )
    quality = quality_stage(measured, gates, config)
    if not quality.passed:
        return Verification(
            stages=(*done, tests, quality), report=verification_report(measured, gates, config)
        )
    return mutation_verification(
        work, config, options, on_stage, measured, gates, (*done, tests, quality)
    )

"""Measure one project copy: tests under coverage, complexity, CRAP, then mutation: numbers."""

from __future__ import annotations

from pathlib import Path

from agenticops.config import Config
from agenticops.measure.project.mutation import measure_mutation, tests_passed
from agenticops.measure.project.options import MeasureOptions, StageCallback
from agenticops.measure.project.suite import measure_tests
from agenticops.model import Measurements

__all__ = [
    "MeasureOptions",
    "StageCallback",
    "measure_mutation",
    "measure_project",
    "measure_tests",
    "tests_passed",
]


def measure_project(
    workdir: Path, config: Config, options: MeasureOptions, on_stage: StageCallback
) -> Measurements:
    """Every stage in order; mutation only when wanted and the tests pass."""
    measurements = measure_tests(workdir, config, options, on_stage)
    if not options.mutation:
        return measurements
    return measure_mutation(workdir, config, options, measurements, on_stage)

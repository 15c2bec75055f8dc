"""The fast stages of a measurement: the suite under coverage, complexity and CRAP."""

from __future__ import annotations

from pathlib import Path

from agenticops.config import Config
from agenticops.environment import import_roots, with_pythonpath
from agenticops.measure.functions import build_files
from agenticops.measure.project.options import MeasureOptions, StageCallback
from agenticops.measure.radon_cc import measure_complexity, source_files
from agenticops.measure.tests_cov import run_tests
from agenticops.model import Measurements, MutationRun


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

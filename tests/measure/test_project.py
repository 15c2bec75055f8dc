"""measure_project: the fast stages, then mutation on their numbers only when it is wanted
(both stages replaced by recorders; the real ones are tested on their own)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from agenticops.config import Config
from agenticops.measure import project
from agenticops.measure.mutation_stage import StageOptions
from agenticops.measure.mutation_stage.records import StageResult
from agenticops.measure.project import MeasureOptions, StageCallback, measure_project
from agenticops.measure.project import mutation as stage_module
from agenticops.model import Measurements, MutationRun, TestOutcome, TestRun
from tests.mutation_project import config

SUITE = Measurements(
    tests=TestRun(outcomes=(TestOutcome(nodeid="t.py::test", status="passed"),), exit_code=0),
    coverage_total=100.0,
    files=(),
    mutation=MutationRun(ran=False),
)
MUTATED = MutationRun(ran=True, diagnostics=("mutated",))


class Recorder:
    """Both stages: the suite's numbers are SUITE; mutation adds MUTATED; every call kept."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def tests(
        self, workdir: Path, config: Config, options: MeasureOptions, on_stage: StageCallback
    ) -> Measurements:
        on_stage("tests")
        self.calls.append(("tests", workdir, config, options))
        return SUITE

    def stage(
        self, workdir: Path, config: Config, stage: StageOptions, measurements: Measurements
    ) -> StageResult:
        self.calls.append(("mutation", workdir, config, stage, measurements))
        return StageResult(measurements=replace(measurements, mutation=MUTATED))


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    stages = Recorder()
    monkeypatch.setattr(project, "measure_tests", stages.tests)
    monkeypatch.setattr(stage_module, "run_stage", stages.stage)
    return stages


def test_mutation_runs_on_the_suites_numbers(tmp_path: Path, recorder: Recorder) -> None:
    cfg = config(tmp_path)
    options = MeasureOptions(python="py", env={"K": "V"}, mutation_timeout=5.0, shard=(1, 2))
    told: list[str] = []
    result = measure_project(tmp_path, cfg, options, told.append)
    assert result == replace(SUITE, mutation=MUTATED)
    assert told == ["tests", "mutation"]
    stage = StageOptions(python="py", env={"K": "V"}, timeout=5.0, shard=(1, 2))
    assert recorder.calls == [
        ("tests", tmp_path, cfg, options),
        ("mutation", tmp_path, cfg, stage, SUITE),
    ]


def test_without_mutation_only_the_suite_runs(tmp_path: Path, recorder: Recorder) -> None:
    cfg = config(tmp_path)
    options = MeasureOptions(python="py", env={}, mutation=False)
    told: list[str] = []
    assert measure_project(tmp_path, cfg, options, told.append) == SUITE
    assert told == ["tests"]
    assert recorder.calls == [("tests", tmp_path, cfg, options)]

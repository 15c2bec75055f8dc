"""The mutation stage as measure_project runs it: what the stage is asked for, and the note of
a run that only counted mutants (the stage itself replaced by a recorder)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from agenticops.config import Config
from agenticops.measure.mutation_stage import StageOptions
from agenticops.measure.mutation_stage.records import StageResult
from agenticops.measure.project import MeasureOptions, measure_mutation
from agenticops.measure.project import mutation as stage_module
from agenticops.measure.project.mutation import COUNT_ONLY
from agenticops.model import FileMetrics, Measurements, MutationRun, TestOutcome, TestRun
from tests.mutation_project import config

PASSED = Measurements(
    tests=TestRun(outcomes=(TestOutcome(nodeid="t.py::test", status="passed"),), exit_code=0),
    coverage_total=100.0,
    files=(
        FileMetrics(path="pkg/a.py", coverage=100.0),
        FileMetrics(path="pkg/b.py", coverage=None),
    ),
    mutation=MutationRun(ran=False),
)


class Stage:
    """run_stage: what it was asked, and a run that ran (or not) with one diagnostic."""

    def __init__(self, ran: bool = True) -> None:
        self.ran = ran
        self.asked: list[StageOptions] = []

    def __call__(
        self, workdir: Path, config: Config, stage: StageOptions, measurements: Measurements
    ) -> StageResult:
        self.asked.append(stage)
        run = MutationRun(ran=self.ran, diagnostics=("d",))
        return StageResult(measurements=replace(measurements, mutation=run))


def measure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: MeasureOptions, ran: bool = True
) -> tuple[Measurements, list[str], list[StageOptions]]:
    stage = Stage(ran)
    monkeypatch.setattr(stage_module, "run_stage", stage)
    stages: list[str] = []
    result = measure_mutation(tmp_path, config(tmp_path), options, PASSED, stages.append)
    return result, stages, stage.asked


def test_the_stage_gets_every_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    options = MeasureOptions(
        python="py",
        env={"K": "V"},
        mutation_timeout=5.0,
        only_functions={"pkg/a.py": frozenset({"f"})},
        cache_dir=tmp_path / "cache",
        shard=(1, 3),
    )
    result, stages, asked = measure(tmp_path, monkeypatch, options)
    assert stages == ["mutation"]
    assert asked == [
        StageOptions(
            python="py",
            env={"K": "V"},
            timeout=5.0,
            only_functions={"pkg/a.py": frozenset({"f"})},
            cache_dir=tmp_path / "cache",
            shard=(1, 3),
        )
    ]
    assert result.mutation == MutationRun(ran=True, diagnostics=("d",))


def test_counting_only_puts_the_files_in_scope_with_no_function(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = MeasureOptions(
        python="py", env={}, test_mutants=False, only_functions={"pkg/a.py": frozenset({"f"})}
    )
    result, _, asked = measure(tmp_path, monkeypatch, options)
    assert [a.only_functions for a in asked] == [{"pkg/a.py": frozenset()}]
    assert result.mutation == MutationRun(ran=True, diagnostics=("d", COUNT_ONLY))
    options = MeasureOptions(python="py", env={}, test_mutants=False)
    _, _, asked = measure(tmp_path, monkeypatch, options)
    assert [a.only_functions for a in asked] == [{"pkg/a.py": frozenset(), "pkg/b.py": frozenset()}]


def test_a_count_that_did_not_run_has_no_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = MeasureOptions(python="py", env={}, test_mutants=False)
    result, _, _ = measure(tmp_path, monkeypatch, options, ran=False)
    assert result.mutation == MutationRun(ran=False, diagnostics=("d",))


def test_a_suite_that_skipped_every_test_is_not_mutated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage = Stage()
    monkeypatch.setattr(stage_module, "run_stage", stage)
    skipped = TestRun(outcomes=(TestOutcome(nodeid="t.py::test", status="skipped"),), exit_code=0)
    options = MeasureOptions(python="py", env={})
    stages: list[str] = []
    result = measure_mutation(
        tmp_path, config(tmp_path), options, replace(PASSED, tests=skipped), stages.append
    )
    assert result.mutation == MutationRun(ran=False, reason="not run: the tests did not pass")
    assert (stages, stage.asked) == ([], [])

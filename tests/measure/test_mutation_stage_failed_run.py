"""The mutation stage when mutmut fails (mutmut replaced by a recorder): what mutmut was asked
for, with coverage's tests as its seed, and the failed run reported with the plan's notes."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from agenticops.config import Config
from agenticops.measure import mutation_provenance
from agenticops.measure.mutation_cache import CACHE_FILE, load_cache
from agenticops.measure.mutation_stage import StageOptions, mutmut_call, run_stage
from agenticops.measure.mutmut_run import MutationOutcome
from agenticops.measure.mutmut_seed import Seed
from agenticops.model import FileMetrics, Measurements, MutationRun, TestOutcome, TestRun
from tests.mutation_project import FILES, config, write

TEST_ADD = "tests/test_calc.py::test_add"
MEASURED = Measurements(
    tests=TestRun(
        outcomes=(TestOutcome(nodeid=TEST_ADD, status="passed", duration=0.25),), exit_code=0
    ),
    coverage_total=100.0,
    files=(FileMetrics(path="pkg/calc.py", coverage=100.0, tests_by_line={7: (TEST_ADD,)}),),
    mutation=MutationRun(ran=False),
)
FAILED = MutationRun(ran=False, reason="the tests fail inside mutants/", diagnostics=("late",))


class Mutmut:
    """run_mutation: what it was asked, and a run that failed."""

    def __init__(self) -> None:
        self.asked: list[dict[str, Any]] = []

    def __call__(
        self,
        workdir: Path,
        config: Config,
        *,
        python: str,
        env: Mapping[str, str],
        files: Sequence[str],
        timeout: float | None = None,
        names: Sequence[str] = (),
        seed: Seed | None = None,
    ) -> MutationOutcome:
        self.asked.append({"files": list(files), "names": tuple(names), "seed": seed})
        return MutationOutcome(run=FAILED)


def _tool_versions(python: str, *, env: Mapping[str, str], cwd: Path) -> dict[str, str]:
    return {"python": "3.11.0"}


def test_a_failed_mutmut_run_is_the_stages_run_with_the_plans_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mutmut = Mutmut()
    monkeypatch.setattr(mutation_provenance, "tool_versions", _tool_versions)
    monkeypatch.setattr(mutmut_call, "run_mutation", mutmut)
    work = write(tmp_path / "work", FILES)
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / CACHE_FILE).write_text("{", encoding="utf-8")
    options = StageOptions(python=sys.executable, env={}, cache_dir=cache_dir)

    result = run_stage(work, config(work), options, MEASURED)

    [asked] = mutmut.asked
    assert asked["files"] == ["pkg/calc.py"]
    assert asked["names"] == (
        "pkg.calc.xǁBoxǁbig*",
        "pkg.calc.xǁBoxǁsize*",
        "pkg.calc.x_add*",
        "pkg.calc.x_sign*",
    )
    assert asked["seed"] == Seed(
        tests={
            "pkg.calc.x_add": (TEST_ADD,),
            "pkg.calc.x_sign": (),
            "pkg.calc.xǁBoxǁsize": (),
            "pkg.calc.xǁBoxǁbig": (),
        },
        durations={TEST_ADD: 0.25},
    )
    assert result.names == asked["names"]
    warning = load_cache(cache_dir)[1]
    assert result.measurements.mutation == MutationRun(
        ran=False, reason="the tests fail inside mutants/", diagnostics=(warning, "late")
    )
    assert result.measurements.files == MEASURED.files

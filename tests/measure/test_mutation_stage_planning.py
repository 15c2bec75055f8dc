"""The mutation stage's plan: fingerprinted in the tests' environment, the cache warning kept."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from agenticops.measure import mutation_provenance
from agenticops.measure.mutation_cache import CACHE_FILE, load_cache
from agenticops.measure.mutation_stage.planning import _plan
from agenticops.measure.mutation_stage.records import StageOptions
from agenticops.model import FileMetrics, Measurements, MutationRun
from tests.mutation_project import FILES, config, write

MEASURED = Measurements(
    tests=None,
    coverage_total=None,
    files=(FileMetrics(path="pkg/calc.py", coverage=100.0),),
    mutation=MutationRun(ran=False),
)


def test_the_plan_asks_for_tool_versions_in_the_tests_env_and_keeps_the_cache_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Mapping[str, str]] = []

    def tool_versions(python: str, *, env: Mapping[str, str], cwd: Path) -> dict[str, str]:
        asked.append(env)
        return {"python": "3.11.0"}

    monkeypatch.setattr(mutation_provenance, "tool_versions", tool_versions)
    work = write(tmp_path / "work", FILES)
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / CACHE_FILE).write_text("{", encoding="utf-8")
    env = {"PATH": "/usr/bin", "MUTMUT_FORCE_FAIL": "1"}
    options = StageOptions(python=sys.executable, env=env, cache_dir=cache_dir)

    plan = _plan(work, config(work), options, MEASURED, ["pkg/calc.py"])

    assert asked == [{"PATH": "/usr/bin", "COLUMNS": "200"}]
    warning = load_cache(cache_dir)[1]
    assert warning.startswith(f"mutation cache {cache_dir / CACHE_FILE} discarded (not valid JSON")
    assert plan.notes == [warning]

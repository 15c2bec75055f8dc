"""A tiny real project for the mutation-cache, shard and merge tests: measured for real (pytest
under coverage.py, then mutmut 3.8.1), each run in a fresh copy, as `agenticops gate` does."""

from __future__ import annotations

import dataclasses
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from agenticops.config import Config, MutationSettings
from agenticops.environment import clean_env
from agenticops.measure.mutation_stage import StageOptions, StageResult, run_stage
from agenticops.measure.project import MeasureOptions, measure_tests
from agenticops.model import Measurements, Thresholds

PYPROJECT = """\
[project]
name = "calc"
version = "0"

[tool.pytest.ini_options]
# none of the heavy plugins installed beside pytest is needed; each costs a second per session
addopts = "-p no:hypothesispytest -p no:pytest-bdd -p no:anyio"
"""

#: line numbers matter: the tests pin them
CALC = '''\
"""Small helpers."""

LIMIT = 10


def add(a, b):
    return a + b


def sign(x):
    if x > 0:
        return 1
    return 0


class Box:
    def size(self, n):
        return n * 2

    def big(self, n):
        return n > LIMIT
'''

TESTS = """\
from pkg.calc import Box, add, sign


def test_add():
    assert add(2, 3) == 5


def test_sign():
    assert sign(5) == 1


def test_box():
    assert Box().size(2) == 4
    assert Box().big(11)
    assert not Box().big(10)
"""

FILES = {
    "pyproject.toml": PYPROJECT,
    "pkg/__init__.py": "",
    "pkg/calc.py": CALC,
    "tests/test_calc.py": TESTS,
}

THRESHOLDS = Thresholds(
    coverage=50.0, complexity=10, crap=30.0, mutation_score=50.0, mutation_sites=100
)


def write(root: Path, files: Mapping[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def config(root: Path, **mutation: object) -> Config:
    settings = dataclasses.replace(
        MutationSettings(max_children=2, isolation="auto"),
        **mutation,  # type: ignore[arg-type]
    )
    return Config(
        root=root,
        pyproject=root / "pyproject.toml",
        source=("pkg",),
        tests=("tests",),
        profile="default",
        agent=None,
        thresholds=THRESHOLDS,
        mutation=settings,
    )


def fresh(project: Path, work: Path) -> Path:
    """work: a fresh copy of project (as the gate's temporary copy)."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(project, work)
    return work


def suite_of(project: Path, work: Path) -> Measurements:
    """The project's suite under coverage (the stage before mutation), in a fresh copy."""
    work = fresh(project, work)
    options = MeasureOptions(python=sys.executable, env=clean_env())
    return measure_tests(work, config(work), options, lambda _: None)


def mutate(
    project: Path,
    work: Path,
    measured: Measurements,
    *,
    cache: Path | None,
    shard: tuple[int, int] | None = None,
    only: Mapping[str, frozenset[str]] | None = None,
    timeout: float | None = None,
    **mutation: object,
) -> StageResult:
    """The mutation stage on a fresh copy of project, on top of measured."""
    work = fresh(project, work)
    options = StageOptions(
        python=sys.executable,
        env=clean_env(),
        timeout=timeout,
        cache_dir=cache,
        shard=shard,
        only_functions=only,
    )
    return run_stage(work, config(work, **mutation), options, measured)


def statuses(result: StageResult) -> dict[str, str]:
    return {m.id: m.status for f in result.measurements.files for m in f.mutants}

"""measure_tests: the suite run once under coverage within the configured time limit, then the
complexity of the source; mutation left switched off for a later stage.

The suite is not run: run_tests (a pytest subprocess) is replaced by one that records its
arguments and answers a suite stopped at its time limit, with no coverage data."""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from agenticops.config import Config
from agenticops.measure import tests_cov
from agenticops.measure.project import MeasureOptions, suite
from agenticops.model import FunctionMetrics, MutationRun, TestOutcome, TestRun
from tests.mutation_project import FILES, config, write

HUNG = TestRun(
    outcomes=(TestOutcome(nodeid="tests/test_calc.py::test_add", status="error"),),
    exit_code=-9,
    timed_out=True,
)


def test_a_suite_stopped_at_the_time_limit_has_no_coverage_and_fails_closed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    work = write(tmp_path / "work", {"pkg/__init__.py": "", "pkg/calc.py": FILES["pkg/calc.py"]})
    cfg = dataclasses.replace(config(work), test_timeout=12.5)
    calls: list[tuple[Path, Config, str, Mapping[str, str], float]] = []

    def run_tests(
        workdir: Path, config: Config, *, python: str, env: Mapping[str, str], timeout: float
    ) -> tests_cov.TestsCoverage:
        calls.append((workdir, config, python, env, timeout))
        return tests_cov.TestsCoverage(run=HUNG, coverage=None, diagnostics=("tests timed out",))

    monkeypatch.setattr(suite, "run_tests", run_tests)
    stages: list[str] = []
    options = MeasureOptions(python=sys.executable, env={"PYTHONPATH": "/elsewhere"})

    measured = suite.measure_tests(work, cfg, options, stages.append)

    assert stages == ["tests", "complexity"]
    env = {
        "PYTHONPATH": f"{work}{os.pathsep}/elsewhere"
    }  # the copy's source shadows an installed one
    assert calls == [(work, cfg, sys.executable, env, 12.5)]
    assert measured.tests is HUNG
    assert measured.coverage_total is None
    calc = next(f for f in measured.files if f.path == "pkg/calc.py")
    assert calc.coverage is None
    assert calc.functions[0] == FunctionMetrics(
        name="add", line=6, end_line=7, complexity=1, coverage=0.0, crap=2.0
    )
    assert measured.mutation == MutationRun(ran=False, reason="switched off")

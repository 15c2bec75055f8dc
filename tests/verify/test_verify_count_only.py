"""verify() with the mutation_score gate off: the mutation stage makes the mutants and counts
them for mutation_sites, tests none — run for real on the tiny project."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from agenticops.environment import clean_env
from agenticops.measure.project import MeasureOptions
from agenticops.measure.project.mutation import COUNT_ONLY
from agenticops.verify import Checks, verify
from tests.mutation_project import FILES, config, write

CHECKS = Checks(
    module="pkg.calc", required_tests=("tests/test_calc.py",), operative=lambda _work: ()
)


def test_with_the_score_gate_off_the_mutants_are_counted_not_tested(tmp_path: Path) -> None:
    workspace = write(tmp_path / "ws", FILES)
    judged = config(workspace)
    counted = dataclasses.replace(
        judged, thresholds=dataclasses.replace(judged.thresholds, mutation_score=None)
    )
    options = MeasureOptions(python=sys.executable, env=clean_env(), cache_dir=tmp_path / "c")
    result = verify(workspace, counted, CHECKS, options, lambda _: None)
    assert result.stages[-1].name == "mutation"
    assert result.stages[-1].passed
    assert result.report is not None
    files = {f.path: (f.mutation_sites, f.mutants) for f in result.report.measurements.files}
    assert files == {"pkg/__init__.py": (0, ()), "pkg/calc.py": (8, ())}
    mutation = result.report.measurements.mutation
    assert mutation is not None
    assert mutation.diagnostics[-1] == COUNT_ONLY

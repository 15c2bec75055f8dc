"""With the mutation_score gate off, the mutation stage makes the mutants and counts them per
file (the mutation_sites gate) without testing any: measured for real on the tiny project."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from agenticops.environment import clean_env
from agenticops.gate.options import GateOptions, measure_options
from agenticops.measure.project import MeasureOptions, measure_mutation
from agenticops.measure.project.mutation import COUNT_ONLY
from tests.mutation_project import FILES, config, fresh, suite_of, write


def test_sites_are_counted_and_no_mutant_is_tested(tmp_path: Path) -> None:
    project = write(tmp_path / "project", FILES)
    measured = suite_of(project, tmp_path / "work")
    work = fresh(project, tmp_path / "work")
    options = MeasureOptions(python=sys.executable, env=clean_env(), test_mutants=False)
    result = measure_mutation(work, config(work), options, measured, lambda _: None)
    files = {f.path: (f.mutation_sites, f.mutants) for f in result.files}
    assert files == {"pkg/__init__.py": (0, ()), "pkg/calc.py": (8, ())}
    assert result.mutation is not None
    assert result.mutation.ran
    assert result.mutation.diagnostics[-1] == COUNT_ONLY
    assert not (work / ".agenticops").exists()  # no cache was asked for


def test_a_count_that_could_not_run_carries_no_count_only_note(tmp_path: Path) -> None:
    project = write(tmp_path / "project", FILES)
    measured = suite_of(project, tmp_path / "work")
    work = fresh(project, tmp_path / "work")
    options = MeasureOptions(
        python=sys.executable, env=clean_env(), test_mutants=False, mutation_timeout=0.01
    )
    result = measure_mutation(work, config(work), options, measured, lambda _: None)
    assert result.mutation is not None
    assert not result.mutation.ran
    assert COUNT_ONLY not in result.mutation.diagnostics


def test_the_gate_tests_mutants_only_when_the_score_is_judged(tmp_path: Path) -> None:
    judged = config(tmp_path)
    counted = dataclasses.replace(
        judged, thresholds=dataclasses.replace(judged.thresholds, mutation_score=None)
    )
    assert measure_options(judged, GateOptions()).test_mutants
    assert not measure_options(counted, GateOptions()).test_mutants
    assert measure_options(counted, GateOptions()).mutation

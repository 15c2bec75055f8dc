"""verify(): one verification of a workspace, in a throwaway copy, fast stages first — run for
real (python, pytest under coverage.py, radon, mutmut) on the tiny project."""

from __future__ import annotations

import sys
from pathlib import Path

from agenticops.environment import clean_env
from agenticops.measure.project import MeasureOptions
from agenticops.verify import STAGES, Checks, verify
from tests.mutation_project import FILES, config, write

CHECKS = Checks(
    module="pkg.calc", required_tests=("tests/test_calc.py",), operative=lambda _work: ()
)


def options(tmp_path: Path) -> MeasureOptions:
    return MeasureOptions(python=sys.executable, env=clean_env(), cache_dir=tmp_path / "cache")


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if "__pycache__" not in p.parts)


def test_a_module_that_does_not_import_stops_at_the_import_stage(tmp_path: Path) -> None:
    workspace = write(tmp_path / "ws", {**FILES, "pkg/calc.py": "def add(:\n"})
    before = tree(workspace)
    seen: list[str] = []
    result = verify(workspace, config(workspace), CHECKS, options(tmp_path), seen.append)
    assert seen == ["import"]
    assert [(s.name, s.passed, s.summary) for s in result.stages] == [
        ("import", False, "`import pkg.calc` failed")
    ]
    assert "SyntaxError" in result.stages[0].findings[0]
    assert result.report is None
    assert not result.passed
    assert tree(workspace) == before


def test_a_sound_workspace_goes_through_every_stage_in_a_copy(tmp_path: Path) -> None:
    workspace = write(tmp_path / "ws", FILES)
    before = tree(workspace)
    seen: list[str] = []
    result = verify(workspace, config(workspace), CHECKS, options(tmp_path), seen.append)
    assert [(s.name, s.passed, s.summary) for s in result.stages] == [
        ("import", True, "`pkg.calc` imports"),
        ("tests", True, "all tests passed"),
        ("quality", True, "coverage, complexity and CRAP hold"),
        ("mutation", True, "every gate holds"),
    ]
    assert [s.name for s in result.stages] == list(STAGES)
    assert seen == ["import", "tests", "complexity", "mutation"]
    assert result.passed
    assert result.report is not None
    assert {f.path: f.mutation_sites for f in result.report.measurements.files} == {
        "pkg/__init__.py": 0,
        "pkg/calc.py": 8,
    }
    assert tree(workspace) == before  # nothing measured in the workspace itself


def test_the_agent_is_shown_the_throwaway_copy_and_it_is_removed(tmp_path: Path) -> None:
    workspace = write(tmp_path / "ws", {**FILES, "pkg/calc.py": "def add(:\n"})
    result = verify(workspace, config(workspace), CHECKS, options(tmp_path), lambda _stage: None)
    (finding,) = result.stages[0].findings
    (line,) = [row for row in finding.splitlines() if row.strip().startswith('File "/')]
    copied = Path(line.split('"')[1])
    assert copied.parts[-3:] == ("workspace", "pkg", "calc.py")
    assert copied.parents[2].name.startswith("agenticops-verify-")
    assert not copied.parents[2].exists()

"""prepare_run: the run directory gets the project as it was (start/), the agent's workspace
with the spec and its generated tests locked in (workspace/) and a copy of that (baseline/);
the Run names them with the boundary, the checks, the first prompt and the user's tree."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from agenticops.loop_setup import Budget, prepare_run, scenario_labels
from agenticops.loop_setup import checks as checks_module
from agenticops.loop_setup.task import render_first_task
from agenticops.measure.project import MeasureOptions
from agenticops.spec import load_spec
from agenticops.workspace.guard import Boundary
from agenticops.workspace.patch import user_snapshot
from tests.mutation_project import config

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "refunds"
PROJECT = [
    "README.md",
    "pyproject.toml",
    "specs",
    "specs/refunds",
    "specs/refunds/contract.toml",
    "specs/refunds/refunds.feature",
    "specs/refunds/steps.py",
    "src",
    "src/.gitkeep",
    "src/readme.md",
    "tests",
    "tests/.gitkeep",
]
CONTRACT = "tests/agenticops_contract"
GENERATED = [
    CONTRACT,
    f"{CONTRACT}/__init__.py",
    f"{CONTRACT}/_support.py",
    f"{CONTRACT}/conftest.py",
    f"{CONTRACT}/features",
    f"{CONTRACT}/features/refunds.feature",
    f"{CONTRACT}/test_acceptance.py",
    f"{CONTRACT}/test_examples.py",
    f"{CONTRACT}/test_invariants.py",
    f"{CONTRACT}/test_signature.py",
]


def tree(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


def project(tmp_path: Path) -> Path:
    """examples/refunds without its recording, a symlink in src/ and some tool debris."""
    root = tmp_path.resolve() / "proj"
    ignore = shutil.ignore_patterns("replay", ".agenticops", "__pycache__")
    shutil.copytree(EXAMPLE, root, ignore=ignore)
    (root / "src" / "readme.md").symlink_to("../README.md")
    (root / ".pytest_cache").mkdir()
    (root / ".pytest_cache" / "README.md").write_text("cache\n", encoding="utf-8")
    return root


def test_a_run_gets_start_workspace_and_baseline_and_the_first_task(tmp_path: Path) -> None:
    root = project(tmp_path)
    run_dir = root / ".agenticops" / "runs" / "r1"
    spec_dir = root / "specs" / "refunds"
    spec = load_spec(spec_dir)
    cfg = dataclasses.replace(config(root), source=("src",), tests=("tests", "more_tests"))
    budget = Budget(max_iterations=3, max_minutes=7.0)
    options = MeasureOptions(python="/opt/py/bin/python", env={"PATH": os.defpath})
    before = user_snapshot(root)

    run = prepare_run(spec, spec_dir, cfg, run_dir, budget, options)

    assert (run.spec, run.config, run.budget) == (spec, cfg, budget)
    assert (run.start, run.workspace, run.baseline) == (
        run_dir / "start",
        run_dir / "workspace",
        run_dir / "baseline",
    )
    assert sorted(p.name for p in run_dir.iterdir()) == ["baseline", "start", "workspace"]
    assert tree(run.start) == PROJECT  # the project without its tool debris
    assert tree(run.workspace) == sorted(PROJECT + GENERATED)
    assert tree(run.baseline) == tree(run.workspace)
    for copy in (run.start, run.workspace, run.baseline):
        assert (copy / "src" / "readme.md").readlink() == Path("../README.md")
    assert run.user_before == before
    assert "src/readme.md" in run.user_before
    assert run.boundary == Boundary(
        writable=("src/**", "tests/**"), locked=("specs/refunds", CONTRACT, "pyproject.toml")
    )
    assert run.task == render_first_task(spec, cfg, "specs/refunds", CONTRACT)
    assert "`tests/agenticops_contract`" in run.task
    assert run.checks.module == "refunds"
    assert run.checks.required_tests == tuple(
        f"{CONTRACT}/test_{name}.py"
        for name in ("acceptance", "examples", "invariants", "signature")
    )
    assert run.checks.labels == scenario_labels(spec)


def test_the_run_checks_steps_with_the_interpreter_and_the_source_of_its_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = project(tmp_path)
    spec_dir = root / "specs" / "refunds"
    spec = load_spec(spec_dir)
    cfg = dataclasses.replace(config(root), source=("src",), tests=("tests",))
    options = MeasureOptions(python="/opt/py/bin/python", env={"PATH": os.defpath})
    calls: list[dict[str, Any]] = []

    def check_operative(spec: object, workspace: Path, **kwargs: Any) -> tuple[()]:
        calls.append({"spec": spec, "workspace": workspace, **kwargs})
        return ()

    monkeypatch.setattr(checks_module, "check_operative", check_operative)
    run = prepare_run(spec, spec_dir, cfg, tmp_path / "run", Budget(), options)
    work = tmp_path / "verify-copy"
    shutil.copytree(run.workspace, work, symlinks=True)

    assert run.checks.operative(work) == []
    assert calls == [
        {
            "spec": spec,
            "workspace": work,
            "python": "/opt/py/bin/python",
            "env": {"PATH": os.defpath, "PYTHONPATH": str(work / "src")},
            "timeout": 300,
            "tests_dir": "tests",
        }
    ]

"""Preparing a loop run: workspace copies, locked spec and tests, boundary and the first prompt."""

from __future__ import annotations

import shutil
from pathlib import Path

from agenticops.config import Config
from agenticops.loop_setup.budget import Budget
from agenticops.loop_setup.checks import loop_checks
from agenticops.loop_setup.contract import GENERATED_DIR, contract_boundary, lock_contract
from agenticops.loop_setup.run import Run
from agenticops.loop_setup.task import render_first_task
from agenticops.measure.project import MeasureOptions
from agenticops.spec import Spec
from agenticops.workspace.copy import copy_project
from agenticops.workspace.patch import user_snapshot


def prepare_run(
    spec: Spec,
    spec_dir: Path,
    config: Config,
    run_dir: Path,
    budget: Budget,
    options: MeasureOptions,
) -> Run:
    """Copy the project, lock the spec and generated tests in, and write the first prompt."""
    user_before = user_snapshot(config.root)
    start, workspace, baseline = run_dir / "start", run_dir / "workspace", run_dir / "baseline"
    copy_project(config.root, start)
    shutil.copytree(start, workspace, symlinks=True)
    spec_rel, generated = lock_contract(spec, spec_dir, config, workspace, baseline)
    generated_dir = f"{config.tests[0]}/{GENERATED_DIR}"
    boundary = contract_boundary(spec, spec_rel, generated_dir)
    checks = loop_checks(spec, workspace, generated, config, options)
    task = render_first_task(spec, config, spec_rel, generated_dir)
    return Run(
        spec=spec,
        config=config,
        budget=budget,
        start=start,
        workspace=workspace,
        baseline=baseline,
        boundary=boundary,
        checks=checks,
        task=task,
        user_before=user_before,
    )

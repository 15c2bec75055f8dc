"""The GitHub Action's own steps, run locally as a runner would, against the real gate."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from run_action_locally import run_action  # noqa: E402


def test_action_publishes_summary_and_annotations_and_fails_the_job(tmp_path: Path) -> None:
    workspace = tmp_path / "repo"
    shutil.copytree(
        ROOT / "examples" / "pricing",
        workspace / "pricing",
        ignore=shutil.ignore_patterns(".agenticops", "__pycache__"),
    )
    shim = tmp_path / "bin" / "python"
    shim.parent.mkdir()
    # the runner's python: agenticops is already installed here, so `pip install` is a no-op
    shim.write_text(
        f'#!/bin/sh\nif [ "$1" = "-m" ] && [ "$2" = "pip" ]; then exit 0; fi\n'
        f'exec {sys.executable} "$@"\n'
    )
    shim.chmod(0o755)
    env = {**os.environ, "PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}"}
    run = run_action(
        ROOT / "action.yml",
        workspace=workspace,
        inputs={"path": "pricing", "profile": "unclebob", "python-version": "", "install": "none"},
        env=env,
        timeout=600,
    )
    assert run.failed
    assert run.outputs["verdict"] == "fail"
    assert run.outputs["exit-code"] == "1"
    assert "agenticops gate failed" in run.summary
    assert "mutation" in run.summary
    published = run.step("Publish the job summary and annotations").stdout
    assert (
        "::error file=src/pricing/cart.py" in published or "::error file=pricing/src" in published
    )
    assert (workspace / "pricing" / ".agenticops" / "report.json").is_file()

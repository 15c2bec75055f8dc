""".pre-commit-hooks.yaml: a valid manifest offering the staged-change gate and the full gate."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from agenticops import proc

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def hooks() -> dict[str, dict[str, Any]]:
    return {hook["id"]: hook for hook in yaml.safe_load(MANIFEST.read_text())}


def test_the_staged_change_hook() -> None:
    hook = hooks()["agenticops-gate"]

    assert hook["entry"] == "agenticops gate --diff HEAD"
    assert (hook["language"], hook["pass_filenames"], hook["require_serial"]) == (
        "python",
        False,
        True,
    )
    assert (hook["types"], hook["stages"]) == (["python"], ["pre-commit"])


def test_the_whole_project_hook_runs_before_push_or_on_demand() -> None:
    hook = hooks()["agenticops-gate-all"]

    assert hook["entry"] == "agenticops gate"
    assert (hook["language"], hook["pass_filenames"], hook["require_serial"]) == (
        "python",
        False,
        True,
    )
    assert (hook["types"], hook["stages"]) == (["python"], ["pre-push", "manual"])


def test_only_these_two_hooks() -> None:
    assert list(hooks()) == ["agenticops-gate", "agenticops-gate-all"]


@pytest.mark.skipif(
    importlib.util.find_spec("pre_commit") is None, reason="pre-commit not installed"
)
def test_pre_commit_accepts_the_manifest() -> None:
    done = proc.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(MANIFEST)],
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.output
    assert done.output == ""

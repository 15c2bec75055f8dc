"""The dogfood in CI: `.ci/run` judges every strict gate but the mutation score; the workflow
judges the whole strict profile, mutation score included, in shards merged into one verdict."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from agenticops import proc
from agenticops.config import load_config

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


@pytest.fixture(scope="module")
def jobs() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return data["jobs"]


def runs(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def test_the_repository_gates_itself_with_the_strict_profile() -> None:
    assert load_config(ROOT).profile == "strict"


def test_ci_run_switches_off_only_the_mutation_score() -> None:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    dogfood = [line for line in lines if line.startswith("agenticops gate")]
    assert dogfood == ["agenticops gate . --set mutation_score=false --format markdown"]


def test_the_shards_cover_every_mutant_and_merge_into_one_verdict(jobs: dict[str, Any]) -> None:
    shard, verdict = jobs["mutation-shard"], jobs["dogfood"]
    shards = shard["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, len(shards) + 1))
    assert shard["strategy"]["fail-fast"] is False
    gate = runs(shard)[-1]
    assert gate.startswith(f"agenticops gate . --shard ${{{{ matrix.shard }}}}/{len(shards)} ")
    assert "--set" not in gate  # the strict profile, whole
    assert "--profile" not in gate
    assert verdict["needs"] == "mutation-shard"
    upload = next(s for s in shard["steps"] if s.get("uses", "").startswith("actions/upload"))
    download = next(s for s in verdict["steps"] if s.get("uses", "").startswith("actions/down"))
    assert upload["with"]["path"] == ".agenticops/report.json"
    prefix = upload["with"]["name"].replace("${{ matrix.shard }}", "")
    assert download["with"]["pattern"] == prefix + "*"
    assert runs(verdict)[-1].startswith(f"agenticops report --merge {download['with']['path']}/*")


def test_the_action_job_gates_every_strict_gate_but_the_score(jobs: dict[str, Any]) -> None:
    action = next(s for s in jobs["gate"]["steps"] if s.get("uses") == "./")
    assert action["with"]["profile"] == "strict"
    assert action["with"]["args"] == "--set mutation_score=false"


@pytest.mark.skipif(
    importlib.util.find_spec("check_jsonschema") is None, reason="check-jsonschema not installed"
)
def test_the_workflow_is_valid(tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "check_jsonschema", "--builtin-schema"]
    done = proc.run([*argv, "vendor.github-workflows", str(WORKFLOW)], cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr

"""The README's sharded GitHub Actions workflow: valid, and its commands, run as the runners
would (each shard in a fresh checkout, the reports carried as artifacts), give the verdict and
the mutants of one unsharded `agenticops gate`."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from agenticops import proc
from tests.mutation_project import FILES, write

ROOT = Path(__file__).resolve().parents[1]
INTRO = "In GitHub Actions the matrix is the distributed engine:"
GATES = """
[tool.agenticops]
source = ["pkg"]
tests = ["tests"]

[tool.agenticops.gates]
coverage = 50
mutation_score = 50
"""

pytestmark = pytest.mark.e2e


def workflow_text() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    after = readme.split(INTRO, 1)[1]
    found = re.match(r"\s*```yaml\n(.*?)```", after, re.DOTALL)
    assert found, "the README's sharded workflow block moved"
    return found.group(1)


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(workflow_text())
    return data


def run_lines(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def test_the_workflow_fans_out_and_merges(workflow: dict[str, Any]) -> None:
    shard, verdict = workflow["jobs"]["shard"], workflow["jobs"]["verdict"]
    shards = shard["strategy"]["matrix"]["shard"]
    assert shards == [1, 2, 3, 4]
    assert shard["strategy"]["fail-fast"] is False
    assert verdict["needs"] == "shard"
    gate = run_lines(shard)[-1]
    assert f"--shard ${{{{ matrix.shard }}}}/{len(shards)}" in gate
    upload = next(s for s in shard["steps"] if s.get("uses", "").startswith("actions/upload"))
    download = next(s for s in verdict["steps"] if s.get("uses", "").startswith("actions/down"))
    assert upload["with"]["path"] == ".agenticops/report.json"
    assert upload["with"]["include-hidden-files"] is True  # .agenticops is hidden
    prefix = upload["with"]["name"].replace("${{ matrix.shard }}", "")
    assert download["with"]["pattern"] == prefix + "*"
    merge = f"agenticops report --merge {download['with']['path']}/*"
    assert run_lines(verdict)[-1].startswith(merge)


@pytest.mark.skipif(
    importlib.util.find_spec("check_jsonschema") is None, reason="check-jsonschema not installed"
)
def test_the_workflow_is_valid(tmp_path: Path) -> None:
    file = tmp_path / "agenticops-sharded.yml"
    file.write_text(workflow_text(), encoding="utf-8")
    argv = [sys.executable, "-m", "check_jsonschema", "--builtin-schema"]
    done = proc.run([*argv, "vendor.github-workflows", str(file)], cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def bash(line: str, cwd: Path, env: dict[str, str]) -> int:
    """One `run:` line as a runner runs it (bash -e), with this interpreter's agenticops."""
    return proc.run(["bash", "-e", "-c", line], cwd=cwd, env=env, timeout=600).returncode


def test_its_commands_give_the_unsharded_verdict(workflow: dict[str, Any], tmp_path: Path) -> None:
    project = write(tmp_path / "repo", FILES)
    with (project / "pyproject.toml").open("a", encoding="utf-8") as file:
        file.write(GATES)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    whole = bash("agenticops gate . --format json --output whole.json", project, env)
    expected = json.loads((project / "whole.json").read_text())

    shard_job, verdict_job = workflow["jobs"]["shard"], workflow["jobs"]["verdict"]
    gate_line = run_lines(shard_job)[-1]
    runner = tmp_path / "verdict-runner"
    for k in shard_job["strategy"]["matrix"]["shard"]:
        checkout = tmp_path / f"runner-{k}"
        shutil.copytree(project, checkout, ignore=shutil.ignore_patterns(".agenticops", "*.json"))
        assert bash(gate_line.replace("${{ matrix.shard }}", str(k)), checkout, env) == 0
        artifact = runner / "shards" / f"agenticops-shard-{k}"  # as download-artifact lays it
        artifact.mkdir(parents=True)
        shutil.copy(checkout / ".agenticops" / "report.json", artifact / "report.json")

    summary = tmp_path / "summary.md"
    merge_line = run_lines(verdict_job)[-1]
    code = bash(merge_line, runner, {**env, "GITHUB_STEP_SUMMARY": str(summary)})
    assert code == whole
    assert summary.read_text().startswith("## ")
    merged_json = merge_line.split(" --format")[0] + " --format json --output merged.json"
    bash(merged_json, runner, env)
    merged = json.loads((runner / "merged.json").read_text())

    def mutants(report: dict[str, Any]) -> list[tuple[str, int, str]]:
        return [(m["id"], m["line"], m["status"]) for f in report["files"] for m in f["mutants"]]

    assert len(mutants(expected)) == 8
    assert mutants(merged) == mutants(expected)
    assert merged["passed"] == expected["passed"]
    assert [(g["name"], g["passed"], g["actual"]) for g in merged["gates"]] == [
        (g["name"], g["passed"], g["actual"]) for g in expected["gates"]
    ]

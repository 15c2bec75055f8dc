"""Shared pieces of the loop end-to-end tests: the refunds project and scripted agents."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFUNDS = ROOT / "examples" / "refunds"
AGENTS = Path(__file__).resolve().parent / "agents"

RIGHT = (REFUNDS / "replay" / "1" / "src" / "refunds.py").read_text()
TESTS = (REFUNDS / "replay" / "2" / "tests" / "test_refunds.py").read_text()
BUGGY = RIGHT.replace("return min(requested, left)", "return min(requested, paid)")

NO_MUTATION = "\n[tool.agenticops.gates]\nmutation_score = false\nmutation_sites = false\n"


def refunds_project(tmp_path: Path, *, mutation: bool = False, human_steps: bool = True) -> Path:
    """A copy of examples/refunds without its recording; mutation gates off unless asked."""
    project = tmp_path / "refunds"
    shutil.copytree(
        REFUNDS, project, ignore=shutil.ignore_patterns("replay", ".agenticops", "__pycache__")
    )
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text().replace('agent = "replay:replay"', "")
    pyproject.write_text(text + ("" if mutation else NO_MUTATION))
    if not human_steps:
        (project / "specs" / "refunds" / "steps.py").unlink()
    return project


def write_iterations(base: Path, iterations: dict[int, dict[str, str]]) -> Path:
    """A replay-style tree: base/N/<path> = content, read by the scripted command agent."""
    for number, files in iterations.items():
        for rel, content in files.items():
            path = base / str(number) / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content)
    return base


def command_agent(script: Path, recording: Path) -> str:
    return f"command:sh {script} {recording}"

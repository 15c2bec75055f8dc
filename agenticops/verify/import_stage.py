"""The import stage: the module must compile and import before anything is measured."""

from __future__ import annotations

from pathlib import Path

from agenticops.config import Config
from agenticops.environment import import_roots, with_pythonpath
from agenticops.measure.project import MeasureOptions
from agenticops.proc import run
from agenticops.verify.records import StageResult


def check_import(work: Path, config: Config, module: str, options: MeasureOptions) -> StageResult:
    """The module must compile and import; the error text goes back to the agent."""
    env = with_pythonpath(options.env, import_roots(work, config.source))
    done = run([options.python, "-c", f"import {module}"], cwd=work, env=env, timeout=60)
    if done.returncode == 0 and not done.timed_out:
        return StageResult(name="import", passed=True, summary=f"`{module}` imports")
    tail = "\n".join(done.output.strip().splitlines()[-15:]) or "timed out"
    return StageResult(
        name="import",
        passed=False,
        summary=f"`import {module}` failed",
        findings=(f"### `import {module}` failed\n\n```\n{tail}\n```",),
    )

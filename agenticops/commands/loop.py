"""`agenticops loop`: find the project, run the loop to a verdict, tell the user how it ended."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from agenticops.commands.output import emit
from agenticops.config import load_config
from agenticops.environment import clean_env
from agenticops.errors import ExitCode, SpecError
from agenticops.gate import CACHE_DIR, state_dir
from agenticops.loop import LoopResult, run_loop
from agenticops.loop_setup import Limits
from agenticops.measure.project import MeasureOptions


def loop_command(
    spec: Path,
    *,
    project: Path | None,
    agent: str | None,
    limits: Limits,
    profile: str | None,
    apply: bool,
    json_out: bool,
    python: str | None,
) -> int:
    """`agenticops loop`: run to a verdict; exit 0 ACCEPTED, 1 REJECTED."""
    if not (spec / "contract.toml").is_file():
        raise SpecError(f"{spec}: not a spec directory (no contract.toml)")
    root = project or find_project(spec)
    config = load_config(root, profile=profile)
    cache = state_dir(root) / CACHE_DIR  # every iteration reuses the verdicts that still hold
    options = MeasureOptions(python=python or sys.executable, env=clean_env(), cache_dir=cache)
    say = (lambda _: None) if json_out else _say
    result = run_loop(
        spec, config, agent_spec=agent, limits=limits, options=options, apply=apply, notify=say
    )
    if json_out:
        emit(json.dumps(result.to_dict(), indent=2), None)
    else:
        emit(summary(result), None)
    return int(ExitCode.OK if result.verdict == "accepted" else ExitCode.GATES_FAILED)


def find_project(spec: Path) -> Path:
    """The nearest directory at or above spec holding a pyproject.toml, else the cwd."""
    for candidate in (spec.resolve(), *spec.resolve().parents):
        if (candidate / "pyproject.toml").is_file():
            return candidate
    return Path.cwd()


def summary(result: LoopResult) -> str:
    """A few readable lines: the verdict, why, and where the evidence is."""
    lines = [
        f"{result.verdict.upper()} after {result.iterations} iteration(s): {result.reason}",
        f"cost: ${result.cost_usd:.4f}",
        f"run directory: {result.run_dir}",
        "  ledger.jsonl, prompts/, report.json, result.json, final.patch",
    ]
    if result.applied:
        lines.append("the accepted change was applied to the project")
    return "\n".join(lines)


def _say(message: str) -> None:
    print(f"agenticops: {message}", file=sys.stderr, flush=True)

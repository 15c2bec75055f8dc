"""The `command:SHELL COMMAND` agent: any CLI agent (claude -p, codex exec, aider, a script).

It runs under /bin/sh -c in the workspace with the prompt on stdin; the cost and usage of a
Claude Code style JSON result (`--output-format json` or the last line of `stream-json`) are
recorded when stdout carries one.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from agenticops import proc
from agenticops.agents.base import TRANSCRIPT_LIMIT, TurnRequest, TurnResult, clip
from agenticops.errors import AgentError

ERROR_TAIL = 2_000  # characters of stderr kept in the error of a failed command


class CommandAgent:
    """Runs one shell command per turn; the loop diffs the workspace to see what it wrote."""

    def __init__(self, command: str, *, env: Mapping[str, str]) -> None:
        if not command.strip():
            raise AgentError("command: agent needs a shell command, e.g. command:claude -p")
        self.name = f"command:{command}"
        self._command = command
        self._env = dict(env)

    def run(self, turn: TurnRequest) -> TurnResult:
        env = {
            **self._env,
            "AGENTICOPS_PROMPT_FILE": str(turn.prompt_file),
            "AGENTICOPS_ITERATION": str(turn.iteration),
            "AGENTICOPS_WORKSPACE": str(turn.workspace),
        }
        done = proc.run(
            ["/bin/sh", "-c", self._command],
            cwd=turn.workspace,
            env=env,
            timeout=turn.time_limit if math.isfinite(turn.time_limit) else None,
            stdin=turn.prompt,
        )
        report = _result_json(done.stdout)
        usage = _mapping(report.get("usage"))
        error = _error(done, report, turn.time_limit)
        text = report.get("result")
        return TurnResult(
            ok=not error,
            error=error,
            input_tokens=_int(usage.get("input_tokens")),
            output_tokens=_int(usage.get("output_tokens")),
            cache_read_tokens=_int(usage.get("cache_read_input_tokens")),
            cache_write_tokens=_int(usage.get("cache_creation_input_tokens")),
            cost_usd=_cost(report.get("total_cost_usd")),
            transcript=clip(text if isinstance(text, str) else done.output, TRANSCRIPT_LIMIT),
            duration=done.duration,
        )


def _error(done: proc.Completed, report: Mapping[str, Any], limit: float) -> str:
    if done.timed_out:
        return f"agent command timed out after {limit:g} s (and was killed)"
    if done.returncode != 0:
        tail = clip((done.stderr or done.stdout).strip(), ERROR_TAIL)
        return f"agent command exited with code {done.returncode}: {tail}"
    if report.get("is_error") is True:
        return f"agent reported an error ({report.get('subtype', 'error')}): {report.get('result')}"
    return ""


def _result_json(stdout: str) -> Mapping[str, Any]:
    """The JSON result object on stdout: all of it, else its last line (stream-json)."""
    for candidate in (stdout, *stdout.strip().splitlines()[-1:]):
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict) and "total_cost_usd" in value:
            return value
    return {}


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _cost(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return max(float(value), 0.0)

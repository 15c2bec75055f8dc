"""The command agent: one shell command per turn, in the workspace, the prompt on its stdin."""

from __future__ import annotations

import math
from collections.abc import Mapping

from agenticops import proc
from agenticops.agents.base import TurnRequest, TurnResult
from agenticops.agents.command.result import read_result
from agenticops.errors import AgentError


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
        return read_result(done, turn.time_limit)

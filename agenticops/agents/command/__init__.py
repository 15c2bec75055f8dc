"""The `command:SHELL COMMAND` agent: any CLI agent (claude -p, codex exec, aider, a script).

It runs under /bin/sh -c in the workspace with the prompt on stdin; the cost and usage of a
Claude Code style JSON result (`--output-format json` or the last line of `stream-json`) are
recorded when stdout carries one.
"""

from __future__ import annotations

from agenticops.agents.command.agent import CommandAgent as CommandAgent
from agenticops.agents.command.failure import ERROR_TAIL as ERROR_TAIL

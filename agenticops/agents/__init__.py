"""The agents of `agenticops loop`: `anthropic[:MODEL]`, `command:SHELL COMMAND`, `replay:DIR`."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from agenticops.agents.base import Agent, ApiCall, TurnRequest, TurnResult
from agenticops.agents.command import CommandAgent
from agenticops.agents.replay import ReplayAgent
from agenticops.errors import AgentError

__all__ = ["Agent", "ApiCall", "TurnRequest", "TurnResult", "make_agent"]


def make_agent(spec: str, *, env: Mapping[str, str], project_root: Path) -> Agent:
    """The agent named by `spec`; anything that could not work is an AgentError now, not later."""
    kind, _, rest = spec.partition(":")
    kind = kind.strip()
    if kind == "anthropic":
        from agenticops.agents.anthropic_api import anthropic_agent  # the SDK loads only if used

        return anthropic_agent(rest.strip() or None, env=env)
    if kind == "command":
        return CommandAgent(rest.strip(), env=env)
    if kind == "replay" and rest.strip():
        return ReplayAgent(project_root / rest.strip(), label=rest.strip())
    if kind == "replay":
        raise AgentError("replay: needs a recording directory, e.g. replay:examples/refunds/replay")
    raise AgentError(
        f"unknown agent {spec!r}: expected anthropic[:MODEL], command:SHELL COMMAND or replay:DIR"
    )

"""The agent's part of the loop: which agent works, and one turn of its work, contained."""

from __future__ import annotations

import time

from agenticops.agents import make_agent
from agenticops.agents.base import Agent, TurnRequest, TurnResult
from agenticops.config import Config
from agenticops.errors import AgentError
from agenticops.ledger import Ledger
from agenticops.loop.events import record_turn
from agenticops.loop.prompting import next_prompt
from agenticops.loop.state import LoopState
from agenticops.loop_setup import Run
from agenticops.measure.project import MeasureOptions
from agenticops.workspace.guard import Violation, contain, snapshot


def agent_turn(
    run: Run, agent: Agent, ledger: Ledger, state: LoopState
) -> tuple[TurnResult, tuple[Violation, ...]]:
    """Let the agent work within what is left of the budget; revert what it may not touch."""
    prompt, prompt_file = next_prompt(run, ledger, state)
    before = snapshot(run.workspace)
    remaining = run.budget.remaining_seconds(time.monotonic() - state.started)
    turn = agent.run(
        TurnRequest(
            prompt=prompt,
            workspace=run.workspace,
            iteration=state.iteration,
            prompt_file=prompt_file,
            time_limit=remaining,
            cost_limit_usd=run.budget.remaining_cost(state.cost),
        )
    )
    state.cost += turn.cost_usd
    paths, violations = contain(run.workspace, run.baseline, run.boundary, before)
    record_turn(ledger, state.iteration, turn, paths, violations)
    return turn, violations


def choose_agent(agent_spec: str | None, config: Config, options: MeasureOptions) -> Agent:
    """The agent named on the command line, else in the config; neither is an AgentError."""
    chosen = agent_spec or config.agent
    if not chosen:
        raise AgentError(
            "no agent: give --agent (anthropic[:MODEL], command:..., replay:DIR) "
            "or set agent = in [tool.agenticops]"
        )
    return make_agent(chosen, env=options.env, project_root=config.root)

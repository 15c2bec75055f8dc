"""The loop's iterations: agent turn, verification, feedback, until a verdict or the budget ends."""

from __future__ import annotations

import time

from agenticops.agents.base import Agent
from agenticops.ledger import Ledger
from agenticops.loop.agent import agent_turn
from agenticops.loop.progress import prefixed, record_stages, stage_line
from agenticops.loop.prompting import feedback
from agenticops.loop.state import LoopState, Notify
from agenticops.loop.verdict import LoopResult, finish
from agenticops.loop_setup import Run
from agenticops.measure.project import MeasureOptions
from agenticops.verify import verify


def iterate(
    run: Run,
    agent: Agent,
    ledger: Ledger,
    state: LoopState,
    options: MeasureOptions,
    notify: Notify,
) -> LoopResult:
    """Iterate until every gate holds without violations (accepted) or the budget is spent."""
    while True:
        stop = run.budget.exhausted(state.iteration, state.cost, time.monotonic() - state.started)
        if stop:
            return finish(run, ledger, state, "rejected", stop)
        state.iteration += 1
        notify(f"iteration {state.iteration}: agent {agent.name} at work")
        turn, violations = agent_turn(run, agent, ledger, state)
        label = f"iteration {state.iteration}"
        verification = verify(
            run.workspace, run.config, run.checks, options, prefixed(notify, label)
        )
        record_stages(ledger, state.iteration, verification, run)
        notify(f"{label}: {stage_line(verification, violations)}")
        if verification.passed and not violations and turn.ok:
            return finish(
                run, ledger, state, "accepted", f"every gate holds at iteration {state.iteration}"
            )
        state.findings = feedback(turn, violations, verification)

"""The loop's own ledger events: the run's start, then each agent turn and its violations."""

from __future__ import annotations

from collections.abc import Sequence

from agenticops.agents.base import Agent, TurnResult
from agenticops.ledger import Ledger
from agenticops.loop_setup import Run
from agenticops.workspace.guard import Violation


def record_start(ledger: Ledger, run: Run, agent: Agent) -> None:
    ledger.event(
        "run_started",
        spec=run.spec.name,
        spec_digest=run.spec.digest,
        agent=agent.name,
        budget=run.budget.to_dict(),
        workspace=str(run.workspace),
        locked=list(run.boundary.locked),
    )


def record_turn(
    ledger: Ledger,
    iteration: int,
    turn: TurnResult,
    paths: Sequence[str],
    violations: tuple[Violation, ...],
) -> None:
    ledger.event(
        "agent_turn",
        iteration=iteration,
        ok=turn.ok,
        error=turn.error,
        input_tokens=turn.input_tokens,
        output_tokens=turn.output_tokens,
        cache_read_tokens=turn.cache_read_tokens,
        cache_write_tokens=turn.cache_write_tokens,
        cost_usd=round(turn.cost_usd, 6),
        calls=len(turn.calls),
        duration=round(turn.duration, 3),
        changed=list(paths),
    )
    for violation in violations:
        ledger.event(
            "violation",
            iteration=iteration,
            path=violation.path,
            kind=violation.kind,
            detail=violation.detail,
        )

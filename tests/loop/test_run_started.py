"""record_start: a run's first ledger event names the spec, the agent, the budget, the
workspace and what is locked in it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from agenticops.agents.replay import ReplayAgent
from agenticops.ledger import Ledger
from agenticops.loop.events import record_start
from agenticops.loop_setup import Budget
from tests.loop.test_loop_agent import make_run


def test_the_run_starts_with_the_spec_agent_budget_workspace_and_locks(tmp_path: Path) -> None:
    run = dataclasses.replace(
        make_run(tmp_path), budget=Budget(max_iterations=3, max_minutes=12.5, max_cost_usd=2.0)
    )
    ledger = Ledger(tmp_path / "run")
    (tmp_path / "recording" / "1").mkdir(parents=True)

    record_start(ledger, run, ReplayAgent(tmp_path / "recording", label="recorded"))

    [event] = ledger.events()
    assert set(event) == {
        "event",
        "at",
        "spec",
        "spec_digest",
        "agent",
        "budget",
        "workspace",
        "locked",
    }
    assert event["event"] == "run_started"
    assert event["spec"] == "refunds"
    assert event["spec_digest"] == run.spec.digest
    assert len(event["spec_digest"]) == 64
    assert event["agent"] == "replay:recorded"
    assert event["budget"] == {"max_iterations": 3, "max_minutes": 12.5, "max_cost_usd": 2.0}
    assert event["workspace"] == str(tmp_path / "workspace")
    assert event["locked"] == ["pyproject.toml"]

"""record_turn: one agent turn in the ledger, its cost and time rounded for reading."""

from __future__ import annotations

from pathlib import Path

from agenticops.agents.base import TurnResult
from agenticops.ledger import Ledger
from agenticops.loop.events import record_turn


def test_a_turn_is_recorded_to_the_micro_dollar_and_the_millisecond(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "run")
    turn = TurnResult(ok=True, cost_usd=0.12345678, duration=2.71828)
    record_turn(ledger, 3, turn, ["src/a.py"], ())
    [event] = ledger.events()
    assert (event["cost_usd"], event["duration"]) == (0.123457, 2.718)
    assert event["changed"] == ["src/a.py"]

"""The plugin's JSON-lines events (finished tests, the test still running) as a TestRun."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple, cast

from agenticops import proc, textfile
from agenticops.model import TestOutcome, TestRun, TestStatus

OUTPUT_TAIL = 4000  # characters of pytest's own output kept for diagnostics


class Events(NamedTuple):
    """What the plugin's JSON-lines file says: finished tests, and the test still running."""

    outcomes: tuple[TestOutcome, ...]
    running: str | None


def read_events(path: Path) -> Events:
    """Parse the plugin's JSON lines; a line cut short by a kill is skipped."""
    outcomes: list[TestOutcome] = []
    running: str | None = None
    lines = textfile.read(path).splitlines() if path.is_file() else []
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "start" in record:
            running = record["start"]
            continue
        outcomes.append(
            TestOutcome(
                nodeid=record["nodeid"],
                status=cast(TestStatus, record["outcome"]),
                duration=record["duration"],
                message=record["message"],
            )
        )
        running = None if record["nodeid"] == running else running
    return Events(tuple(outcomes), running)


def _test_run(done: proc.Completed, events: Events, timeout: float) -> TestRun:
    outcomes = events.outcomes
    if done.timed_out and events.running is not None:
        message = f"still running when the suite was stopped at its {timeout:g} s timeout"
        hung = TestOutcome(nodeid=events.running, status="error", message=message)
        outcomes = (*outcomes, hung)
    return TestRun(
        outcomes=outcomes,
        exit_code=done.returncode,
        timed_out=done.timed_out,
        duration=done.duration,
        output=done.output[-OUTPUT_TAIL:],
    )

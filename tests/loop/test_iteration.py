"""iterate: agent turn, verification and feedback, iteration after iteration, until every gate
holds (accepted) or the budget is spent (rejected).

The agent is scripted (it writes the files given and says what the turn cost); verify (a pytest
subprocess, radon and mutmut) is replaced by a recorder that answers one verification per call."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from agenticops.agents.base import TurnRequest, TurnResult
from agenticops.config import Config
from agenticops.environment import clean_env
from agenticops.ledger import Ledger
from agenticops.loop import iteration
from agenticops.loop.iteration import iterate
from agenticops.loop.state import LoopState
from agenticops.loop.verdict import LoopResult
from agenticops.loop_setup import Budget, Run
from agenticops.measure.project import MeasureOptions
from agenticops.prompt import render_feedback
from agenticops.verify import STAGES, Checks, StageResult, Verification
from tests.loop.test_loop_agent import TASK, make_run

OPTIONS = MeasureOptions(python=sys.executable, env=clean_env())
PASSING = Verification(
    stages=tuple(StageResult(name=name, passed=True, summary=f"{name} holds") for name in STAGES),
    report=None,
)
FAILED_TESTS = "### Failing tests (1 of 3)\n\n- `tests/test_refunds.py::test_left` (failed)"
FAILING = Verification(
    stages=(
        StageResult(name="import", passed=True, summary="`refunds` imports"),
        StageResult(
            name="tests", passed=False, summary="1 of 3 tests failed", findings=(FAILED_TESTS,)
        ),
    ),
    report=None,
)
V1 = "def refundable(paid, charged_back, refunded, requested):\n    return 1\n"
V2 = "def refundable(paid, charged_back, refunded, requested):\n    return 2\n"


@dataclasses.dataclass(frozen=True)
class Step:
    """One scripted turn: the files written, whether it ended well, and what it cost."""

    files: dict[str, str] = dataclasses.field(default_factory=dict)
    ok: bool = True
    error: str = ""
    cost_usd: float = 0.0


class Scripted:
    """An agent that plays its steps in turn order and keeps every request it was given."""

    name = "scripted"

    def __init__(self, *steps: Step) -> None:
        self.steps = steps
        self.requests: list[TurnRequest] = []

    def run(self, turn: TurnRequest) -> TurnResult:
        self.requests.append(turn)
        step = self.steps[turn.iteration - 1]
        for rel, text in step.files.items():
            path = turn.workspace / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return TurnResult(
            ok=step.ok, error=step.error, cost_usd=step.cost_usd, written=tuple(step.files)
        )


class Verifier:
    """verify(): records what it was asked to verify, reports one stage, answers in order."""

    def __init__(self, *answers: Verification) -> None:
        self.answers = list(answers)
        self.calls: list[tuple[Path, Config, Checks, MeasureOptions]] = []

    def __call__(
        self,
        workspace: Path,
        config: Config,
        checks: Checks,
        options: MeasureOptions,
        on_stage: Any,
    ) -> Verification:
        self.calls.append((workspace, config, checks, options))
        on_stage("tests")
        if not self.answers:
            raise AssertionError("verified more often than the budget allows")
        return self.answers.pop(0)


def loop_run(tmp_path: Path, budget: Budget) -> Run:
    """make_run's workspace with the project as it was beside it, for final.patch."""
    run = make_run(tmp_path)
    start = tmp_path / "start"
    shutil.copytree(run.workspace, start)
    return dataclasses.replace(run, start=start, budget=budget)


def events(ledger: Ledger) -> list[dict[str, Any]]:
    return [{k: v for k, v in e.items() if k != "at"} for e in ledger.events()]


def outline(ledger: Ledger) -> list[tuple[Any, ...]]:
    """Each event by name and iteration; stage events with their stage, verdict and summary."""
    rows: list[tuple[Any, ...]] = []
    for e in events(ledger):
        if e["event"] == "stage":
            rows.append(("stage", e["iteration"], e["stage"], e["passed"], e["summary"]))
        elif e["event"] != "verdict":
            rows.append((e["event"], e["iteration"]))
    return rows


def stage_events(n: int, verification: Verification) -> list[tuple[Any, ...]]:
    return [("stage", n, s.name, s.passed, s.summary) for s in verification.stages]


def test_only_a_clean_turn_that_passes_every_stage_is_accepted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run = loop_run(tmp_path, Budget(max_iterations=5, max_cost_usd=1.0))
    agent = Scripted(
        Step({"src/refunds.py": V1, "pyproject.toml": "[project]\n"}, cost_usd=0.125),
        Step(ok=False, error="the model API said 529: overloaded", cost_usd=0.125),
        Step({"src/refunds.py": V2}, cost_usd=0.125),
        Step({"src/refunds.py": V2 + "\n"}, cost_usd=0.125),
    )
    verifier = Verifier(PASSING, PASSING, FAILING, PASSING)
    monkeypatch.setattr(iteration, "verify", verifier)
    ledger = Ledger(tmp_path / "run")
    seen: list[str] = []

    result = iterate(run, agent, ledger, LoopState(), OPTIONS, seen.append)

    assert result == LoopResult(
        verdict="accepted",
        reason="every gate holds at iteration 4",
        iterations=4,
        cost_usd=0.5,
        run_dir=str(tmp_path / "run"),
    )
    passing_line = " · ".join(f"{name} ok ({name} holds)" for name in STAGES)
    failing_line = "import ok (`refunds` imports) · tests FAILED (1 of 3 tests failed)"
    assert seen == [
        "iteration 1: agent scripted at work",
        "iteration 1: tests",
        f"iteration 1: {passing_line} · 1 violation(s)",
        "iteration 2: agent scripted at work",
        "iteration 2: tests",
        f"iteration 2: {passing_line}",
        "iteration 3: agent scripted at work",
        "iteration 3: tests",
        f"iteration 3: {failing_line}",
        "iteration 4: agent scripted at work",
        "iteration 4: tests",
        f"iteration 4: {passing_line}",
    ]
    assert verifier.calls == [(run.workspace, run.config, run.checks, OPTIONS)] * 4
    violation = (
        "### Violations (this iteration cannot be accepted)\n\n"
        "- `pyproject.toml`: modified a locked file; reverted\n\n"
        "Locked files were restored. Stay inside the writable boundary and do not "
        "hide code from the gates."
    )
    error = "### Your previous turn ended with an error\n\nthe model API said 529: overloaded"
    assert [r.prompt for r in agent.requests] == [
        TASK,
        render_feedback(2, [violation], TASK),
        render_feedback(3, [error], TASK),
        render_feedback(4, [FAILED_TESTS], TASK),
    ]
    assert outline(ledger) == [
        ("prompt", 1),
        ("agent_turn", 1),
        ("violation", 1),
        *stage_events(1, PASSING),
        ("prompt", 2),
        ("agent_turn", 2),
        *stage_events(2, PASSING),
        ("prompt", 3),
        ("agent_turn", 3),
        *stage_events(3, FAILING),
        ("prompt", 4),
        ("agent_turn", 4),
        *stage_events(4, PASSING),
    ]
    assert events(ledger)[-1] == {"event": "verdict", **result.to_dict()}
    written = json.loads((tmp_path / "run" / "result.json").read_text(encoding="utf-8"))
    assert written == result.to_dict()
    assert (tmp_path / "run" / "final.patch").read_text(encoding="utf-8") == (
        "diff --git a/src/refunds.py b/src/refunds.py\n"
        "--- /dev/null\n+++ b/src/refunds.py\n@@ -0,0 +1,3 @@\n"
        "+def refundable(paid, charged_back, refunded, requested):\n+    return 2\n+\n"
    )


def test_iterations_stop_when_the_budget_of_iterations_is_spent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run = loop_run(tmp_path, Budget(max_iterations=2))
    agent = Scripted(Step({"src/refunds.py": V1}), Step({"src/refunds.py": V2}))
    verifier = Verifier(FAILING, FAILING)
    monkeypatch.setattr(iteration, "verify", verifier)
    ledger = Ledger(tmp_path / "run")
    state = LoopState()

    result = iterate(run, agent, ledger, state, OPTIONS, lambda _message: None)

    reason = "budget spent: 2 of 2 iterations used"
    assert result == LoopResult(
        verdict="rejected",
        reason=reason,
        iterations=2,
        cost_usd=0.0,
        run_dir=str(tmp_path / "run"),
    )
    assert len(verifier.calls) == 2
    assert state.findings == [FAILED_TESTS]
    assert events(ledger)[-1] == {
        "event": "verdict",
        "verdict": "rejected",
        "reason": reason,
        "iterations": 2,
        "cost_usd": 0.0,
        "run_dir": str(tmp_path / "run"),
        "applied": False,
    }
    written = json.loads((tmp_path / "run" / "result.json").read_text(encoding="utf-8"))
    assert written == result.to_dict()
    assert "+    return 2\n" in (tmp_path / "run" / "final.patch").read_text(encoding="utf-8")


def test_no_turn_is_taken_once_the_minutes_are_spent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run = loop_run(tmp_path, Budget(max_minutes=1.0))
    agent = Scripted(Step({"src/refunds.py": V1}))
    verifier = Verifier(PASSING)
    monkeypatch.setattr(iteration, "verify", verifier)
    ledger = Ledger(tmp_path / "run")
    seen: list[str] = []

    state = LoopState(started=time.monotonic() - 120.0)
    result = iterate(run, agent, ledger, state, OPTIONS, seen.append)

    assert (result.verdict, result.reason, result.iterations) == (
        "rejected",
        "budget spent: 2.0 of 1.0 minutes used",
        0,
    )
    assert agent.requests == []
    assert verifier.calls == []
    assert seen == []
    assert [e["event"] for e in events(ledger)] == ["verdict"]
    assert (tmp_path / "run" / "final.patch").read_text(encoding="utf-8") == ""


def test_iterations_stop_when_the_turns_cost_what_the_budget_allows(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run = loop_run(tmp_path, Budget(max_iterations=5, max_cost_usd=0.25))
    turn = Step({"src/refunds.py": V1}, cost_usd=0.125)
    agent = Scripted(turn, turn, turn)
    verifier = Verifier(FAILING, FAILING, FAILING)
    monkeypatch.setattr(iteration, "verify", verifier)
    ledger = Ledger(tmp_path / "run")

    result = iterate(run, agent, ledger, LoopState(), OPTIONS, lambda _message: None)

    assert (result.verdict, result.reason, result.iterations, result.cost_usd) == (
        "rejected",
        "budget spent: $0.2500 of $0.25 used",
        2,
        0.25,
    )
    assert [r.cost_limit_usd for r in agent.requests] == [0.25, 0.125]

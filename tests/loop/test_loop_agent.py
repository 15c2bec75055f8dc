"""agent_turn: one turn of a (replayed) agent within the budget, its trespasses reverted."""

from __future__ import annotations

import dataclasses
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from agenticops.agents.base import TurnRequest, TurnResult
from agenticops.agents.replay import ReplayAgent
from agenticops.errors import AgentError
from agenticops.ledger import Ledger
from agenticops.loop.agent import agent_turn, choose_agent
from agenticops.loop.state import LoopState
from agenticops.loop_setup import Budget, Run
from agenticops.measure.project import MeasureOptions
from agenticops.prompt import render_feedback
from agenticops.spec import load_spec
from agenticops.verify import Checks
from agenticops.workspace.guard import Boundary, Violation
from tests.mutation_project import config

SPEC = Path(__file__).resolve().parents[2] / "examples" / "refunds" / "specs" / "refunds"
TASK = "Implement refundable in src/refunds.py.\n"
PYPROJECT = '[project]\nname = "refunds"\n'
REFUNDS = "def refundable(paid, charged_back, refunded, requested):\n    return 0\n"


class Priced:
    """A ReplayAgent whose turns cost a fixed price and take a fixed time; keeps the requests."""

    def __init__(self, recording: Path, cost_usd: float) -> None:
        self._replay = ReplayAgent(recording, label="rec")
        self.name = self._replay.name
        self.cost_usd = cost_usd
        self.requests: list[TurnRequest] = []

    def run(self, turn: TurnRequest) -> TurnResult:
        self.requests.append(turn)
        result = self._replay.run(turn)
        return dataclasses.replace(result, cost_usd=self.cost_usd, duration=0.5)


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def make_run(tmp_path: Path) -> Run:
    """A workspace with a locked pyproject.toml and writable src/, its baseline beside it."""
    workspace = write(tmp_path / "workspace", {"pyproject.toml": PYPROJECT, "src/.keep": ""})
    shutil.copytree(workspace, tmp_path / "baseline")
    return Run(
        spec=load_spec(SPEC),
        config=config(workspace),
        budget=Budget(max_minutes=2.0, max_cost_usd=1.0),
        start=workspace,
        workspace=workspace,
        baseline=tmp_path / "baseline",
        boundary=Boundary(writable=("src/**",), locked=("pyproject.toml",)),
        checks=Checks(module="refunds", required_tests=(), operative=lambda _work: ()),
        task=TASK,
        user_before={},
    )


def recording(tmp_path: Path, iteration: int, files: dict[str, str]) -> Path:
    root = tmp_path / "recording"
    write(root / str(iteration), files)
    (root / "1").mkdir(parents=True, exist_ok=True)
    return root


def events(ledger: Ledger) -> list[dict[str, Any]]:
    return [{k: v for k, v in e.items() if k != "at"} for e in ledger.events()]


def test_a_turn_is_asked_with_the_task_and_what_is_left_of_the_budget(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    agent = Priced(recording(tmp_path, 1, {"src/refunds.py": REFUNDS}), cost_usd=0.125)
    ledger = Ledger(tmp_path / "run")
    state = LoopState(iteration=1, cost=0.25, started=time.monotonic() - 30.0)

    turn, violations = agent_turn(run, agent, ledger, state)

    [request] = agent.requests
    prompt_file = tmp_path / "run" / "prompts" / "iteration-1.md"
    assert request.prompt == TASK
    assert request.prompt_file == prompt_file
    assert prompt_file.read_text(encoding="utf-8") == TASK
    assert request.workspace == run.workspace
    assert request.iteration == 1
    assert 89.0 < request.time_limit <= 90.0  # 2 minutes less the 30 s already spent
    assert request.cost_limit_usd == 0.75  # $1 less the $0.25 already spent
    assert state.cost == 0.375
    assert turn.written == ("src/refunds.py",)
    assert turn.cost_usd == 0.125
    assert violations == ()
    assert (run.workspace / "src" / "refunds.py").read_text(encoding="utf-8") == REFUNDS
    assert events(ledger) == [
        {"event": "prompt", "iteration": 1, "path": "prompts/iteration-1.md"},
        {
            "event": "agent_turn",
            "iteration": 1,
            "ok": True,
            "error": "",
            "input_tokens": 0,
            "output_tokens": 0,
            "cache_read_tokens": 0,
            "cache_write_tokens": 0,
            "cost_usd": 0.125,
            "calls": 0,
            "duration": 0.5,
            "changed": ["src/refunds.py"],
        },
    ]


def test_a_later_turn_gets_the_findings_and_its_trespasses_are_reverted(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    files = {"src/refunds.py": REFUNDS, "pyproject.toml": "[project]\n", "notes.txt": "mine\n"}
    agent = Priced(recording(tmp_path, 2, files), cost_usd=0.0)
    ledger = Ledger(tmp_path / "run")
    state = LoopState(iteration=2, findings=["### Tests failed"], started=time.monotonic())

    turn, violations = agent_turn(run, agent, ledger, state)

    [request] = agent.requests
    feedback = render_feedback(2, ["### Tests failed"], TASK)
    assert request.prompt == feedback
    assert request.prompt_file.read_text(encoding="utf-8") == feedback
    assert request.iteration == 2
    assert request.cost_limit_usd == 1.0
    assert turn.ok
    outside = "created outside the writable boundary; removed"
    assert violations == (
        Violation(path="notes.txt", kind="outside", detail=outside),
        Violation(path="pyproject.toml", kind="locked", detail="modified a locked file; reverted"),
    )
    assert (run.workspace / "pyproject.toml").read_text(encoding="utf-8") == PYPROJECT
    assert not (run.workspace / "notes.txt").exists()
    assert (run.workspace / "src" / "refunds.py").read_text(encoding="utf-8") == REFUNDS
    recorded = events(ledger)
    assert [(e["event"], e["iteration"]) for e in recorded] == [
        ("prompt", 2),
        ("agent_turn", 2),
        ("violation", 2),
        ("violation", 2),
    ]
    assert recorded[1]["changed"] == ["notes.txt", "pyproject.toml", "src/refunds.py"]
    assert recorded[2:] == [
        {
            "event": "violation",
            "iteration": 2,
            "path": "notes.txt",
            "kind": "outside",
            "detail": "created outside the writable boundary; removed",
        },
        {
            "event": "violation",
            "iteration": 2,
            "path": "pyproject.toml",
            "kind": "locked",
            "detail": "modified a locked file; reverted",
        },
    ]


def request(workspace: Path, iteration: int = 1) -> TurnRequest:
    return TurnRequest(
        prompt=TASK,
        workspace=workspace,
        iteration=iteration,
        prompt_file=workspace / "prompt.md",
        time_limit=30.0,
        cost_limit_usd=1.0,
    )


def test_the_agent_on_the_command_line_wins_over_the_configured_one(tmp_path: Path) -> None:
    root = recording(tmp_path, 1, {"src/refunds.py": REFUNDS}).parent
    cfg = dataclasses.replace(config(root), agent="command:exit 1")
    workspace = write(tmp_path / "workspace", {"src/.keep": ""})

    agent = choose_agent("replay:recording", cfg, MeasureOptions(python="py", env={}))

    assert agent.name == "replay:recording"
    assert agent.run(request(workspace)).written == ("src/refunds.py",)  # read under config.root
    assert (workspace / "src" / "refunds.py").read_text(encoding="utf-8") == REFUNDS


def test_without_one_on_the_command_line_the_configured_agent_works(tmp_path: Path) -> None:
    cfg = dataclasses.replace(config(tmp_path), agent='command:printf %s "$WHO" > who.txt')
    options = MeasureOptions(python="py", env={"WHO": "configured", "PATH": os.defpath})

    agent = choose_agent("", cfg, options)

    assert agent.name == 'command:printf %s "$WHO" > who.txt'
    assert agent.run(request(tmp_path)).ok
    assert (tmp_path / "who.txt").read_text(encoding="utf-8") == "configured"  # options.env


def test_no_agent_anywhere_is_an_agent_error(tmp_path: Path) -> None:
    with pytest.raises(AgentError) as raised:
        choose_agent(None, config(tmp_path), MeasureOptions(python="py", env={}))
    assert str(raised.value) == (
        "no agent: give --agent (anthropic[:MODEL], command:..., replay:DIR) "
        "or set agent = in [tool.agenticops]"
    )

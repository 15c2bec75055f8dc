"""The loop's pure parts: budget arithmetic, the summary, where the project is."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenticops.commands import emit, find_project, summary
from agenticops.errors import ConfigError
from agenticops.loop import LoopResult
from agenticops.loop_setup import Budget


def test_budget_reasons_in_order() -> None:
    budget = Budget(max_iterations=3, max_minutes=1.0, max_cost_usd=0.5)
    assert budget.exhausted(2, 0.49, 59.9) is None
    assert budget.exhausted(3, 0.0, 0.0) == "budget spent: 3 of 3 iterations used"
    assert budget.exhausted(1, 0.0, 60.0) == "budget spent: 1.0 of 1.0 minutes used"
    assert budget.exhausted(1, 0.5, 0.0) == "budget spent: $0.5000 of $0.5 used"
    assert Budget().exhausted(1, 1e9, 0.0) is None  # no USD limit by default


def test_budget_remaining() -> None:
    budget = Budget(max_minutes=2.0, max_cost_usd=1.0)
    assert budget.remaining_seconds(30.0) == 90.0
    assert budget.remaining_seconds(500.0) == 1.0
    assert budget.remaining_cost(0.25) == 0.75
    assert budget.remaining_cost(3.0) == 0.0
    assert Budget().remaining_cost(3.0) is None
    assert budget.to_dict() == {"max_iterations": 5, "max_minutes": 2.0, "max_cost_usd": 1.0}


def test_summary_lines() -> None:
    result = LoopResult(
        verdict="accepted",
        reason="every gate holds at iteration 2",
        iterations=2,
        cost_usd=0.0183,
        run_dir="/r",
        applied=True,
    )
    assert summary(result).splitlines() == [
        "ACCEPTED after 2 iteration(s): every gate holds at iteration 2",
        "cost: $0.0183",
        "run directory: /r",
        "  ledger.jsonl, prompts/, report.json, result.json, final.patch",
        "the accepted change was applied to the project",
    ]


def test_find_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "proj" / "specs" / "x").mkdir(parents=True)
    (tmp_path / "proj" / "pyproject.toml").write_text("")
    assert find_project(tmp_path / "proj" / "specs" / "x") == (tmp_path / "proj").resolve()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lone").mkdir()
    assert find_project(tmp_path / "lone") == tmp_path  # no pyproject.toml above: the cwd


def test_emit_to_a_file_and_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    emit("text", tmp_path / "out.txt")
    assert (tmp_path / "out.txt").read_text() == "text"
    emit("line", None)
    assert capsys.readouterr().out == "line\n"
    with pytest.raises(ConfigError, match=r"--output .*: cannot write"):
        emit("x", tmp_path / "missing" / "out.txt")

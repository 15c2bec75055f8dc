"""The loop with the Anthropic agent (real SDK, local Messages API), agent-written steps, Ctrl-C."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agenticops.cli import main
from tests.agents.fake_anthropic import OVERLOADED, FakeAnthropic, reply, text, tool_use
from tests.e2e.loop_support import (
    AGENTS,
    BUGGY,
    REFUNDS,
    RIGHT,
    TESTS,
    command_agent,
    refunds_project,
    write_iterations,
)

pytestmark = pytest.mark.e2e


def write(path: str, content: str, id: str) -> dict[str, Any]:
    return tool_use("write_file", {"path": path, "content": content}, id=id)


def test_anthropic_agent_converges_and_the_ledger_shows_tokens_and_cost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = refunds_project(tmp_path)
    script = [
        # iteration 1: a buggy implementation and tests, in two tool calls, then done
        reply(
            [
                text("Writing it."),
                write("src/refunds.py", BUGGY, "t1"),
                write("tests/test_refunds.py", TESTS, "t2"),
            ],
            stop_reason="tool_use",
            input_tokens=1000,
            output_tokens=200,
            cache_write=800,
        ),
        reply([text("Done.")], input_tokens=1200, output_tokens=10, cache_read=800),
        # iteration 2: the API is overloaded once (the SDK retries), then the fix
        OVERLOADED,
        reply(
            [write("src/refunds.py", RIGHT, "t3")],
            stop_reason="tool_use",
            input_tokens=2000,
            output_tokens=150,
        ),
        reply([text("Fixed the cap.")], input_tokens=2100, output_tokens=5),
    ]
    with FakeAnthropic(script) as fake:
        monkeypatch.setenv("ANTHROPIC_BASE_URL", fake.url)
        monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
        code = main(
            [
                "loop",
                str(project / "specs" / "refunds"),
                "--agent",
                "anthropic:claude-sonnet-5-5",
                "--json",
            ]
        )
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (result["verdict"], result["iterations"]) == ("accepted", 2)
    assert len(fake.requests) == 5  # 4 answers + 1 retried 529
    assert {k.lower(): v for k, v in fake.requests[0].headers.items()}[
        "authorization"
    ] == "Bearer test-key"
    first_prompt = fake.requests[0].body["messages"][0]["content"]
    assert "refundable" in json.dumps(first_prompt)
    second_prompt = json.dumps(fake.requests[2].body["messages"][0]["content"])
    assert "Refund what the chargeback left" in second_prompt
    run = Path(result["run_dir"])
    turns = [json.loads(line) for line in (run / "ledger.jsonl").read_text().splitlines()]
    turns = [e for e in turns if e["event"] == "agent_turn"]
    assert [(t["input_tokens"], t["output_tokens"], t["calls"]) for t in turns] == [
        (2200, 210, 2),
        (4100, 155, 2),
    ]
    # claude-sonnet-5-5 per MTok: input $2, output $10, cache write $2.50, cache read $0.10
    assert [t["cost_usd"] for t in turns] == pytest.approx([0.00858, 0.00975], abs=1e-9)
    assert result["cost_usd"] == pytest.approx(0.01833, abs=1e-9)


#: the human's steps from the example, as an agent might write them: first with a Then step
#: that does not check its value, then right
STEPS_STRONG = (REFUNDS / "specs" / "refunds" / "steps.py").read_text()
STEPS_WEAK = STEPS_STRONG.replace("assert outcome == amount", "assert outcome is not None")


def test_agent_written_steps_must_check_the_scenario_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = refunds_project(tmp_path, human_steps=False)
    recording = write_iterations(
        tmp_path / "rec",
        {
            1: {
                "src/refunds.py": RIGHT,
                "tests/test_refunds.py": TESTS,
                "tests/conftest.py": STEPS_WEAK,
            },
            2: {"tests/conftest.py": STEPS_STRONG},
        },
    )
    code = main(
        [
            "loop",
            str(project / "specs" / "refunds"),
            "--agent",
            command_agent(AGENTS / "copy_iteration.sh", recording),
            "--json",
        ]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert result["iterations"] == 2
    second = (Path(result["run_dir"]) / "prompts" / "iteration-2.md").read_text()
    assert "### Acceptance steps do not check their values" in second
    assert "7500" in second


def test_ctrl_c_stops_cleanly_with_the_ledger_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from agenticops.agents.replay import ReplayAgent

    project = refunds_project(tmp_path)
    recording = write_iterations(
        tmp_path / "rec", {1: {"src/refunds.py": BUGGY, "tests/test_refunds.py": TESTS}}
    )
    original = ReplayAgent.run

    def interrupted_at_2(self: ReplayAgent, turn: Any) -> Any:
        if turn.iteration == 2:  # as the mutation stage says what it kept
            raise KeyboardInterrupt("mutation cache: the 3 mutant verdict(s) ... are kept")
        return original(self, turn)

    monkeypatch.setattr(ReplayAgent, "run", interrupted_at_2)
    code = main(["loop", str(project / "specs" / "refunds"), "--agent", f"replay:{recording}"])
    assert code == 130
    assert (
        "interrupted; mutation cache: the 3 mutant verdict(s) ... are kept; "
        "the ledger is complete up to here: "
    ) in capsys.readouterr().err
    [run] = list((project / ".agenticops" / "runs").iterdir())
    kinds = [json.loads(line)["event"] for line in (run / "ledger.jsonl").read_text().splitlines()]
    assert kinds[-1] == "verdict"
    assert "stage" in kinds
    assert kinds.count("prompt") == 2
    result = json.loads((run / "result.json").read_text())
    assert (result["verdict"], result["reason"], result["iterations"]) == (
        "rejected",
        "interrupted by the user",
        2,
    )
    assert (run / "final.patch").exists()
    assert not (run / "start").exists()
    assert not (run / "baseline").exists()


def test_agent_errors_import_errors_and_deselected_locked_tests_are_fed_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = refunds_project(tmp_path)
    recording = write_iterations(
        tmp_path / "rec",
        {
            1: {"src/refunds.py": "def refundable(:\n"},
            2: {
                "src/refunds.py": RIGHT,
                "tests/test_refunds.py": TESTS,
                "tests/conftest.py": "collect_ignore_glob = ['agenticops_contract/*']\n",
            },
            3: {"tests/conftest.py": "# nothing to ignore\n"},
        },
    )
    code = main(
        [
            "loop",
            str(project / "specs" / "refunds"),
            "--agent",
            f"command:sh {AGENTS / 'fail_first.sh'} {recording}",
            "--json",
        ]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert result["iterations"] == 3
    prompts = Path(result["run_dir"]) / "prompts"
    second = (prompts / "iteration-2.md").read_text()
    assert "### Your previous turn ended with an error" in second
    assert "agent crashed: out of ideas" in second
    assert "### `import refunds` failed" in second
    assert "SyntaxError" in second
    third = (prompts / "iteration-3.md").read_text()
    assert "### Locked tests did not run" in third
    assert "`tests/agenticops_contract/test_acceptance.py` was not collected" in third

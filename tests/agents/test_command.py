from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path

import pytest

from agenticops.agents.base import TurnRequest
from agenticops.agents.command import ERROR_TAIL, CommandAgent
from agenticops.errors import AgentError

Turn = Callable[..., TurnRequest]
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}

AGENT_SCRIPT = """\
#!/bin/sh
# a CLI agent: reads the prompt on stdin, writes a file, reports on its environment
mkdir -p src
cat > src/prompt_copy.md
{
  echo "iteration=$AGENTICOPS_ITERATION"
  echo "workspace=$AGENTICOPS_WORKSPACE"
  echo "prompt_file=$(cat "$AGENTICOPS_PROMPT_FILE")"
  echo "cwd=$(pwd)"
  echo "custom=$CUSTOM"
} > src/env.txt
echo "wrote src/env.txt"
"""


def script(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "agent.sh"
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755)
    return path


def test_a_script_agent_writes_files_and_sees_the_turn(
    tmp_path: Path, workspace: Path, turn: Turn
) -> None:
    agent_sh = script(tmp_path, AGENT_SCRIPT)
    agent = CommandAgent(f"{agent_sh} --flag | cat", env={**ENV, "CUSTOM": "yes"})
    assert agent.name == f"command:{agent_sh} --flag | cat"
    request = turn(prompt="Implement refunds.\nLine 2.", iteration=2)
    result = agent.run(request)
    assert result.ok, result.error
    assert result.transcript == "wrote src/env.txt\n"
    assert (result.cost_usd, result.input_tokens, result.written, result.calls) == (0.0, 0, (), ())
    assert (workspace / "src/prompt_copy.md").read_text(encoding="utf-8") == (
        "Implement refunds.\nLine 2."
    )
    assert (workspace / "src/env.txt").read_text(encoding="utf-8").splitlines() == [
        "iteration=2",
        f"workspace={workspace}",
        "prompt_file=Implement refunds.\nLine 2.".splitlines()[0],
        "Line 2.",
        f"cwd={workspace}",
        "custom=yes",
    ]
    assert result.duration > 0


def test_no_time_limit(turn: Turn) -> None:
    result = CommandAgent("cat", env=ENV).run(turn(time_limit=math.inf, prompt="hello"))
    assert (result.ok, result.transcript) == (True, "hello")


def test_a_failing_command_gives_its_stderr_tail(turn: Turn) -> None:
    result = CommandAgent("echo out; echo boom >&2; exit 3", env=ENV).run(turn())
    assert not result.ok
    assert result.error == "agent command exited with code 3: boom"
    quiet = CommandAgent("echo only stdout; exit 1", env=ENV).run(turn())
    assert quiet.error == "agent command exited with code 1: only stdout"
    long = CommandAgent(f"yes x | head -c {ERROR_TAIL * 2} >&2; false", env=ENV).run(turn())
    assert long.error.startswith("agent command exited with code 1: [… ")
    assert long.error.endswith("x\nx")
    assert len(long.error) < ERROR_TAIL + 100


def test_a_command_that_runs_too_long_is_killed(turn: Turn, workspace: Path) -> None:
    result = CommandAgent("sleep 30; touch late", env=ENV).run(turn(time_limit=0.3))
    assert not result.ok
    assert result.error == "agent command timed out after 0.3 s (and was killed)"
    assert result.duration < 5
    assert not (workspace / "late").exists()


CLAUDE_RESULT = {
    "type": "result",
    "subtype": "success",
    "is_error": False,
    "num_turns": 3,
    "result": "Implemented refundable().",
    "total_cost_usd": 0.00138,
    "usage": {"input_tokens": 300, "output_tokens": 52, "cache_read_input_tokens": 100,
              "cache_creation_input_tokens": 100},
}  # fmt: skip


def test_claude_code_json_gives_cost_and_usage(tmp_path: Path, turn: Turn) -> None:
    (tmp_path / "out.json").write_text(json.dumps(CLAUDE_RESULT, indent=2), encoding="utf-8")
    result = CommandAgent(f"cat {tmp_path / 'out.json'}", env=ENV).run(turn())
    assert result.ok
    assert result.cost_usd == 0.00138
    assert (result.input_tokens, result.output_tokens) == (300, 52)
    assert (result.cache_read_tokens, result.cache_write_tokens) == (100, 100)
    assert result.transcript == "Implemented refundable()."


def test_claude_code_stream_json_uses_the_last_line(tmp_path: Path, turn: Turn) -> None:
    lines = [{"type": "system"}, {"type": "assistant"}, {**CLAUDE_RESULT, "total_cost_usd": 2}]
    text = "\n".join(json.dumps(line) for line in lines) + "\n"
    (tmp_path / "out.jsonl").write_text(text, encoding="utf-8")
    result = CommandAgent(f"cat {tmp_path / 'out.jsonl'}", env=ENV).run(turn())
    assert (result.ok, result.cost_usd, result.input_tokens) == (True, 2.0, 300)


def test_only_the_last_line_can_be_the_result(tmp_path: Path, turn: Turn) -> None:
    lines = ["starting", json.dumps(CLAUDE_RESULT), "bye"]
    (tmp_path / "out.txt").write_text("\n".join(lines), encoding="utf-8")
    result = CommandAgent(f"cat {tmp_path / 'out.txt'}", env=ENV).run(turn())
    assert (result.ok, result.cost_usd, result.input_tokens) == (True, 0.0, 0)
    assert result.transcript == "\n".join(lines)


def test_claude_code_reporting_an_error(tmp_path: Path, turn: Turn) -> None:
    report = {**CLAUDE_RESULT, "is_error": True, "subtype": "error_max_turns", "result": "stuck"}
    (tmp_path / "out.json").write_text(json.dumps(report), encoding="utf-8")
    result = CommandAgent(f"cat {tmp_path / 'out.json'}", env=ENV).run(turn())
    assert not result.ok
    assert result.error == "agent reported an error (error_max_turns): stuck"
    assert result.cost_usd == 0.00138
    del report["subtype"]
    (tmp_path / "out.json").write_text(json.dumps(report), encoding="utf-8")
    result = CommandAgent(f"cat {tmp_path / 'out.json'}", env=ENV).run(turn())
    assert result.error == "agent reported an error (error): stuck"


@pytest.mark.parametrize(
    "stdout",
    [
        {"total_cost_usd": "a lot", "usage": {"input_tokens": "many", "output_tokens": True}},
        {"total_cost_usd": -1.0, "usage": "none"},
        {"total_cost_usd": True},
        ["total_cost_usd"],
        {"cost": 5},
    ],
)
def test_odd_json_is_not_trusted(tmp_path: Path, turn: Turn, stdout: object) -> None:
    (tmp_path / "out.json").write_text(json.dumps(stdout), encoding="utf-8")
    result = CommandAgent(f"cat {tmp_path / 'out.json'}", env=ENV).run(turn())
    assert result.ok
    assert (result.cost_usd, result.input_tokens, result.output_tokens) == (0.0, 0, 0)


def test_an_empty_command_is_refused() -> None:
    with pytest.raises(AgentError) as caught:
        CommandAgent("  ", env=ENV)
    assert str(caught.value) == "command: agent needs a shell command, e.g. command:claude -p"

"""The Anthropic agent with the real SDK (anthropic 2.10, httpx2) against the local fake server."""

from __future__ import annotations

import math
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from agenticops.agents.anthropic_api import (
    CONTINUE,
    CUT_TOOL,
    NO_KEY,
    SYSTEM_PROMPT,
    TEXT_CLIP,
    AnthropicAgent,
    anthropic_agent,
)
from agenticops.agents.anthropic_api import turn as turn_state
from agenticops.agents.base import ApiCall, TurnRequest, clip
from agenticops.agents.prices import ModelPrice, PriceTable, Rates, load_prices
from agenticops.errors import AgentError, ExitCode

from .fake_anthropic import (
    OVERLOADED,
    UNAUTHORIZED,
    Failure,
    FakeAnthropic,
    RawEvents,
    Slow,
    reply,
    sse_events,
    text,
    thinking,
    tool_use,
)

Turn = Callable[..., TurnRequest]
SONNET = load_prices().lookup("claude-sonnet-5-5")
WRITE = tool_use(
    "write_file", {"path": "src/refunds.py", "content": "def refundable():\n    ...\n"}
)


@pytest.fixture
def fake() -> Iterator[FakeAnthropic]:
    with FakeAnthropic() as server:
        yield server


def agent_for(fake: FakeAnthropic, **options: Any) -> AnthropicAgent:
    assert SONNET is not None
    settings: dict[str, Any] = {"model": "claude-sonnet-5-5", "price": SONNET,
                                "api_key": "test-key", "base_url": fake.url, **options}  # fmt: skip
    return AnthropicAgent(**settings)


def test_a_tool_use_conversation_writes_into_the_workspace(
    fake: FakeAnthropic, workspace: Path, turn: Turn
) -> None:
    fake.script.extend([
        reply([thinking(), text("Writing the module."), WRITE], stop_reason="tool_use",
              cache_write=100),
        reply([text("Done: refundable() written.")], cache_read=100),
    ])  # fmt: skip
    result = agent_for(fake).run(turn())
    assert result.ok, result.error
    assert (workspace / "src/refunds.py").read_text(encoding="utf-8") == (
        "def refundable():\n    ...\n"
    )
    assert result.written == ("src/refunds.py",)
    assert result.calls == (
        ApiCall(model="claude-sonnet-5-5", input_tokens=300, output_tokens=52, cache_read_tokens=0,
                cache_write_tokens=100, cost_usd=0.00137, stop_reason="tool_use",
                duration=result.calls[0].duration),
        ApiCall(model="claude-sonnet-5-5", input_tokens=300, output_tokens=52,
                cache_read_tokens=100, cache_write_tokens=0, cost_usd=0.00113,
                stop_reason="end_turn", duration=result.calls[1].duration),
    )  # fmt: skip
    for call in result.calls:  # seconds, to the millisecond
        assert isinstance(call.duration, float)
        assert 0 <= call.duration < 10
        assert round(call.duration, 3) == call.duration
    assert 0 < result.duration < 10
    assert (result.input_tokens, result.output_tokens) == (600, 104)
    assert (result.cache_read_tokens, result.cache_write_tokens) == (100, 100)
    assert result.cost_usd == 0.0025
    assert result.transcript.splitlines() == [
        "[call 1: tool_use, 300 in, 52 out, 0 cache read, 100 cache write, $0.001370]",
        "assistant: Writing the module.",
        "tool write_file src/refunds.py -> wrote src/refunds.py (26 bytes)",
        "[call 2: end_turn, 300 in, 52 out, 100 cache read, 0 cache write, $0.001130]",
        "assistant: Done: refundable() written.",
    ]
    first, second = fake.requests
    assert first.path == "/v1/messages"
    assert first.headers["Authorization"] == "Bearer test-key"
    assert first.body["stream"] is True
    assert first.body["model"] == "claude-sonnet-5-5"
    assert first.body["max_tokens"] == 16_000
    assert first.body["messages"] == [{"role": "user", "content": "Implement refunds."}]
    assert second.body["messages"][1:] == [
        {"role": "assistant", "content": [thinking(), text("Writing the module."), WRITE]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01",
                                      "content": "wrote src/refunds.py (26 bytes)",
                                      "is_error": False}]},
    ]  # fmt: skip


def test_prompt_caching_marks_tools_system_and_conversation(
    fake: FakeAnthropic, turn: Turn
) -> None:
    fake.script.append(reply([text("nothing to do")]))
    assert agent_for(fake).run(turn()).ok
    body = fake.requests[0].body
    ephemeral = {"type": "ephemeral"}
    assert body["system"] == [{"type": "text", "text": SYSTEM_PROMPT, "cache_control": ephemeral}]
    assert [t["name"] for t in body["tools"]] == ["list_files", "read_file", "write_file"]
    assert [t.get("cache_control") for t in body["tools"]] == [None, None, ephemeral]
    assert body["cache_control"] == ephemeral
    assert "tool_choice" not in body  # forced tool use is a 400 on current models


def test_an_overloaded_answer_is_retried_by_the_sdk(fake: FakeAnthropic, turn: Turn) -> None:
    fake.script.extend([
        OVERLOADED,
        reply([WRITE], stop_reason="tool_use"),
        reply([text("done")]),
    ])  # fmt: skip
    result = agent_for(fake).run(turn())
    assert result.ok, result.error
    assert len(fake.requests) == 3
    assert [r.headers["x-stainless-retry-count"] for r in fake.requests] == ["0", "1", "0"]
    assert fake.requests[0].body == fake.requests[1].body
    assert len(result.calls) == 2


def test_overloaded_after_all_retries_is_a_one_line_error(fake: FakeAnthropic, turn: Turn) -> None:
    fake.script.extend([OVERLOADED] * 4)
    result = agent_for(fake).run(turn())
    assert result.ok is False
    assert result.error == "Anthropic API error 529: overloaded_error: Overloaded"
    assert len(fake.requests) == 4  # the first try and 3 retries
    assert result.calls == ()


def test_an_auth_failure_is_a_one_line_error(fake: FakeAnthropic, turn: Turn) -> None:
    fake.script.append(UNAUTHORIZED)
    result = agent_for(fake).run(turn())
    assert (result.ok, result.error) == (
        False,
        "Anthropic API error 401: authentication_error: invalid x-api-key",
    )
    assert len(fake.requests) == 1  # 4xx are not retried


def test_an_error_without_the_api_error_shape(fake: FakeAnthropic, turn: Turn) -> None:
    fake.script.append(Failure(400, "", "", raw="bad gateway\nsays no"))
    result = agent_for(fake).run(turn())
    assert result.error == "Anthropic API error 400: bad gateway says no"


def test_an_error_with_a_message_but_no_type(fake: FakeAnthropic, turn: Turn) -> None:
    fake.script.append(Failure(400, "", "", raw='{"error": {"message": "no good"}}'))
    assert agent_for(fake).run(turn()).error == "Anthropic API error 400: error: no good"


def test_a_call_may_not_outlast_the_turn(fake: FakeAnthropic, turn: Turn) -> None:
    fake.script.append(Slow(1.6, reply([text("too late")])))
    result = agent_for(fake, max_retries=0).run(turn(time_limit=1.0))
    assert not result.ok
    assert result.error == f"cannot reach the Anthropic API at {fake.url}: the request timed out"
    assert "\n" not in result.error
    assert 1.0 <= result.duration < 1.5


def test_no_server_is_a_one_line_error(turn: Turn) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    assert SONNET is not None
    agent = AnthropicAgent(model="claude-sonnet-5-5", price=SONNET, api_key="k", base_url=url,
                           max_retries=0)  # fmt: skip
    result = agent.run(turn())
    assert (result.ok, result.error) == (
        False,
        f"cannot reach the Anthropic API at {url}: [Errno 111] Connection refused",
    )


def test_a_broken_stream_is_a_one_line_error(fake: FakeAnthropic, turn: Turn) -> None:
    events = list(
        sse_events(reply([tool_use("write_file", {"path": "a"})], stop_reason="tool_use"))
    )
    delta = {"type": "input_json_delta", "partial_json": '{"path": ]'}
    events[3] = ("content_block_delta", {"type": "content_block_delta", "index": 0,
                                         "delta": delta})  # fmt: skip
    fake.script.append(RawEvents(events[:5]))
    result = agent_for(fake).run(turn())
    assert not result.ok
    assert result.error.startswith("Anthropic API call failed: Unable to parse tool parameter JSON")
    assert "\n" not in result.error


def test_tool_errors_go_back_to_the_model(fake: FakeAnthropic, workspace: Path, turn: Turn) -> None:
    (workspace / "empty.py").touch()
    fake.script.extend([
        reply([tool_use("write_file", {"path": "../escape.py", "content": "x"}, "t1"),
               tool_use("read_file", {"path": "empty.py"}, "t2"),
               tool_use("list_files", {}, "t3")], stop_reason="tool_use"),
        reply([text("ok")]),
    ])  # fmt: skip
    result = agent_for(fake).run(turn())
    assert result.ok
    assert result.written == ()
    refusal = "../escape.py: '..' is refused; paths must stay inside the workspace"
    assert fake.requests[1].body["messages"][-1]["content"] == [
        {"type": "tool_result", "tool_use_id": "t1", "content": refusal, "is_error": True},
        {"type": "tool_result", "tool_use_id": "t2", "content": "", "is_error": False},
        {"type": "tool_result", "tool_use_id": "t3", "content": "empty.py", "is_error": False},
    ]
    assert result.transcript.splitlines()[1:4] == [
        f"tool write_file ../escape.py -> ERROR {refusal}",
        "tool read_file empty.py -> ",
        "tool list_files  -> empty.py",
    ]
    assert not (workspace.parent / "escape.py").exists()


def test_the_transcript_keeps_first_lines_and_clips_long_texts(
    fake: FakeAnthropic, workspace: Path, turn: Turn
) -> None:
    (workspace / "a.py").touch()
    (workspace / "b.py").write_text("x" * (3 * TEXT_CLIP), encoding="utf-8")
    long = "y" * (TEXT_CLIP + 500)
    fake.script.extend([
        reply([text(long), tool_use("list_files", {}, "t1"),
               tool_use("read_file", {"path": "b.py"}, "t2")], stop_reason="tool_use"),
        reply([text("ok")]),
    ])  # fmt: skip
    transcript = agent_for(fake).run(turn()).transcript
    assert f"\nassistant: {clip(long, TEXT_CLIP)}\n" in transcript
    assert "\ntool list_files  -> a.py\ntool read_file b.py -> " in transcript
    assert f"\ntool read_file b.py -> {clip('x' * 3 * TEXT_CLIP, TEXT_CLIP)}\n" in transcript


def test_max_tokens_declines_the_cut_call_and_asks_to_continue(
    fake: FakeAnthropic, workspace: Path, turn: Turn
) -> None:
    cut = reply(
        [text("Here"), tool_use("write_file", {"path": "half.py"})], stop_reason="max_tokens"
    )
    fake.script.extend([cut, reply([text(" it is.")])])
    result = agent_for(fake).run(turn())
    assert result.ok
    assert fake.requests[1].body["messages"][-1] == {
        "role": "user",
        "content": [
            {"type": "tool_result", "tool_use_id": "toolu_01", "content": CUT_TOOL,
             "is_error": True},
            {"type": "text", "text": CONTINUE},
        ],
    }  # fmt: skip
    assert not (workspace / "half.py").exists()


def test_pause_turn_sends_the_conversation_back_as_it_is(fake: FakeAnthropic, turn: Turn) -> None:
    fake.script.extend([reply([text("thinking hard")], stop_reason="pause_turn"),
                        reply([text("done")])])  # fmt: skip
    result = agent_for(fake).run(turn())
    assert result.ok
    assert fake.requests[1].body["messages"] == [
        {"role": "user", "content": "Implement refunds."},
        {"role": "assistant", "content": [text("thinking hard")]},
    ]


@pytest.mark.parametrize(
    ("stop_reason", "ok", "error"),
    [
        ("stop_sequence", True, ""),
        ("refusal", False, "the model refused the task (stop_reason refusal)"),
        ("model_context_window_exceeded", False,
         "the model stopped early (stop_reason model_context_window_exceeded)"),
    ],
)  # fmt: skip
def test_other_stop_reasons(
    fake: FakeAnthropic, turn: Turn, stop_reason: str, ok: bool, error: str
) -> None:
    fake.script.append(reply([text("...")], stop_reason=stop_reason))
    result = agent_for(fake).run(turn())
    assert (result.ok, result.error, len(fake.requests)) == (ok, error, 1)


def test_the_turn_limit(fake: FakeAnthropic, turn: Turn) -> None:
    fake.script.extend([reply([tool_use("list_files", {}, f"t{i}")], stop_reason="tool_use")
                        for i in range(3)])  # fmt: skip
    result = agent_for(fake, max_calls=2).run(turn())
    assert result.error == "turn limit reached: 2 API calls and the model was not done"
    assert len(fake.requests) == 2


def test_the_cost_limit_stops_before_a_call_that_would_overrun(
    fake: FakeAnthropic, workspace: Path, turn: Turn
) -> None:
    fake.script.extend([reply([WRITE], stop_reason="tool_use", cache_write=100),
                        reply([text("done")])])  # fmt: skip
    result = agent_for(fake).run(turn(cost_limit_usd=0.002))
    # the first call cost $0.00137; another like it would pass $0.002
    assert (result.ok, result.error) == (
        False,
        "cost limit reached: $0.001370 spent, $0.002000 allowed for this turn",
    )
    assert len(fake.requests) == 1
    assert result.cost_usd == 0.00137
    assert result.written == ("src/refunds.py",)  # the paid-for tool calls still ran
    assert (workspace / "src/refunds.py").exists()


def test_a_spent_budget_or_time_makes_no_call(fake: FakeAnthropic, turn: Turn) -> None:
    agent = agent_for(fake)
    assert agent.run(turn(cost_limit_usd=0.0)).error == (
        "cost limit reached: $0.000000 spent, $0.000000 allowed for this turn"
    )
    assert agent.run(turn(time_limit=0.0)).error == "time limit reached (0 s)"
    assert fake.requests == []


def test_a_budget_that_suffices(fake: FakeAnthropic, turn: Turn) -> None:
    fake.script.extend([reply([WRITE], stop_reason="tool_use"), reply([text("done")])])
    result = agent_for(fake).run(turn(cost_limit_usd=1.0, time_limit=math.inf))
    assert (result.ok, len(fake.requests)) == (True, 2)


def test_made_from_the_env(fake: FakeAnthropic, turn: Turn) -> None:
    env = {
        "ANTHROPIC_API_KEY": "from-env",
        "ANTHROPIC_AUTH_TOKEN": "t",
        "ANTHROPIC_BASE_URL": fake.url,
    }
    agent = anthropic_agent(None, env=env)
    assert (agent.name, agent.model) == ("anthropic:claude-sonnet-5-5", "claude-sonnet-5-5")
    fake.script.append(reply([text("hi")]))
    assert agent.run(turn()).ok
    assert fake.requests.pop().headers["Authorization"] == "Bearer from-env"  # the key wins
    fake.script.append(reply([text("hi")], model="claude-haiku-4-5-20251001"))
    token_agent = anthropic_agent(
        "claude-haiku-4-5-20251001",
        env={"ANTHROPIC_AUTH_TOKEN": "tok", "ANTHROPIC_BASE_URL": fake.url},
    )
    result = token_agent.run(turn())
    assert result.ok
    assert fake.requests[0].headers["Authorization"] == "Bearer tok"
    assert fake.requests[0].body["model"] == "claude-haiku-4-5-20251001"
    assert result.cost_usd == 0.00056  # haiku 4.5: 300·1 + 52·5 per MTok


def test_a_missing_key_is_refused_at_make_time() -> None:
    for env in ({}, {"ANTHROPIC_API_KEY": ""}, {"ANTHROPIC_BASE_URL": "http://x"}):
        with pytest.raises(AgentError) as caught:
            anthropic_agent("claude-sonnet-5-5", env=env)
        assert str(caught.value) == NO_KEY
        assert caught.value.exit_code == ExitCode.CONFIG_ERROR
    assert NO_KEY == (
        "ANTHROPIC_API_KEY is not set: the anthropic agent needs an API key "
        "(or use --agent command:... / replay:...)"
    )


def test_an_unpriced_model_is_refused() -> None:
    with pytest.raises(AgentError) as caught:
        anthropic_agent("claude-sonnet-4-0", env={"ANTHROPIC_API_KEY": "k"})
    message = str(caught.value)
    assert message.startswith(
        "anthropic:claude-sonnet-4-0: no price known for this model, so the USD budget could not "
        "be enforced; refused (priced as of 2026-11-21: claude-fable-5, claude-fable-5-1, "
    )
    assert "claude-sonnet-5-5" in message
    assert "\n" not in message


def test_a_price_table_can_be_given(fake: FakeAnthropic, turn: Turn) -> None:
    table = PriceTable(
        as_of="today",
        default_model="house-model",
        models={"house-model": ModelPrice(model="house-model", base=Rates(
            input=1000.0, output=0.0, cache_write=0.0, cache_read=0.0))},
        aliases={},
    )  # fmt: skip
    env = {"ANTHROPIC_API_KEY": "k", "ANTHROPIC_BASE_URL": fake.url}
    agent = anthropic_agent(None, env=env, prices=table)
    assert agent.name == "anthropic:house-model"
    fake.script.append(reply([text("hi")], model="house-model"))
    assert agent.run(turn()).cost_usd == 0.3  # 300 input tokens at $1000 / MTok


def test_a_turn_with_no_time_left_is_blocked(turn: Turn, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exactly zero seconds left already blocks: the next call could not finish in time."""
    monkeypatch.setattr(turn_state.time, "monotonic", lambda: 100.0)
    state = turn_state.Turn(turn(time_limit=0.0))
    assert state.remaining() == 0.0
    assert state.blocked() == "time limit reached (0 s)"
    assert turn_state.Turn(turn(time_limit=2.5)).blocked() == ""

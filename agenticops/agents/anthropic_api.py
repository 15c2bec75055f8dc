"""The `anthropic[:MODEL]` agent: a streamed Messages API tool-use loop over the file tools.

The only module that imports the `anthropic` SDK. One turn is a conversation of at most
`max_calls` API calls; each call's usage is priced from prices.toml, and the turn stops before
a call that would run past the remaining USD budget or the time limit. API failures (after the
SDK's own retries on 429/5xx/529) end the turn with a one-line error, never a traceback.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import anthropic
from anthropic.types import Message, MessageParam, TextBlockParam, ToolResultBlockParam

from agenticops.agents.base import ApiCall, TurnRequest, TurnResult, clip, summed
from agenticops.agents.files import TOOLS, ToolOutput, run_tool
from agenticops.agents.prices import ModelPrice, PriceTable, load_prices
from agenticops.errors import AgentError

DEFAULT_BASE_URL = "https://api.anthropic.com"
NO_KEY = (
    "ANTHROPIC_API_KEY is not set: the anthropic agent needs an API key "
    "(or use --agent command:... / replay:...)"
)
SYSTEM_PROMPT = """\
You are the coding agent of agenticops, working in an isolated copy of a Python project \
(the workspace). The user message is your task for this iteration: a contract to implement, \
and from the second iteration on, what the verification pipeline found lacking.

Work only through the tools: list_files, read_file and write_file, with paths relative to the \
workspace root. write_file replaces the whole file, so always send its complete content. You \
cannot run commands: after your turn agenticops runs the tests, coverage, complexity, CRAP and \
mutation gates itself. Write only where the task's boundaries allow; writes elsewhere are \
reverted and count as violations, and so do added `pragma: no cover`, `pragma: no mutate`, \
skips and xfails. When the files are written, answer with a short summary of what you changed \
and stop."""
CONTINUE = "Your reply was cut off at the output token limit. Continue exactly where you stopped."
CUT_TOOL = "not run: your reply was cut off at the output token limit before this call was complete"
_EPHEMERAL: dict[str, Any] = {"type": "ephemeral"}
MAX_CALLS = 40  # API calls in one turn
MAX_TOKENS = 16_000  # output tokens per call (streamed, so no 10-minute non-streaming limit)
MAX_RETRIES = 3  # the SDK's own retries on connection errors, 408, 409, 429, 5xx and 529
READ_TIMEOUT = 600.0  # seconds a streamed call may wait for data (the SDK's default)
TEXT_CLIP = 2_000  # characters of one assistant text or tool answer kept in the transcript


def anthropic_agent(
    model: str | None, *, env: Mapping[str, str], prices: PriceTable | None = None
) -> AnthropicAgent:
    """The agent for `anthropic[:MODEL]`, refused up front when it could not work or be priced."""
    table = prices if prices is not None else load_prices()
    chosen = model or table.default_model
    price = table.lookup(chosen)
    if price is None:
        raise AgentError(
            f"anthropic:{chosen}: no price known for this model, so the USD budget could not be "
            f"enforced; refused (priced as of {table.as_of}: {', '.join(sorted(table.models))})"
        )
    api_key = env.get("ANTHROPIC_API_KEY") or None
    auth_token = None if api_key else env.get("ANTHROPIC_AUTH_TOKEN") or None
    if api_key is None and auth_token is None:
        raise AgentError(NO_KEY)
    return AnthropicAgent(
        model=chosen,
        price=price,
        api_key=api_key,
        auth_token=auth_token,
        base_url=env.get("ANTHROPIC_BASE_URL") or DEFAULT_BASE_URL,
    )


class AnthropicAgent:
    """A Messages API model working the workspace through list/read/write file tools."""

    def __init__(
        self,
        *,
        model: str,
        price: ModelPrice,
        api_key: str | None,
        auth_token: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        max_calls: int = MAX_CALLS,
        max_tokens: int = MAX_TOKENS,
        max_retries: int = MAX_RETRIES,
    ) -> None:
        self.name = f"anthropic:{model}"
        self.model = model
        self._price = price
        self._max_calls = max_calls
        self._max_tokens = max_tokens
        self._base_url = base_url
        self._client = anthropic.Anthropic(
            api_key=api_key, auth_token=auth_token, base_url=base_url, max_retries=max_retries
        )
        tools: list[Any] = [dict(tool) for tool in TOOLS]  # ToolParam dicts
        tools[-1]["cache_control"] = _EPHEMERAL  # caches the tool definitions ...
        self._tools = tools
        self._system: list[TextBlockParam] = [  # ... and the static system prompt after them
            {"type": "text", "text": SYSTEM_PROMPT, "cache_control": {"type": "ephemeral"}}
        ]

    def run(self, turn: TurnRequest) -> TurnResult:
        state = _Turn(turn)
        error = self._converse(state)
        return summed(
            state.calls,
            ok=not error,
            error=error,
            written=state.written,
            transcript="\n".join(state.log),
            duration=time.monotonic() - state.started,
        )

    def _converse(self, state: _Turn) -> str:
        """Call, act on the stop reason, repeat; the turn's error, or '' when the model is done."""
        for _ in range(self._max_calls):
            blocked = state.blocked()
            if blocked:
                return blocked
            try:
                message = self._call(state)
            except (anthropic.AnthropicError, ValueError) as exc:
                return self._describe(exc)
            outcome = _follow(message, state)
            if outcome is not None:
                return outcome
        return f"turn limit reached: {self._max_calls} API calls and the model was not done"

    def _call(self, state: _Turn) -> Message:
        started = time.monotonic()
        with self._client.messages.stream(
            model=self.model,
            max_tokens=self._max_tokens,
            system=self._system,
            tools=self._tools,
            messages=state.messages,
            cache_control={"type": "ephemeral"},  # and the conversation so far, call after call
            timeout=min(max(state.remaining(), 1.0), READ_TIMEOUT),
        ) as stream:
            message = stream.get_final_message()
        state.record(message, self._price, time.monotonic() - started)
        return message

    def _describe(self, exc: Exception) -> str:
        if isinstance(exc, anthropic.APIStatusError):
            text = f"Anthropic API error {exc.status_code}: {_status_message(exc)}"
        elif isinstance(exc, anthropic.APIConnectionError):
            text = f"cannot reach the Anthropic API at {self._base_url}: {exc}"
        else:
            text = f"Anthropic API call failed: {exc}"
        return " ".join(text.split())


class _Turn:
    """The mutable state of one turn: the conversation, the calls made, files written, a log."""

    def __init__(self, request: TurnRequest) -> None:
        self.request = request
        self.started = time.monotonic()
        self.messages: list[MessageParam] = [{"role": "user", "content": request.prompt}]
        self.calls: list[ApiCall] = []
        self.written: list[str] = []
        self.log: list[str] = []

    def remaining(self) -> float:
        return self.request.time_limit - (time.monotonic() - self.started)

    def blocked(self) -> str:
        """Why no further call may be made ('' if it may): time is up, or the next call, which
        costs at least about what the last one did (the conversation only grows), would overrun
        the remaining USD budget."""
        if self.remaining() <= 0:
            return f"time limit reached ({self.request.time_limit:g} s)"
        limit = self.request.cost_limit_usd
        spent = sum(call.cost_usd for call in self.calls)
        last = self.calls[-1].cost_usd if self.calls else 0.0
        if limit is not None and spent + last >= limit:
            return f"cost limit reached: ${spent:.6f} spent, ${limit:.6f} allowed for this turn"
        return ""

    def record(self, message: Message, price: ModelPrice, duration: float) -> None:
        usage = message.usage
        tokens = {
            "input_tokens": usage.input_tokens,
            "output_tokens": usage.output_tokens,
            "cache_read_tokens": usage.cache_read_input_tokens or 0,
            "cache_write_tokens": usage.cache_creation_input_tokens or 0,
        }
        call = ApiCall(
            model=message.model,
            cost_usd=price.cost(**tokens),
            stop_reason=str(message.stop_reason),
            duration=round(duration, 3),
            **tokens,
        )
        self.calls.append(call)
        self.messages.append(message.to_param())  # every block, thinking too, verbatim
        self.log.append(
            f"[call {len(self.calls)}: {call.stop_reason}, {call.input_tokens} in, "
            f"{call.output_tokens} out, {call.cache_read_tokens} cache read, "
            f"{call.cache_write_tokens} cache write, ${call.cost_usd:.6f}]"
        )
        texts = (block.text for block in message.content if block.type == "text")
        self.log.extend(f"assistant: {clip(text, TEXT_CLIP)}" for text in texts)

    def answer(self, message: Message, *, cut: bool = False, extra: str = "") -> None:
        """Run (or, when the reply was cut, decline) every tool call and send the results."""
        content: list[ToolResultBlockParam | TextBlockParam] = []
        for block in message.content:
            if block.type != "tool_use":
                continue
            output = (
                ToolOutput(CUT_TOOL, True)
                if cut
                else run_tool(self.request.workspace, block.name, block.input)
            )
            self.written.extend([output.written] if output.written else [])
            path = block.input.get("path", "")
            flag = "ERROR " if output.is_error else ""
            first = output.text.partition("\n")[0]
            self.log.append(f"tool {block.name} {path} -> {flag}{clip(first, TEXT_CLIP)}")
            content.append(
                {
                    "type": "tool_result",
                    "tool_use_id": block.id,
                    "content": output.text,
                    "is_error": output.is_error,
                }
            )
        if extra:
            content.append({"type": "text", "text": extra})
        self.messages.append({"role": "user", "content": content})


def _follow(message: Message, state: _Turn) -> str | None:
    """Act on the stop reason: None to call again, else the turn's error ('' when done)."""
    reason = message.stop_reason
    if reason in ("end_turn", "stop_sequence"):
        return ""
    if reason == "tool_use":
        state.answer(message)
    elif reason == "max_tokens":
        state.answer(message, cut=True, extra=CONTINUE)
    elif reason == "refusal":
        return "the model refused the task (stop_reason refusal)"
    elif reason != "pause_turn":  # pause_turn: send the conversation back as it is
        return f"the model stopped early (stop_reason {reason})"
    return None


def _status_message(exc: anthropic.APIStatusError) -> str:
    body = exc.body
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and "message" in error:
        return f"{error.get('type', 'error')}: {error['message']}"
    return exc.message

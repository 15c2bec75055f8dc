"""The Messages API client of one model: tools and system prompt cached, one streamed call."""

from __future__ import annotations

import time
from typing import Any

import anthropic
from anthropic.types import Message, TextBlockParam

from agenticops.agents.anthropic_api.turn import Turn
from agenticops.agents.files import TOOLS
from agenticops.agents.prices import ModelPrice

DEFAULT_BASE_URL = "https://api.anthropic.com"
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
_EPHEMERAL: dict[str, Any] = {"type": "ephemeral"}
MAX_CALLS = 40  # API calls in one turn
MAX_TOKENS = 16_000  # output tokens per call (streamed, so no 10-minute non-streaming limit)
MAX_RETRIES = 3  # the SDK's own retries on connection errors, 408, 409, 429, 5xx and 529
READ_TIMEOUT = 600.0  # seconds a streamed call may wait for data (the SDK's default)


class MessagesClient:
    """The SDK client for one model, and the streamed call of each step of a conversation."""

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

    def _call(self, state: Turn) -> Message:
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

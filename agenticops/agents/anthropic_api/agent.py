"""The agent's turn: call the model, act on its stop reason, repeat; failures as one line."""

from __future__ import annotations

import time

import anthropic
from anthropic.types import Message

from agenticops.agents.anthropic_api.api_error import connection_message, status_message
from agenticops.agents.anthropic_api.client import MessagesClient
from agenticops.agents.anthropic_api.tool_results import answer
from agenticops.agents.anthropic_api.turn import Turn
from agenticops.agents.base import TurnRequest, TurnResult, summed

CONTINUE = "Your reply was cut off at the output token limit. Continue exactly where you stopped."


class AnthropicAgent(MessagesClient):
    """A Messages API model working the workspace through list/read/write file tools."""

    def run(self, turn: TurnRequest) -> TurnResult:
        state = Turn(turn)
        error = self._converse(state)
        return summed(
            state.calls,
            ok=not error,
            error=error,
            written=state.written,
            transcript="\n".join(state.log),
            duration=time.monotonic() - state.started,
        )

    def _converse(self, state: Turn) -> str:
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

    def _describe(self, exc: Exception) -> str:
        if isinstance(exc, anthropic.APIStatusError):
            text = f"Anthropic API error {exc.status_code}: {status_message(exc)}"
        elif isinstance(exc, anthropic.APIConnectionError):
            text = f"cannot reach the Anthropic API at {self._base_url}: {connection_message(exc)}"
        else:
            text = f"Anthropic API call failed: {exc}"
        return " ".join(text.split())


def _follow(message: Message, state: Turn) -> str | None:
    """Act on the stop reason: None to call again, else the turn's error ('' when done)."""
    reason = message.stop_reason
    if reason in ("end_turn", "stop_sequence"):
        return ""
    if reason == "tool_use":
        answer(state, message)
    elif reason == "max_tokens":
        answer(state, message, cut=True, extra=CONTINUE)
    elif reason == "refusal":
        return "the model refused the task (stop_reason refusal)"
    elif reason != "pause_turn":  # pause_turn: send the conversation back as it is
        return f"the model stopped early (stop_reason {reason})"
    return None

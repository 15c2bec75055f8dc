"""The state of one turn: the conversation so far, the calls made and priced, files written."""

from __future__ import annotations

import time

from anthropic.types import Message, MessageParam

from agenticops.agents.base import ApiCall, TurnRequest, clip
from agenticops.agents.prices import ModelPrice

TEXT_CLIP = 2_000  # characters of one assistant text or tool answer kept in the transcript


class Turn:
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

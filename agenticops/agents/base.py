"""The agent seam: one turn in (TurnRequest), what it did and cost out (TurnResult)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

#: the transcript kept per turn is cut to this many characters (its end is kept)
TRANSCRIPT_LIMIT = 20_000


@dataclass(frozen=True, slots=True, kw_only=True)
class ApiCall:
    """One model API call made during a turn, with its usage and price."""

    model: str
    input_tokens: int
    output_tokens: int
    cache_read_tokens: int
    cache_write_tokens: int
    cost_usd: float
    stop_reason: str
    duration: float


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnRequest:
    """What the loop asks of the agent in one iteration."""

    prompt: str
    workspace: Path
    iteration: int  # 1, 2, ...
    prompt_file: Path  # the prompt, already written by the loop
    time_limit: float  # seconds for this turn
    cost_limit_usd: float | None  # remaining USD budget; None: no USD budget


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnResult:
    """What one turn did: success, tokens and USD spent, files written, a short transcript."""

    ok: bool
    error: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    cost_usd: float = 0.0
    calls: tuple[ApiCall, ...] = ()
    written: tuple[str, ...] = ()  # workspace-relative paths (with /) the agent wrote, if known
    transcript: str = ""
    duration: float = 0.0


class Agent(Protocol):
    """Anything that can take a turn in the workspace: an API model, a CLI, a recording."""

    name: str

    def run(self, turn: TurnRequest) -> TurnResult: ...


def summed(
    calls: Sequence[ApiCall],
    *,
    ok: bool,
    error: str,
    written: Sequence[str],
    transcript: str,
    duration: float,
) -> TurnResult:
    """A TurnResult whose token and cost totals are the sums over `calls`."""
    return TurnResult(
        ok=ok,
        error=error,
        input_tokens=sum(c.input_tokens for c in calls),
        output_tokens=sum(c.output_tokens for c in calls),
        cache_read_tokens=sum(c.cache_read_tokens for c in calls),
        cache_write_tokens=sum(c.cache_write_tokens for c in calls),
        cost_usd=round(sum(c.cost_usd for c in calls), 9),
        calls=tuple(calls),
        written=tuple(dict.fromkeys(written)),
        transcript=clip(transcript, TRANSCRIPT_LIMIT),
        duration=duration,
    )


def clip(text: str, limit: int) -> str:
    """text cut to its last `limit` characters, saying how much was dropped."""
    if len(text) <= limit:
        return text
    return f"[… {len(text) - limit} characters cut]\n" + text[len(text) - limit :]

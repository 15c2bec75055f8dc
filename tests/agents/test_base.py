from __future__ import annotations

from agenticops.agents.base import TRANSCRIPT_LIMIT, ApiCall, TurnResult, clip, summed


def call(cost: float, tokens: int) -> ApiCall:
    return ApiCall(model="m", input_tokens=tokens, output_tokens=2 * tokens,
                   cache_read_tokens=3 * tokens, cache_write_tokens=4 * tokens, cost_usd=cost,
                   stop_reason="end_turn", duration=0.5)  # fmt: skip


def test_clip_keeps_the_end() -> None:
    assert clip("abcdef", 6) == "abcdef"
    assert clip("abcdef", 2) == "[… 4 characters cut]\nef"


def test_summed_adds_up_the_calls() -> None:
    calls = [call(0.1, 1), call(0.2, 10)]
    result = summed(calls, ok=True, error="", written=["a.py", "b.py", "a.py"],
                    transcript="x" * (TRANSCRIPT_LIMIT + 1), duration=3.0)  # fmt: skip
    assert result == TurnResult(
        ok=True,
        input_tokens=11,
        output_tokens=22,
        cache_read_tokens=33,
        cache_write_tokens=44,
        cost_usd=0.3,  # rounded to the nano-dollar: 0.1 + 0.2 is not 0.30000000000000004 here
        calls=tuple(calls),
        written=("a.py", "b.py"),
        transcript="[… 1 characters cut]\n" + "x" * TRANSCRIPT_LIMIT,
        duration=3.0,
    )


def test_summed_cost_is_rounded_to_the_nano_dollar() -> None:
    assert summed([call(1e-10, 1), call(3e-10, 1)], ok=True, error="", written=[], transcript="",
                  duration=0.0).cost_usd == 0.0  # fmt: skip
    assert summed([call(1e-9, 1), call(4e-10, 1)], ok=True, error="", written=[], transcript="",
                  duration=0.0).cost_usd == 1e-9  # fmt: skip

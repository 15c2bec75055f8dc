"""A finished agent command as a TurnResult, with the usage and cost of its JSON result if any.

The JSON result is Claude Code's: `--output-format json`, or the last line of `stream-json`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from agenticops import proc
from agenticops.agents.base import TRANSCRIPT_LIMIT, TurnResult, clip
from agenticops.agents.command.failure import failure


def read_result(done: proc.Completed, limit: float) -> TurnResult:
    """The turn's result from the finished command run with time limit `limit`."""
    report = _result_json(done.stdout)
    usage = _mapping(report.get("usage"))
    error = failure(done, report, limit)
    text = report.get("result")
    return TurnResult(
        ok=not error,
        error=error,
        input_tokens=_int(usage.get("input_tokens")),
        output_tokens=_int(usage.get("output_tokens")),
        cache_read_tokens=_int(usage.get("cache_read_input_tokens")),
        cache_write_tokens=_int(usage.get("cache_creation_input_tokens")),
        cost_usd=_cost(report.get("total_cost_usd")),
        transcript=clip(text if isinstance(text, str) else done.output, TRANSCRIPT_LIMIT),
        duration=done.duration,
    )


def _result_json(stdout: str) -> Mapping[str, Any]:
    """The JSON result object on stdout: all of it, else its last line (stream-json)."""
    for candidate in (stdout, *stdout.strip().splitlines()[-1:]):
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict) and "total_cost_usd" in value:
            return value
    return {}


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _cost(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return max(float(value), 0.0)

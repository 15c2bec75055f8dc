"""A mutants/<path>.meta file: each mutant's exit code and duration, each function's hash."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from agenticops.measure.mutmut_meta.checks import (
    is_code,
    is_number,
    is_table,
    is_text_or_none,
    not_understood,
)

META_KEYS = frozenset(
    {
        "exit_code_by_key",
        "hash_by_function_name",
        "type_check_error_by_key",
        "durations_by_key",
        "estimated_durations_by_key",
    }
)


class Meta(NamedTuple):
    exit_codes: dict[str, int | None]
    hashes: dict[str, str]
    durations: dict[str, float]


_META_CHECKS: dict[str, Callable[[object], bool]] = {
    "exit_code_by_key": is_code,
    "hash_by_function_name": lambda v: isinstance(v, str),
    "type_check_error_by_key": is_text_or_none,
    "durations_by_key": is_number,
    "estimated_durations_by_key": is_number,
}


def parse_meta(data: object, *, where: str, version: str) -> Meta:
    """A .meta file's JSON, checked against 3.8.1's exact key set and value types."""
    if not isinstance(data, dict) or set(data) != META_KEYS:
        raise not_understood(where, version)
    if not all(is_table(data[key], check) for key, check in _META_CHECKS.items()):
        raise not_understood(where, version)
    return Meta(
        exit_codes=dict(data["exit_code_by_key"]),
        hashes=dict(data["hash_by_function_name"]),
        durations={k: float(v) for k, v in data["durations_by_key"].items()},
    )

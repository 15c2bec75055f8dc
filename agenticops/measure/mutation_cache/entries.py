"""One function's entry of the cache document: checked when read, and as JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from agenticops.measure.mutation_cache.checks import _check, _is_int, _mutant, _str_map
from agenticops.measure.mutation_cache.records import FunctionEntry

_ENTRY_CHECKS: dict[str, Callable[[object], bool]] = {
    "digest": lambda v: isinstance(v, str),
    "count": lambda v: _is_int(v) and cast(int, v) >= 0,
    "tests": _str_map,
    "mutants": lambda v: v is None or isinstance(v, list),
}


def _entry(name: str, value: object) -> FunctionEntry:
    _check(isinstance(value, dict) and set(value) == set(_ENTRY_CHECKS), f"{name}: bad entry")
    entry = cast(dict[str, Any], value)
    for field_name, check in _ENTRY_CHECKS.items():
        _check(check(entry[field_name]), f"{name}: bad {field_name}")
    raw = entry["mutants"]
    mutants = None if raw is None else tuple(_mutant(name, m) for m in raw)
    _check(mutants is None or len(mutants) == entry["count"], f"{name}: count mismatch")
    return FunctionEntry(
        digest=entry["digest"], count=entry["count"], tests=entry["tests"], mutants=mutants
    )


def _entry_json(entry: FunctionEntry) -> dict[str, Any]:
    mutants = None
    if entry.mutants is not None:
        mutants = [
            {
                "n": m.n,
                "status": m.status,
                "offset": m.offset,
                "diff": m.diff,
                "duration": m.duration,
            }
            for m in entry.mutants
        ]
    return {
        "digest": entry.digest,
        "count": entry.count,
        "tests": dict(entry.tests),
        "mutants": mutants,
    }

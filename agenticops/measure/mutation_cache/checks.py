"""Type checks on a cache document read back (a failed one raises _Corrupt), down to one
cached mutant."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast, get_args

from agenticops.measure.mutation_cache.records import CachedMutant
from agenticops.model import MutantStatus

_STATUSES = frozenset(get_args(MutantStatus))


class _Corrupt(Exception):
    pass


def _check(ok: bool, problem: str) -> None:
    if not ok:
        raise _Corrupt(problem)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _str_map(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )


_MUTANT_CHECKS: dict[str, Callable[[object], bool]] = {
    "n": lambda v: _is_int(v) and cast(int, v) >= 1,
    "status": lambda v: v in _STATUSES,
    "offset": _is_int,
    "diff": lambda v: isinstance(v, str),
    "duration": lambda v: v is None or (isinstance(v, int | float) and not isinstance(v, bool)),
}


def _mutant(name: str, value: object) -> CachedMutant:
    _check(isinstance(value, dict) and set(value) == set(_MUTANT_CHECKS), f"{name}: bad mutant")
    m = cast(dict[str, Any], value)
    for field_name, check in _MUTANT_CHECKS.items():
        _check(check(m[field_name]), f"{name}: bad mutant {field_name}")
    duration = None if m["duration"] is None else float(m["duration"])
    return CachedMutant(
        n=m["n"], status=m["status"], offset=m["offset"], diff=m["diff"], duration=duration
    )

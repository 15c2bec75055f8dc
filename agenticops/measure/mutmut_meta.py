"""mutmut 3.8.1's machine files (mutants/<path>.meta, mutants/mutmut-stats.json), parsed and
checked against 3.8.1's exact shape: anything else is an error, never a guess."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from agenticops.errors import ToolError
from agenticops.measure.mutmut_names import SUPPORTED

META_KEYS = frozenset(
    {
        "exit_code_by_key",
        "hash_by_function_name",
        "type_check_error_by_key",
        "durations_by_key",
        "estimated_durations_by_key",
    }
)
STATS_KEYS = frozenset(
    {
        "tests_by_mangled_function_name",
        "duration_by_test",
        "stats_time",
        "function_hashes",
        "function_dependencies",
        "config_fingerprint",
        "watched_file_hashes",
        "git_commit",
    }
)


class Meta(NamedTuple):
    exit_codes: dict[str, int | None]
    hashes: dict[str, str]
    durations: dict[str, float]


class Stats(NamedTuple):
    tests: dict[str, tuple[str, ...]]  # mutmut key (`pkg.mod.x_f`) -> node ids
    durations: dict[str, float]  # node id -> seconds


def _not_understood(where: str, version: str) -> ToolError:
    kind = ".meta files" if where.endswith(".meta") else "mutmut-stats.json"
    return ToolError(
        f"{where}: mutmut {version} wrote {kind} agenticops does not understand; "
        f"agenticops supports mutmut=={SUPPORTED}"
    )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_code(value: object) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


def _is_text_or_none(value: object) -> bool:
    return value is None or isinstance(value, str)


def _is_tests(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _table(value: object, check: Callable[[object], bool]) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and check(v) for k, v in value.items()
    )


_META_CHECKS: dict[str, Callable[[object], bool]] = {
    "exit_code_by_key": _is_code,
    "hash_by_function_name": lambda v: isinstance(v, str),
    "type_check_error_by_key": _is_text_or_none,
    "durations_by_key": _is_number,
    "estimated_durations_by_key": _is_number,
}


def parse_meta(data: object, *, where: str, version: str) -> Meta:
    """A .meta file's JSON, checked against 3.8.1's exact key set and value types."""
    if not isinstance(data, dict) or set(data) != META_KEYS:
        raise _not_understood(where, version)
    if not all(_table(data[key], check) for key, check in _META_CHECKS.items()):
        raise _not_understood(where, version)
    return Meta(
        exit_codes=dict(data["exit_code_by_key"]),
        hashes=dict(data["hash_by_function_name"]),
        durations={k: float(v) for k, v in data["durations_by_key"].items()},
    )


def parse_stats(data: object, *, where: str, version: str) -> Stats:
    """mutmut-stats.json: which tests reach which function, and how long each test takes."""
    if not isinstance(data, dict) or set(data) != STATS_KEYS:
        raise _not_understood(where, version)
    tests, durations = data["tests_by_mangled_function_name"], data["duration_by_test"]
    if not (_table(tests, _is_tests) and _table(durations, _is_number)):
        raise _not_understood(where, version)
    return Stats(
        tests={k: tuple(sorted(v)) for k, v in tests.items()},
        durations={k: float(v) for k, v in durations.items()},
    )


def load(path: Path, *, where: str, version: str) -> object | None:
    try:
        data: object = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise _not_understood(where, version) from exc
    return data


def read_stats(workdir: Path, version: str) -> Stats:
    """The stats file, or empty stats when mutmut stopped before writing it."""
    where = "mutants/mutmut-stats.json"
    data = load(workdir / where, where=where, version=version)
    return (
        Stats(tests={}, durations={})
        if data is None
        else parse_stats(data, where=where, version=version)
    )

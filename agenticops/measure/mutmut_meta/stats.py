"""mutants/mutmut-stats.json: which tests reach which function, and how long each test takes."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from agenticops.measure.mutmut_meta.checks import (
    is_number,
    is_table,
    is_tests,
    load,
    not_understood,
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


class Stats(NamedTuple):
    tests: dict[str, tuple[str, ...]]  # mutmut key (`pkg.mod.x_f`) -> node ids
    durations: dict[str, float]  # node id -> seconds


def parse_stats(data: object, *, where: str, version: str) -> Stats:
    """mutmut-stats.json: which tests reach which function, and how long each test takes."""
    if not isinstance(data, dict) or set(data) != STATS_KEYS:
        raise not_understood(where, version)
    tests, durations = data["tests_by_mangled_function_name"], data["duration_by_test"]
    if not (is_table(tests, is_tests) and is_table(durations, is_number)):
        raise not_understood(where, version)
    return Stats(
        tests={k: tuple(sorted(v)) for k, v in tests.items()},
        durations={k: float(v) for k, v in durations.items()},
    )


def read_stats(workdir: Path, version: str) -> Stats:
    """The stats file, or empty stats when mutmut stopped before writing it."""
    where = "mutants/mutmut-stats.json"
    data = load(workdir / where, where=where, version=version)
    return (
        Stats(tests={}, durations={})
        if data is None
        else parse_stats(data, where=where, version=version)
    )

"""mutmut 3.8.1's .meta and stats files: the exact shape is accepted, anything else refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agenticops.errors import ToolError
from agenticops.measure.mutmut_meta import (
    META_KEYS,
    Meta,
    Stats,
    load,
    parse_meta,
    parse_stats,
    read_stats,
)

META: dict[str, Any] = {
    "exit_code_by_key": {"pkg.m.x_f__mutmut_1": 1, "pkg.m.x_f__mutmut_2": None},
    "hash_by_function_name": {"x_f": "e0f525a3928e"},
    "type_check_error_by_key": {"pkg.m.x_f__mutmut_2": None},
    "durations_by_key": {"pkg.m.x_f__mutmut_1": 0.25, "pkg.m.x_f__mutmut_2": 0},
    "estimated_durations_by_key": {"pkg.m.x_f__mutmut_1": 0.001},
}
STATS: dict[str, Any] = {
    "tests_by_mangled_function_name": {"pkg.m.x_f": ["t.py::b", "t.py::a"]},
    "duration_by_test": {"t.py::a": 0.5, "t.py::b": 1},
    "stats_time": 2.7,
    "function_hashes": {"pkg.m.x_f": "e0f525a3928e"},
    "function_dependencies": {},
    "config_fingerprint": {"timeout": "36132110e3d0"},
    "watched_file_hashes": {},
    "git_commit": None,
}
REFUSED = (
    r"^mutants/pkg/m\.py\.meta: mutmut 3\.8\.1 wrote \.meta files agenticops does not "
    r"understand; agenticops supports mutmut==3\.8\.1$"
)


def test_meta_of_the_supported_shape() -> None:
    assert set(META) == META_KEYS
    assert parse_meta(META, where="mutants/pkg/m.py.meta", version="3.8.1") == Meta(
        exit_codes={"pkg.m.x_f__mutmut_1": 1, "pkg.m.x_f__mutmut_2": None},
        hashes={"x_f": "e0f525a3928e"},
        durations={"pkg.m.x_f__mutmut_1": 0.25, "pkg.m.x_f__mutmut_2": 0.0},
    )


@pytest.mark.parametrize(
    "bad",
    [
        [],
        {**META, "cache_key": {}},  # a key 3.8.1 does not write
        {k: v for k, v in META.items() if k != "hash_by_function_name"},
        {**META, "exit_code_by_key": {"k": "1"}},
        {**META, "exit_code_by_key": {"k": True}},
        {**META, "exit_code_by_key": [1]},
        {**META, "hash_by_function_name": {"x_f": 1}},
        {**META, "type_check_error_by_key": {"k": 3}},
        {**META, "durations_by_key": {"k": None}},
        {**META, "durations_by_key": {"k": False}},
        {**META, "estimated_durations_by_key": {1: 0.5}},
    ],
)
def test_meta_of_another_shape_is_refused(bad: object) -> None:
    with pytest.raises(ToolError, match=REFUSED):
        parse_meta(bad, where="mutants/pkg/m.py.meta", version="3.8.1")


def test_stats_of_the_supported_shape() -> None:
    assert parse_stats(STATS, where="s", version="3.8.1") == Stats(
        tests={"pkg.m.x_f": ("t.py::a", "t.py::b")},
        durations={"t.py::a": 0.5, "t.py::b": 1.0},
    )


@pytest.mark.parametrize(
    "bad",
    [
        None,
        {**STATS, "new": 1},
        {k: v for k, v in STATS.items() if k != "git_commit"},
        {**STATS, "tests_by_mangled_function_name": {"k": "t.py::a"}},
        {**STATS, "tests_by_mangled_function_name": {"k": [1]}},
        {**STATS, "duration_by_test": {"t": "0.5"}},
    ],
)
def test_stats_of_another_shape_is_refused(bad: object) -> None:
    message = (
        r"^mutants/mutmut-stats\.json: mutmut 3\.8\.1 wrote mutmut-stats\.json agenticops "
        r"does not understand; agenticops supports mutmut==3\.8\.1$"
    )
    with pytest.raises(ToolError, match=message):
        parse_stats(bad, where="mutants/mutmut-stats.json", version="3.8.1")


def test_read_stats_from_the_copy(tmp_path: Path) -> None:
    assert read_stats(tmp_path, "3.8.1") == Stats(tests={}, durations={})
    (tmp_path / "mutants").mkdir()
    (tmp_path / "mutants/mutmut-stats.json").write_text(json.dumps(STATS))
    assert read_stats(tmp_path, "3.8.1").durations == {"t.py::a": 0.5, "t.py::b": 1.0}


def test_load_missing_and_unreadable(tmp_path: Path) -> None:
    assert load(tmp_path / "none.meta", where="x.meta", version="3.8.1") is None
    half = tmp_path / "half.meta"
    half.write_text('{"exit_code_by_key": {')  # a run killed while mutmut was writing
    with pytest.raises(ToolError, match=r"^x\.meta: mutmut 3\.8\.1 wrote \.meta files"):
        load(half, where="x.meta", version="3.8.1")
    with pytest.raises(ToolError, match=r"^d\.meta: mutmut 3\.8\.1"):
        load(tmp_path, where="d.meta", version="3.8.1")  # a directory: OSError

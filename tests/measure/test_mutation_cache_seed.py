"""The stats file agenticops writes for mutmut: mutmut 3.8.1's exact shape (the real runs in
test_mutation_cache_stage show mutmut accepts it and skips its stats run)."""

from __future__ import annotations

import json
from pathlib import Path

from agenticops.measure.mutmut_meta import parse_stats, read_stats
from agenticops.measure.mutmut_seed import STATS_FILE, Seed, stats_document, write_seed

SEED = Seed(
    tests={"pkg.m.x_f": ("t.py::b", "t.py::a"), "pkg.m.xǁCǁg": ()},
    durations={"t.py::b": 0.5, "t.py::a": 0.25, "t.py::c": 0.0},
)


def test_document() -> None:
    assert stats_document(SEED) == {
        "tests_by_mangled_function_name": {"pkg.m.x_f": ["t.py::a", "t.py::b"], "pkg.m.xǁCǁg": []},
        "duration_by_test": {"t.py::a": 0.25, "t.py::b": 0.5, "t.py::c": 0.0},
        "stats_time": 0.0,
        "function_hashes": {},
        "function_dependencies": {},
        "config_fingerprint": {},
        "watched_file_hashes": {},
        "git_commit": None,
    }


def test_written_where_mutmut_reads_it_in_its_own_shape(tmp_path: Path) -> None:
    write_seed(tmp_path, SEED)
    data = json.loads((tmp_path / STATS_FILE).read_text())
    parsed = parse_stats(data, where=STATS_FILE, version="3.8.1")  # 3.8.1's exact keys
    assert parsed.tests == {"pkg.m.x_f": ("t.py::a", "t.py::b"), "pkg.m.xǁCǁg": ()}
    assert read_stats(tmp_path, "3.8.1") == parsed


def test_written_into_a_work_directory_made_for_it_and_rewritten(tmp_path: Path) -> None:
    workdir = tmp_path / "not" / "yet"
    write_seed(workdir, Seed(tests={}, durations={}))
    write_seed(workdir, SEED)  # mutants/ exists now: the file is replaced
    assert read_stats(workdir, "3.8.1").tests["pkg.m.x_f"] == ("t.py::a", "t.py::b")

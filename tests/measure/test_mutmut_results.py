"""One file's mutants from mutmut's files in a measurement copy (laid out as mutmut 3.8.1 does)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agenticops.errors import ToolError
from agenticops.measure.mutmut_meta import Stats
from agenticops.measure.mutmut_results import (
    FileMutation,
    Results,
    not_run,
    read_file,
    read_results,
)
from agenticops.model import MutantResult

ORIGINAL = (
    "import functools\n\n\n"
    "def add(a, b):\n    return a + b\n\n\n"
    "@functools.cache\ndef c():\n    return 1\n"
)
MUTATED = (
    "import functools\n\n\n"
    "def add(a, b):\n    return a + b\n\n\n"
    "def x_add__mutmut_orig(a, b):\n    return a + b\n\n\n"
    "def x_add__mutmut_1(a, b):\n    return a - b\n\n\n"
    "@functools.cache\ndef c():\n    return 1\n"
)
META = {
    "exit_code_by_key": {"pkg.m.x_add__mutmut_1": 0, "pkg.m.x_add__mutmut_2": None},
    "hash_by_function_name": {"x_add": "e0f525a3928e"},
    "type_check_error_by_key": {},
    "durations_by_key": {"pkg.m.x_add__mutmut_1": 0.125},
    "estimated_durations_by_key": {},
}
STATS = Stats(tests={"pkg.m.x_add": ("t.py::test_add",)}, durations={"t.py::test_add": 0.01})


def copy(tmp_path: Path, *, meta: object = META, mutated: str | None = MUTATED) -> Path:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg/m.py").write_text(ORIGINAL)
    (tmp_path / "mutants/pkg").mkdir(parents=True)
    if meta is not None:
        (tmp_path / "mutants/pkg/m.py.meta").write_text(json.dumps(meta))
    if mutated is not None:
        (tmp_path / "mutants/pkg/m.py").write_text(mutated)
    return tmp_path


def test_read_file(tmp_path: Path) -> None:
    found = read_file(copy(tmp_path), "pkg/m.py", stats=STATS, version="3.8.1")
    assert found == FileMutation(
        mutants=(
            MutantResult(
                id="pkg.m.x_add__mutmut_1",
                line=5,
                function="add",
                status="survived",
                diff="- return a + b\n+ return a - b",
                duration=0.125,
            ),
            # a key without its generated copy: located at the def line, no diff
            MutantResult(id="pkg.m.x_add__mutmut_2", line=4, function="add", status="not_checked"),
        ),
        sites=2,
        unmutated=("c",),
        function_hashes={"add": "e0f525a3928e"},
        tests_by_function={"add": ("t.py::test_add",)},
    )


def test_read_file_untimed_and_without_stats(tmp_path: Path) -> None:
    empty = Stats(tests={}, durations={})
    found = read_file(copy(tmp_path), "pkg/m.py", stats=empty, version="3.8.1", timed=False)
    assert [m.duration for m in found.mutants] == [None, None]
    assert found.tests_by_function == {"add": ()}


def test_read_file_that_mutmut_never_reached(tmp_path: Path) -> None:
    found = read_file(copy(tmp_path, meta=None), "pkg/m.py", stats=STATS, version="3.8.1")
    assert found == FileMutation(unmutated=("c",))


def test_read_file_without_mutated_source(tmp_path: Path) -> None:
    found = read_file(copy(tmp_path, mutated=None), "pkg/m.py", stats=STATS, version="3.8.1")
    assert [(m.line, m.diff) for m in found.mutants] == [(4, ""), (4, "")]


def test_read_results(tmp_path: Path) -> None:
    root = copy(tmp_path)
    (root / "mutants/mutmut-stats.json").write_text(
        json.dumps(
            {
                "tests_by_mangled_function_name": {"pkg.m.x_add": ["t.py::test_add"]},
                "duration_by_test": {"t.py::test_add": 0.01},
                "stats_time": 1.0,
                "function_hashes": {},
                "function_dependencies": {},
                "config_fingerprint": {},
                "watched_file_hashes": {},
                "git_commit": None,
            }
        )
    )
    results = read_results(root, ["pkg/m.py"], version="3.8.1", timed=True, partial=False)
    assert results.test_durations == {"t.py::test_add": 0.01}
    assert results.notes == ()
    assert results.files["pkg/m.py"].tests_by_function == {"add": ("t.py::test_add",)}


def test_half_written_files_of_a_killed_run(tmp_path: Path) -> None:
    root = copy(tmp_path)
    (root / "mutants/pkg/m.py.meta").write_text('{"exit_code_by_key": {"pkg.m.x_add__mu')
    assert read_results(root, ["pkg/m.py"], version="3.8.1", timed=True, partial=True) == Results(
        {}, {}, ("mutmut was stopped while writing its result files; not read",)
    )
    with pytest.raises(ToolError, match=r"^mutants/pkg/m\.py\.meta: mutmut 3\.8\.1 wrote"):
        read_results(root, ["pkg/m.py"], version="3.8.1", timed=True, partial=False)


def test_not_run_lists_the_mutants_that_exited_255(tmp_path: Path) -> None:
    codes = {"pkg.m.x_add__mutmut_1": 255, "pkg.m.x_add__mutmut_2": 1, "pkg.m.x_add__mutmut_3": 24}
    root = copy(tmp_path, meta={**META, "exit_code_by_key": codes})
    assert not_run(root, ["pkg/m.py"], version="3.8.1") == ("pkg.m.x_add__mutmut_1",)
    # a file mutmut never reached has no such mutants
    assert not_run(root, ["pkg/other.py"], version="3.8.1") == ()


def test_unreadable_stats_name_the_file_and_the_version(tmp_path: Path) -> None:
    root = copy(tmp_path)
    (root / "mutants/mutmut-stats.json").write_text("{")
    with pytest.raises(
        ToolError, match=r"^mutants/mutmut-stats\.json: mutmut 3\.8\.1 wrote mutmut-stats\.json "
    ):
        read_results(root, ["pkg/m.py"], version="3.8.1", timed=True, partial=False)


@pytest.mark.parametrize("meta", ['{"exit_code_by_key": {', "[]"])
def test_not_run_refuses_meta_files_it_does_not_understand(tmp_path: Path, meta: str) -> None:
    root = copy(tmp_path)
    (root / "mutants/pkg/m.py.meta").write_text(meta)
    with pytest.raises(ToolError, match=r"^mutants/pkg/m\.py\.meta: mutmut 3\.8\.1 wrote \.meta "):
        not_run(root, ["pkg/m.py"], version="3.8.1")


def test_read_file_refuses_a_meta_file_of_another_shape_naming_it_and_the_version(
    tmp_path: Path,
) -> None:
    root = copy(tmp_path, meta={"exit_code_by_key": {}})
    with pytest.raises(ToolError) as exc:
        read_file(root, "pkg/m.py", stats=STATS, version="3.9.0")
    assert str(exc.value) == (
        "mutants/pkg/m.py.meta: mutmut 3.9.0 wrote .meta files agenticops does not understand; "
        "agenticops supports mutmut==3.8.1"
    )

"""The mutation stage with its verdict cache, on a tiny real project with real pytest,
coverage.py and mutmut 3.8.1. The runs are shared (module scope), in this order:

cold -> again (no change) -> changed (a comment line above everything, `add` edited,
test_box weakened, a test of `sign` added) -> config (pytest_args changed) -> corrupt (the cache
file garbled) -> no_cache (cache_dir=None).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from agenticops.measure.mutation_cache import CACHE_FILE, Cache, load_cache
from agenticops.measure.mutation_join import function_glob
from agenticops.measure.mutation_stage import (
    StageOptions,
    StageResult,
    run_stage,
    with_known_isolation,
)
from agenticops.model import MutationRun
from tests.mutation_project import FILES, config, mutate, statuses, suite_of, write

ALL = (  # `x_add*` matches add's mutants and add itself: mutmut's clean run selects its tests
    "pkg.calc.xǁBoxǁbig*",
    "pkg.calc.xǁBoxǁsize*",
    "pkg.calc.x_add*",
    "pkg.calc.x_sign*",
)
COLD = {
    "pkg.calc.x_add__mutmut_1": "killed",
    "pkg.calc.x_sign__mutmut_1": "survived",
    "pkg.calc.x_sign__mutmut_2": "survived",
    "pkg.calc.x_sign__mutmut_3": "killed",
    "pkg.calc.x_sign__mutmut_4": "survived",
    "pkg.calc.xǁBoxǁsize__mutmut_1": "killed",
    "pkg.calc.xǁBoxǁsize__mutmut_2": "killed",
    "pkg.calc.xǁBoxǁbig__mutmut_1": "killed",
}


SIGN = frozenset({"sign"})
NOTHING: frozenset[str] = frozenset()


def change(project: Path) -> None:
    calc = project / "pkg/calc.py"
    text = calc.read_text().replace("LIMIT = 10\n", "LIMIT = 10  # a comment\n")
    text = text.replace('"""Small helpers."""\n', '"""Small helpers."""\n\n# helpers\n')
    calc.write_text(text.replace("    return a + b\n", "    total = a + b\n    return total\n"))
    tests = project / "tests/test_calc.py"
    tests.write_text(tests.read_text().replace("    assert not Box().big(10)\n", ""))
    (project / "tests/test_sign.py").write_text(
        "from pkg.calc import sign\n\n\ndef test_sign_edges():\n"
        "    assert sign(0) == 0\n    assert sign(1) == 1\n"
    )


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, StageResult]:
    root = tmp_path_factory.mktemp("cache")
    project = write(root / "project", FILES)
    cache = root / "cache"
    work = root / "work"
    found: dict[str, StageResult] = {}
    before = suite_of(project, work)
    found["cold"] = mutate(project, work, before, cache=cache)
    found["again"] = mutate(project, work, before, cache=cache)
    change(project)
    after = suite_of(project, work)
    found["changed"] = mutate(project, work, after, cache=cache)
    found["config"] = mutate(project, work, after, cache=cache, pytest_args=("-q",))
    (cache / CACHE_FILE).write_text('{"schema": "agenticops.mutation-cache/1", "config": ')
    found["corrupt"] = mutate(project, work, after, cache=cache)
    found["no_cache"] = mutate(project, work, after, cache=None)
    found["only"] = mutate(project, work, after, cache=cache, only={"pkg/calc.py": SIGN})
    found["counts"] = mutate(project, work, after, cache=None, only={"pkg/calc.py": NOTHING})
    found["timeout"] = mutate(project, work, after, cache=root / "other", timeout=0.01)
    found["cache_dir"] = root / "cache"  # type: ignore[assignment]
    return found


def test_cold_run_tests_everything_and_fills_the_cache(runs: dict[str, StageResult]) -> None:
    cold = runs["cold"]
    assert statuses(cold) == COLD
    assert cold.names == ALL
    assert (cold.reused, cold.retested) == (0, 8)
    assert cold.measurements.mutation.diagnostics[0] == (
        "mutation cache: 0 verdicts reused, 8 mutants re-tested"
    )
    sites = {f.path: f.mutation_sites for f in cold.measurements.files}
    assert sites == {"pkg/__init__.py": 0, "pkg/calc.py": 8}


def test_no_change_runs_no_mutmut(runs: dict[str, StageResult]) -> None:
    again = runs["again"]
    assert again.names == ()  # mutmut was not started
    assert (again.reused, again.retested) == (8, 0)
    assert again.measurements.mutation.ran
    assert again.measurements.mutation.diagnostics == (
        "mutation cache: all 8 verdicts reused; mutmut not run",
    )
    assert again.measurements.files == runs["cold"].measurements.files


def test_changed_function_changed_and_added_tests_rerun_only_what_they_touch(
    runs: dict[str, StageResult],
) -> None:
    changed = runs["changed"]
    assert changed.names == (
        "pkg.calc.xǁBoxǁbig*",  # test_box changed: its killed mutants re-tested
        "pkg.calc.xǁBoxǁsize*",
        "pkg.calc.x_add*",  # add changed
        "pkg.calc.x_sign__mutmut_1",  # a new test covers sign: its survivors re-tested,
        "pkg.calc.x_sign__mutmut_2",  # its killed mutant (3) kept
        "pkg.calc.x_sign__mutmut_4",
    )
    assert (changed.reused, changed.retested) == (1, 8)
    assert statuses(changed) == {
        **COLD,
        "pkg.calc.x_add__mutmut_1": "killed",  # add has two mutants now
        "pkg.calc.x_add__mutmut_2": "killed",
        "pkg.calc.x_sign__mutmut_1": "killed",  # the added test kills the survivors
        "pkg.calc.x_sign__mutmut_2": "killed",
        "pkg.calc.x_sign__mutmut_4": "killed",
        "pkg.calc.xǁBoxǁbig__mutmut_1": "survived",  # the weakened test no longer kills it
    }


def test_reused_verdicts_move_with_their_function(runs: dict[str, StageResult]) -> None:
    def lines(result: StageResult) -> dict[str, int]:
        return {m.id: m.line for f in result.measurements.files for m in f.mutants}

    cold, changed = lines(runs["cold"]), lines(runs["changed"])
    assert cold["pkg.calc.x_sign__mutmut_3"] == 12
    # reused: two lines added above the functions, and add grew by one
    assert changed["pkg.calc.x_sign__mutmut_3"] == 15
    assert changed["pkg.calc.xǁBoxǁsize__mutmut_1"] == 21


def test_changed_config_retests_everything(runs: dict[str, StageResult]) -> None:
    config = runs["config"]
    assert config.names == ALL
    assert config.reused == 0
    assert config.measurements.mutation.diagnostics[0] == (
        "mutation cache: the configuration changed (pytest_args); every mutant re-tested"
    )
    assert statuses(config) == statuses(runs["changed"])


def test_corrupt_cache_is_discarded_with_a_warning(runs: dict[str, StageResult]) -> None:
    corrupt = runs["corrupt"]
    assert corrupt.names == ALL
    first = corrupt.measurements.mutation.diagnostics[0]
    assert first.startswith("mutation cache ")
    assert "discarded (not valid JSON: " in first
    assert first.endswith("; every mutant re-tested")
    assert statuses(corrupt) == statuses(runs["changed"])


def test_no_cache_tests_everything_and_writes_nothing(
    runs: dict[str, StageResult], tmp_path: Path
) -> None:
    no_cache = runs["no_cache"]
    assert no_cache.names == ALL
    assert no_cache.measurements.mutation.diagnostics == ()
    assert statuses(no_cache) == statuses(runs["changed"])
    cache, warning = load_cache(runs["cache_dir"])  # type: ignore[arg-type]
    assert warning == ""  # the corrupt run rewrote it; the no-cache run left it alone
    assert cache.config["pytest_args"] == "[]"


def test_cache_file_holds_the_verdicts(runs: dict[str, StageResult]) -> None:
    data = json.loads((runs["cache_dir"] / CACHE_FILE).read_text())  # type: ignore[operator]
    entry = data["functions"]["pkg/calc.py::sign"]
    assert entry["count"] == 4
    assert entry["tests"].keys() == {
        "tests/test_calc.py::test_sign",
        "tests/test_sign.py::test_sign_edges",
    }
    assert [m["status"] for m in entry["mutants"]] == ["killed"] * 4
    assert entry["mutants"][0]["offset"] == 1


def test_only_functions_reports_those_from_the_cache(runs: dict[str, StageResult]) -> None:
    only = runs["only"]
    assert only.names == ()
    assert {m.function for f in only.measurements.files for m in f.mutants} == {"sign"}
    sites = {f.path: f.mutation_sites for f in only.measurements.files}
    assert sites == {"pkg/__init__.py": None, "pkg/calc.py": 9}  # out of scope: not measured


def test_counting_mutants_alone_asks_mutmut_for_nothing(runs: dict[str, StageResult]) -> None:
    counts = runs["counts"]
    assert counts.names == ("pkg.calc.x__agenticops_count_only__mutmut_0",)
    assert counts.measurements.mutation.ran
    assert counts.retested == 0
    files = {f.path: (f.mutation_sites, f.mutants) for f in counts.measurements.files}
    assert files == {"pkg/__init__.py": (None, ()), "pkg/calc.py": (9, ())}


def test_a_failed_run_has_no_evidence_and_caches_nothing(
    runs: dict[str, StageResult],
) -> None:
    timeout = runs["timeout"]
    assert not timeout.measurements.mutation.ran
    assert timeout.measurements.mutation.reason.startswith("mutmut did not finish within 0.01 s")
    assert not (runs["cache_dir"].parent / "other").exists()  # type: ignore[union-attr]


def test_nothing_in_scope(runs: dict[str, StageResult], tmp_path: Path) -> None:
    measured = runs["cold"].measurements
    options = StageOptions(python=sys.executable, env={}, only_functions={})
    result = run_stage(tmp_path, config(tmp_path), options, measured)
    assert result.measurements.mutation == MutationRun(
        ran=False, reason="no source files to mutate"
    )
    assert result.names == ()


def test_auto_isolation_remembers_forkserver(tmp_path: Path) -> None:
    auto = config(tmp_path)
    assert auto.mutation.isolation == "auto"
    known = with_known_isolation(auto, Cache(isolation="forkserver"))
    assert known.mutation.isolation == "forkserver"
    assert with_known_isolation(auto, Cache(isolation="fork")) is auto
    fork = config(tmp_path, isolation="fork")
    assert with_known_isolation(fork, Cache(isolation="forkserver")) is fork


def test_function_glob_avoids_matching_other_functions() -> None:
    functions = {"add": 1, "add_all": 2, "Box.size": 3, "Box.sizes": 4, "sign": 5}
    assert function_glob("src/pkg/calc.py", "add", functions) == "pkg.calc.x_add__mutmut_*"
    assert function_glob("src/pkg/calc.py", "add_all", functions) == "pkg.calc.x_add_all*"
    assert function_glob("src/pkg/calc.py", "Box.size", functions) == (
        "pkg.calc.xǁBoxǁsize__mutmut_*"
    )
    assert function_glob("src/pkg/calc.py", "sign", functions) == "pkg.calc.x_sign*"

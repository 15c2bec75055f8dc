"""A mutation run stopped by Ctrl-C or by its time limit keeps the verdicts mutmut finished:
they go to the cache, and the next run tests only the rest. Real pytest, coverage.py and
mutmut 3.8.1 on a tiny project; the stop comes right after mutmut's run, with two of its
verdicts taken back (as if those mutants were still running) and, where it matters, a second
file whose results mutmut never wrote."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from agenticops import proc
from agenticops.measure.mutation_cache import CACHE_FILE, load_cache
from agenticops.measure.mutation_stage import StageResult
from agenticops.model import Measurements
from tests.mutation_project import FILES, mutate, statuses, suite_of, write

UNFINISHED = ("pkg.calc.x_sign__mutmut_1", "pkg.calc.xǁBoxǁbig__mutmut_1")
KEPT = (
    "mutation cache: the 6 mutant verdict(s) finished before the stop are kept; "
    "the next run tests the 2 left"
)
OTHER = {
    "pkg/other.py": "def twice(x):\n    return x * 2\n",
    "tests/test_other.py": (
        "from pkg.other import twice\n\n\ndef test_twice():\n    assert twice(3) == 6\n"
    ),
}

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

Stop = Callable[[proc.Completed], proc.Completed]


def _take_back(work: Path) -> None:
    """Two verdicts back to unchecked, as if mutmut were still testing those mutants."""
    meta = work / "mutants/pkg/calc.py.meta"
    data = json.loads(meta.read_text(encoding="utf-8"))
    for name in UNFINISHED:
        data["exit_code_by_key"][name] = None
    meta.write_text(json.dumps(data), encoding="utf-8")


def _ctrl_c(done: proc.Completed) -> proc.Completed:
    raise KeyboardInterrupt


def _time_limit(done: proc.Completed) -> proc.Completed:
    return dataclasses.replace(done, timed_out=True)


def _stopping(monkeypatch: pytest.MonkeyPatch, stop: Stop, *, lose: str = "") -> None:
    """`mutmut run` runs, then the stop comes: two verdicts are taken back, the results of
    `lose` (a source file) were never written."""
    real = proc.run

    def run(argv: Sequence[str], **kwargs: Any) -> proc.Completed:
        done = real(argv, **kwargs)
        if list(argv[1:4]) != ["-m", "mutmut", "run"]:
            return done
        work = kwargs["cwd"]
        _take_back(work)
        if lose:
            (work / f"mutants/{lose}.meta").unlink()
        return stop(done)

    monkeypatch.setattr(proc, "run", run)


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path, Measurements]:
    project = write(tmp_path / "project", FILES)
    work = tmp_path / "work"
    return project, work, suite_of(project, work)


def _verdicts(cache: Path) -> dict[str, list[str]]:
    found, _ = load_cache(cache)
    return {
        name: [m.status for m in entry.mutants or ()] for name, entry in found.functions.items()
    }


def test_ctrl_c_keeps_the_finished_verdicts_and_the_next_run_tests_the_rest(
    monkeypatch: pytest.MonkeyPatch, project: tuple[Path, Path, Measurements], tmp_path: Path
) -> None:
    source, work, measured = project
    cache = tmp_path / "cache"
    with monkeypatch.context() as patch:
        _stopping(patch, _ctrl_c)
        with pytest.raises(KeyboardInterrupt) as stopped:
            mutate(source, work, measured, cache=cache)
    assert type(stopped.value) is KeyboardInterrupt
    assert stopped.value.args == (KEPT,)
    assert _verdicts(cache) == {
        "pkg/calc.py::add": ["killed"],
        "pkg/calc.py::sign": ["not_checked", "survived", "killed", "survived"],
        "pkg/calc.py::Box.size": ["killed", "killed"],
        "pkg/calc.py::Box.big": ["not_checked"],
    }
    again = mutate(source, work, measured, cache=cache)
    assert (again.reused, again.retested) == (6, 2)
    assert statuses(again) == COLD
    assert again.measurements.mutation.ran


def test_the_time_limit_keeps_the_finished_verdicts_and_says_so(
    monkeypatch: pytest.MonkeyPatch, project: tuple[Path, Path, Measurements], tmp_path: Path
) -> None:
    source, work, measured = project
    cache = tmp_path / "cache"
    with monkeypatch.context() as patch:
        _stopping(patch, _time_limit)
        late = mutate(source, work, measured, cache=cache, timeout=600.0)
    run = late.measurements.mutation
    assert not run.ran
    assert run.reason.startswith("mutmut did not finish within 600 s (6 of 8 mutants checked)")
    assert run.diagnostics[-1] == KEPT
    again: StageResult = mutate(source, work, measured, cache=cache)
    assert (again.reused, again.retested) == (6, 2)
    assert statuses(again) == COLD


def test_a_file_whose_results_were_never_written_keeps_its_old_entries(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = write(tmp_path / "project", {**FILES, **OTHER})
    work = tmp_path / "work"
    measured = suite_of(source, work)
    cache = tmp_path / "cache"
    with monkeypatch.context() as patch:
        _stopping(patch, _ctrl_c, lose="pkg/other.py")
        with pytest.raises(KeyboardInterrupt):
            mutate(source, work, measured, cache=cache)
    assert "pkg/other.py::twice" not in _verdicts(cache)
    again = mutate(source, work, measured, cache=cache)
    assert (again.reused, again.retested) == (6, 4)
    twice = {k: v for k, v in statuses(again).items() if k.startswith("pkg.other.")}
    assert twice == {
        "pkg.other.x_twice__mutmut_1": "killed",
        "pkg.other.x_twice__mutmut_2": "killed",
    }


def test_without_a_cache_ctrl_c_keeps_nothing_and_says_nothing(
    monkeypatch: pytest.MonkeyPatch, project: tuple[Path, Path, Measurements], tmp_path: Path
) -> None:
    source, work, measured = project
    _stopping(monkeypatch, _ctrl_c)
    with pytest.raises(KeyboardInterrupt) as stopped:
        mutate(source, work, measured, cache=None)
    assert stopped.value.args == ()


def test_ctrl_c_before_mutmut_tested_anything_writes_no_cache(
    monkeypatch: pytest.MonkeyPatch, project: tuple[Path, Path, Measurements], tmp_path: Path
) -> None:
    source, work, measured = project
    cache = tmp_path / "cache"

    def run(argv: Sequence[str], **kwargs: Any) -> proc.Completed:
        if list(argv[1:4]) == ["-m", "mutmut", "run"]:
            raise KeyboardInterrupt
        return real(argv, **kwargs)

    real = proc.run
    monkeypatch.setattr(proc, "run", run)
    with pytest.raises(KeyboardInterrupt) as stopped:
        mutate(source, work, measured, cache=cache)
    assert stopped.value.args == ()
    assert not (cache / CACHE_FILE).exists()

"""The runs after the first: forkserver after a failed fork clean run, and once more without
the warm-up for mutants whose tests never started (mutmut itself replaced by a recorder)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from agenticops import proc
from agenticops.config import Config
from agenticops.measure.mutmut_config import Probe
from agenticops.measure.mutmut_meta import Stats
from agenticops.measure.mutmut_run import retries
from agenticops.measure.mutmut_run.attempt import Attempt, Plan
from agenticops.model import Thresholds

OFF = Thresholds(
    coverage=None, complexity=None, crap=None, mutation_score=None, mutation_sites=None
)


def plan(root: Path) -> Plan:
    config = Config(
        root=root,
        pyproject=None,
        source=("pkg",),
        tests=("tests",),
        profile="default",
        agent=None,
        thresholds=OFF,
    )
    return Plan(
        workdir=root,
        config=config,
        python="python",
        env={},
        files=("pkg/m.py",),
        names=("pkg.m.x_f*",),
        probe=Probe(version="3.8.1", pytest_cov=False),
    )


def attempt(
    isolation: str, *, returncode: int = 0, timed_out: bool = False, out: str = ""
) -> Attempt:
    done = proc.Completed(
        argv=("mutmut",),
        returncode=returncode,
        stdout=out,
        stderr="",
        timed_out=timed_out,
        duration=1.0,
    )
    return Attempt(done, isolation, ("pyproject.toml",))


class Recorder:
    """run_attempt: the calls it got, and the attempts it gives back in turn."""

    def __init__(self, *attempts: Attempt) -> None:
        self.attempts = list(attempts)
        self.calls: list[tuple[Plan, str, float | None, float | None]] = []

    def __call__(
        self, plan: Plan, isolation: str, timeout: float | None, *, startup: float | None = None
    ) -> Attempt:
        self.calls.append((plan, isolation, timeout, startup))
        return self.attempts.pop(0)


def left(timeout: float | None) -> bool:
    """A time limit of 100 s with (almost) nothing used yet."""
    return timeout is not None and 99.0 < timeout <= 100.0


CLEAN_FAILED = "Failed to run clean test\nFAILED tests/t.py::test_x - boom\n"


@pytest.mark.parametrize("stale", [True, False])
def test_fork_failing_the_clean_run_is_retried_with_forkserver(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stale: bool
) -> None:
    if stale:
        (tmp_path / "mutants" / "pkg").mkdir(parents=True)
    (tmp_path / "keep").mkdir()
    second = attempt("forkserver")
    recorder = Recorder(attempt("fork", returncode=1, out=CLEAN_FAILED), second)
    monkeypatch.setattr(retries, "run_attempt", recorder)
    notes: list[str] = []
    the_plan = plan(tmp_path)
    got = retries.fork_then_forkserver(the_plan, notes, started=time.monotonic(), timeout=100.0)
    assert got is second
    assert notes == [
        "fork isolation failed mutmut's clean run (tests/t.py::test_x (boom)): the suite keeps "
        "state between pytest runs in one process (e.g. single-use objects built at import "
        "time); retried once with forkserver isolation"
    ]
    assert not (tmp_path / "mutants").exists()
    assert (tmp_path / "keep").is_dir()
    [(plan1, iso1, timeout1, _), (plan2, iso2, timeout2, _)] = recorder.calls
    assert (plan1, iso1, timeout1) == (the_plan, "fork", 100.0)
    assert (plan2, iso2) == (the_plan, "forkserver")
    assert left(timeout2)


def test_fork_passing_the_clean_run_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = attempt("fork", returncode=1, out="something else failed\n")
    recorder = Recorder(first)
    monkeypatch.setattr(retries, "run_attempt", recorder)
    notes: list[str] = []
    got = retries.fork_then_forkserver(plan(tmp_path), notes, started=0.0, timeout=None)
    assert got is first
    assert notes == []
    assert len(recorder.calls) == 1


class Fakes:
    """not_run and read_stats, recording the versions they are asked with."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.versions: list[tuple[str, Any]] = []

    def not_run(self, workdir: Path, files: tuple[str, ...], *, version: str) -> tuple[str, ...]:
        self.versions.append(("not_run", version))
        return self.names

    def read_stats(self, workdir: Path, version: str) -> Stats:
        self.versions.append(("read_stats", version))
        return Stats(tests={}, durations={"t.py::a": 0.5, "t.py::b": 0.25})


def fakes(
    monkeypatch: pytest.MonkeyPatch, names: tuple[str, ...], *attempts: Attempt
) -> tuple[Fakes, Recorder]:
    found = Fakes(names)
    recorder = Recorder(*attempts)
    monkeypatch.setattr(retries, "not_run", found.not_run)
    monkeypatch.setattr(retries, "read_stats", found.read_stats)
    monkeypatch.setattr(retries, "run_attempt", recorder)
    return found, recorder


def test_mutants_that_never_ran_are_run_again_without_the_warmup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    again = attempt("forkserver")
    found, recorder = fakes(monkeypatch, ("pkg.m.x_f__mutmut_1", "pkg.m.x_f__mutmut_3"), again)
    notes: list[str] = []
    the_plan = plan(tmp_path)
    got = retries.without_warmup(
        the_plan, attempt("forkserver"), notes, started=time.monotonic(), timeout=100.0
    )
    assert got is again
    assert notes == [
        "2 mutant(s) never ran their tests: after mutmut's warm-up collection pytest did not "
        "accept their selected test ids (mutmut calls these timeouts); "
        'tested again with forkserver_warmup = "none"'
    ]
    assert found.versions == [("not_run", "3.8.1"), ("read_stats", "3.8.1")]
    [(rerun, isolation, timeout, startup)] = recorder.calls
    assert rerun == the_plan._replace(names=("pkg.m.x_f__mutmut_1", "pkg.m.x_f__mutmut_3"))
    assert (isolation, startup) == ("forkserver", 0.75)
    assert left(timeout)


@pytest.mark.parametrize(
    "first",
    [
        attempt("fork"),  # fork isolation has no warm-up
        attempt("forkserver", returncode=1),
        attempt("forkserver", timed_out=True),
        attempt("forkserver", returncode=1, timed_out=True),
    ],
)
def test_no_second_run_after_a_failed_or_fork_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: Attempt
) -> None:
    found, recorder = fakes(monkeypatch, ("pkg.m.x_f__mutmut_1",), attempt("forkserver"))
    notes: list[str] = []
    assert retries.without_warmup(plan(tmp_path), first, notes, started=0.0, timeout=None) is first
    assert (notes, found.versions, recorder.calls) == ([], [], [])


def test_no_second_run_when_every_mutant_ran(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found, recorder = fakes(monkeypatch, ())
    first = attempt("forkserver")
    notes: list[str] = []
    assert retries.without_warmup(plan(tmp_path), first, notes, started=0.0, timeout=None) is first
    assert (notes, found.versions, recorder.calls) == ([], [("not_run", "3.8.1")], [])

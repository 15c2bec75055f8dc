"""Why a mutmut run gave no evidence: stopped at its time limit (how many mutants it checked),
or failed in a way no known diagnosis explains (its exit code and last line)."""

from __future__ import annotations

from pathlib import Path

from agenticops import proc
from agenticops.config import Config
from agenticops.measure.mutmut_config import Probe
from agenticops.measure.mutmut_results import FileMutation
from agenticops.measure.mutmut_run.attempt import Attempt, Plan
from agenticops.measure.mutmut_run.outcome import _reason
from agenticops.model import MutantResult, MutantStatus, Thresholds

OFF = Thresholds(
    coverage=None, complexity=None, crap=None, mutation_score=None, mutation_sites=None
)


def _plan(root: Path) -> Plan:
    config = Config(
        root=root,
        pyproject=None,
        source=("pkg",),
        tests=("tests",),
        profile="default",
        agent=None,
        thresholds=OFF,
    )
    probe = Probe(version="3.8.1", pytest_cov=False)
    return Plan(root, config, "python", {}, ("pkg/m.py",), (), probe)


def _attempt(*, returncode: int = 0, timed_out: bool = False, out: str = "") -> Attempt:
    done = proc.Completed(
        argv=("mutmut",),
        returncode=returncode,
        stdout=out,
        stderr="",
        timed_out=timed_out,
        duration=1.0,
    )
    return Attempt(done, "fork", ("pyproject.toml",))


def _files(*statuses: MutantStatus) -> dict[str, FileMutation]:
    mutants = tuple(
        MutantResult(id=f"pkg.m.x_f__mutmut_{i}", line=1, function="f", status=s)
        for i, s in enumerate(statuses, start=1)
    )
    return {"pkg/m.py": FileMutation(mutants=mutants, sites=len(mutants))}


def test_a_run_stopped_at_its_limit_counts_the_mutants_it_checked(tmp_path: Path) -> None:
    files = _files("killed", "not_checked", "survived", "not_checked", "timeout")
    reason = _reason(_plan(tmp_path), _attempt(returncode=-9, timed_out=True), files, 120.0)
    assert reason == (
        "mutmut did not finish within 120 s (3 of 5 mutants checked); "
        "raise the time limit or mutate fewer files"
    )


def test_a_run_stopped_at_a_zero_limit_says_so(tmp_path: Path) -> None:
    files = _files("not_checked")
    reason = _reason(_plan(tmp_path), _attempt(returncode=-9, timed_out=True), files, 0.0)
    assert reason.startswith("mutmut did not finish within 0 s (0 of 1 mutants checked)")


def test_an_unexplained_failure_names_the_exit_code_and_last_line(tmp_path: Path) -> None:
    attempt = _attempt(returncode=3, out="working\nsomething odd happened\n")
    reason = _reason(_plan(tmp_path), attempt, _files("killed"), None)
    assert reason == "mutmut exited with code 3: something odd happened"

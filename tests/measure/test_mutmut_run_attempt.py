"""One `mutmut run` (mutmut itself replaced by a recorder): the table written for it, and the
command, directory, environment and time limit it runs with."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from agenticops import proc
from agenticops.config import Config, MutationSettings
from agenticops.measure.mutmut_config import Probe
from agenticops.measure.mutmut_run.attempt import Attempt, Plan, run_attempt
from agenticops.model import Thresholds

OFF = Thresholds(
    coverage=None, complexity=None, crap=None, mutation_score=None, mutation_sites=None
)
DONE = proc.Completed(argv=(), returncode=0, stdout="", stderr="", timed_out=False, duration=1.0)


def _plan(root: Path, names: tuple[str, ...]) -> Plan:
    config = Config(
        root=root,
        pyproject=None,
        source=("pkg",),
        tests=("tests",),
        profile="default",
        agent=None,
        thresholds=OFF,
        mutation=MutationSettings(max_children=3),
    )
    return Plan(
        workdir=root,
        config=config,
        python="/opt/py",
        env={"PATH": "/bin"},
        files=("pkg/m.py",),
        names=names,
        probe=Probe(version="3.8.1", pytest_cov=True),
    )


class Mutmut:
    """proc.run: each call's argv, directory, environment and time limit."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], Path, Mapping[str, str] | None, float | None]] = []

    def __call__(
        self,
        argv: Sequence[str],
        *,
        cwd: Path,
        env: Mapping[str, str] | None = None,
        timeout: float | None = None,
        stdin: str | None = None,
    ) -> proc.Completed:
        self.calls.append((list(argv), cwd, env, timeout))
        return DONE


@pytest.fixture
def mutmut(monkeypatch: pytest.MonkeyPatch) -> Mutmut:
    recorder = Mutmut()
    monkeypatch.setattr(proc, "run", recorder)
    return recorder


def _table(root: Path) -> dict[str, Any]:
    with (root / "pyproject.toml").open("rb") as fh:
        table: dict[str, Any] = tomllib.load(fh)["tool"]["mutmut"]
    return table


def test_a_run_of_named_mutants(tmp_path: Path, mutmut: Mutmut) -> None:
    plan = _plan(tmp_path, ("pkg.m.x_f__mutmut_1", "pkg.m.x_g*"))
    attempt = run_attempt(plan, "fork", 30.0)
    argv = ["/opt/py", "-m", "mutmut", "run", "--max-children", "3"]
    names = ["--", "pkg.m.x_f__mutmut_1", "pkg.m.x_g*"]
    assert mutmut.calls == [([*argv, *names], tmp_path, {"PATH": "/bin"}, 30.0)]
    assert attempt == Attempt(DONE, "fork", ("pyproject.toml",))
    table = _table(tmp_path)
    assert table["pytest_add_cli_args"] == ["-p", "no:cacheprovider", "--no-cov"]
    assert (table["forkserver_warmup"], table["timeout_constant"]) == ("collect", 1.0)


def test_a_run_of_every_mutant_without_the_warm_up(tmp_path: Path, mutmut: Mutmut) -> None:
    run_attempt(_plan(tmp_path, ()), "forkserver", None, startup=2.5)
    argv = ["/opt/py", "-m", "mutmut", "run", "--max-children", "3"]
    assert mutmut.calls == [(argv, tmp_path, {"PATH": "/bin"}, None)]
    table = _table(tmp_path)
    assert (table["forkserver_warmup"], table["timeout_constant"]) == ("none", 3.5)

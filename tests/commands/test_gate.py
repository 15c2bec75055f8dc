"""gate_command: the flags become the config and GateOptions handed to run_gate, the report is
rendered for the project's root and written where asked, and the verdict is the exit code."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agenticops.commands import gate as gate_module
from agenticops.commands.gate import GateFlags, gate_command
from agenticops.commands.output import render_for as real_render_for
from agenticops.config import Config
from agenticops.gate import GateOptions
from agenticops.model import GateResult, GateStatus, Measurements, MutationRun, Report
from agenticops.report.terminal import Progress


def project(tmp_path: Path) -> Path:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    (tmp_path / "src" / "pkg" / "__init__.py").write_text("X = 1\n", encoding="utf-8")
    return tmp_path


def report(status: GateStatus) -> Report:
    gates = (GateResult(name="coverage", status=status, actual=91.0, threshold=90),)
    run = MutationRun(ran=False)
    measured = Measurements(tests=None, coverage_total=91.0, files=(), mutation=run)
    return Report(gates=gates, measurements=measured, profile="strict")


class Recorder:
    def __init__(self, status: GateStatus) -> None:
        self.status = status
        self.calls: list[tuple[Config, GateOptions, Callable[[str], None]]] = []

    def __call__(
        self, config: Config, *, options: GateOptions, on_stage: Callable[[str], None]
    ) -> Report:
        self.calls.append((config, options, on_stage))
        return report(self.status)


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    fake = Recorder("passed")
    monkeypatch.setattr(gate_module, "run_gate", fake)
    return fake


def test_every_flag_reaches_the_gate(
    tmp_path: Path, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    roots: list[Path] = []

    def render_for(report: Report, fmt: str, root: Path) -> str:
        roots.append(root)
        return real_render_for(report, fmt, root)

    monkeypatch.setattr(gate_module, "render_for", render_for)
    root = project(tmp_path / "p")
    out = tmp_path / "report.json"
    flags = GateFlags(python="/opt/py/bin/python", diff="main", no_cache=True, shard="2/3")
    code = gate_command(
        root, profile="strict", overrides=["crap=9"], fmt="json", output=out, flags=flags
    )
    assert code == 0
    [(config, options, on_stage)] = recorder.calls
    assert config.root == root.resolve()
    assert config.profile == "strict"
    assert config.thresholds.crap == 9
    assert config.thresholds.coverage == 90  # from strict
    assert options.python == "/opt/py/bin/python"
    assert options.diff_base == "main"
    assert options.use_cache is False
    assert options.shard == (2, 3)
    assert isinstance(getattr(on_stage, "__self__", None), Progress)
    assert roots == [root.resolve()]
    written: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    assert written["gates"][0]["name"] == "coverage"


def test_defaults_use_this_interpreter_the_cache_and_every_shard(
    tmp_path: Path, recorder: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    root = project(tmp_path)
    code = gate_command(
        root, profile=None, overrides=[], fmt="json", output=None, flags=GateFlags()
    )
    assert code == 0
    [(config, options, _)] = recorder.calls
    assert config.profile == "default"
    assert options.python == sys.executable
    assert options.diff_base is None
    assert options.use_cache is True
    assert options.shard is None
    assert json.loads(capsys.readouterr().out)["profile"] == "strict"


def test_a_failed_gate_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gate_module, "run_gate", Recorder("failed"))
    code = gate_command(
        project(tmp_path), profile=None, overrides=[], fmt="json", output=None, flags=GateFlags()
    )
    assert code == 1


@pytest.mark.parametrize(
    ("fmt", "to_file", "shown"),
    [("terminal", False, True), ("json", False, False), ("json", True, True)],
)
def test_progress_shows_for_the_terminal_or_a_file(
    tmp_path: Path,
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    to_file: bool,
    shown: bool,
) -> None:
    made: list[bool] = []

    class Spy(Progress):
        def __init__(self, *, enabled: bool = True) -> None:
            made.append(enabled)
            super().__init__(enabled=enabled)

    monkeypatch.setattr("agenticops.report.terminal.Progress", Spy)
    output = tmp_path / "report.out" if to_file else None
    root = project(tmp_path / "p")
    gate_command(root, profile=None, overrides=[], fmt=fmt, output=output, flags=GateFlags())
    assert made == [shown]


def test_every_shard_from_the_first_to_the_last_is_accepted() -> None:
    shards = [gate_module.parse_shard(text) for text in ("1/1", "1/3", "3/3")]
    assert shards == [(1, 1), (1, 3), (3, 3)]

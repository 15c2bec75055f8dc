"""Edges of the CLI and the loop that the end-to-end runs do not reach."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agenticops import cli
from agenticops.commands import parse_shard, render_for
from agenticops.config import load_config, read_toml
from agenticops.errors import ConfigError
from agenticops.loop_setup.contract import _place_spec
from agenticops.measure.project import MeasureOptions, measure_mutation
from agenticops.model import (
    FileMetrics,
    GateResult,
    Measurements,
    MutationRun,
    Report,
    TestOutcome,
    TestRun,
)
from agenticops.verify.report import _not_reached
from tests.e2e.loop_support import (
    AGENTS,
    RIGHT,
    TESTS,
    command_agent,
    refunds_project,
    write_iterations,
)


def test_init_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "__init__.py").write_text("")
    assert cli.main(["init", str(tmp_path)]) == 0
    assert "pyproject.toml" in capsys.readouterr().out
    assert load_config(tmp_path).profile == "default"
    assert cli.main(["init", str(tmp_path)]) == 4
    assert "already has [tool.agenticops]" in capsys.readouterr().err


def test_interrupt_outside_a_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(**kwargs: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "app", interrupted)
    assert cli.main(["gate"]) == 130
    assert capsys.readouterr().err == "agenticops: error: interrupted\n"


def test_parse_shard() -> None:
    assert parse_shard("2/3") == (2, 3)
    assert parse_shard(None) is None


def small_report() -> Report:
    measured = Measurements(
        tests=None,
        coverage_total=10.0,
        files=(FileMetrics(path="src/a.py", coverage=10.0),),
        mutation=MutationRun(ran=False),
    )
    gate = GateResult(
        name="coverage", status="failed", actual=10.0, threshold=80, offenders=("src/a.py",)
    )
    return Report(gates=(gate,), measurements=measured, profile="default")


def test_render_for_uses_repository_paths_in_a_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "proj").mkdir()
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    sarif = json.loads(render_for(small_report(), "sarif", tmp_path / "proj"))
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for result in sarif["runs"][0]["results"]
        for loc in result["locations"]
    }
    assert uris == {"proj/src/a.py"}
    monkeypatch.delenv("GITHUB_WORKSPACE")
    assert "file=src/a.py" in render_for(small_report(), "github", tmp_path / "proj")


def test_read_toml_of_something_unreadable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        read_toml(tmp_path)


def test_a_spec_outside_the_project_is_copied_in(tmp_path: Path) -> None:
    spec = tmp_path / "elsewhere" / "refunds"
    spec.mkdir(parents=True)
    (spec / "contract.toml").write_text("x")
    (tmp_path / "project").mkdir()
    workspace = tmp_path / "ws"
    workspace.mkdir()
    assert (
        _place_spec(spec, (tmp_path / "project").resolve(), workspace, "refunds") == "specs/refunds"
    )
    assert (workspace / "specs" / "refunds" / "contract.toml").read_text() == "x"


def test_mutation_is_refused_when_the_tests_failed(tmp_path: Path) -> None:
    failed = TestRun(outcomes=(TestOutcome(nodeid="t", status="failed"),), exit_code=1)
    measured = Measurements(
        tests=failed, coverage_total=None, files=(), mutation=MutationRun(ran=False)
    )
    config = load_config(refunds_project(tmp_path))
    options = MeasureOptions(python="python", env={})
    stages: list[str] = []
    result = measure_mutation(tmp_path, config, options, measured, stages.append)
    assert result.mutation == MutationRun(ran=False, reason="not run: the tests did not pass")
    assert stages == []


def test_gates_a_stopped_pipeline_never_reached(tmp_path: Path) -> None:
    config = load_config(refunds_project(tmp_path))
    off = GateResult(name="mutation_score", status="off", actual=None, threshold=None)
    assert _not_reached(off, config) == off  # switched off in the project: stays off
    strict = load_config(refunds_project(tmp_path / "strict", mutation=True))
    assert _not_reached(off, strict) == GateResult(
        name="mutation_score",
        status="not_run",
        actual=None,
        threshold=85,
        reason="not run: an earlier stage failed",
    )


@pytest.mark.e2e
def test_a_quality_failure_stops_before_mutation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = refunds_project(tmp_path, mutation=True)
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + "\n[tool.agenticops.gates]\ncomplexity = 1\n")
    recording = write_iterations(
        tmp_path / "rec", {1: {"src/refunds.py": RIGHT, "tests/test_refunds.py": TESTS}}
    )
    code = cli.main(
        [
            "loop",
            str(project / "specs" / "refunds"),
            "--agent",
            command_agent(AGENTS / "copy_iteration.sh", recording),
            "--max-iterations",
            "1",
            "--json",
        ]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 1
    report = json.loads((Path(result["run_dir"]) / "report.json").read_text())
    statuses = {g["name"]: g["status"] for g in report["gates"]}
    assert statuses["complexity"] == "failed"
    assert statuses["mutation_score"] == "not_run"


def test_exit_raised_outside_a_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import typer

    def exits(**kwargs: object) -> int:
        raise typer.Exit(code=7)

    monkeypatch.setattr(cli, "app", exits)
    assert cli.main(["gate"]) == 7

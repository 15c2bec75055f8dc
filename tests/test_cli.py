"""The CLI boundary: exit codes and one-line errors, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenticops import __version__, cli
from agenticops.errors import ConfigError


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"agenticops {__version__}\n"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("gate", "report", "loop", "init"):
        assert command in out


def test_no_arguments_shows_help_as_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    captured = capsys.readouterr()
    assert "Usage: agenticops [OPTIONS] COMMAND" in captured.out + captured.err


def test_unknown_option_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["gate", "--frobnicate"]) == 2
    assert "No such option" in capsys.readouterr().err


def test_unknown_format_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["gate", str(tmp_path), "--format", "yaml"]) == 2
    assert capsys.readouterr().err.startswith("agenticops: error: --format yaml: expected one of")


def test_bad_shard_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["gate", str(tmp_path), "--shard", "4/3"]) == 2
    assert (
        capsys.readouterr().err
        == "agenticops: error: --shard 4/3: expected K/N with 1 <= K <= N, e.g. 2/3\n"
    )


def test_not_a_project_is_exit_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("x")
    assert cli.main(["gate", str(tmp_path)]) == 4
    err = capsys.readouterr().err
    assert (
        err == f"agenticops: error: {tmp_path}: not a Python project "
        "(no pyproject.toml, setup.py or .py files)\n"
    )


def test_report_without_a_report_is_exit_4(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["report", str(tmp_path)]) == 4
    assert "no report yet; run `agenticops gate` first" in capsys.readouterr().err


def test_report_with_broken_json_is_exit_4(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".agenticops").mkdir()
    (tmp_path / ".agenticops" / "report.json").write_text('{"schema": ')
    assert cli.main(["report", str(tmp_path)]) == 4
    assert "not valid JSON (line 1" in capsys.readouterr().err


def test_expected_errors_map_to_their_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(*args: object, **kwargs: object) -> int:
        raise ConfigError("pyproject.toml: broken")

    monkeypatch.setattr("agenticops.commands.report_command", boom)
    assert cli.main(["report"]) == 4
    assert capsys.readouterr().err == "agenticops: error: pyproject.toml: broken\n"


def test_bug_is_exit_3_without_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(*args: object, **kwargs: object) -> int:
        raise RuntimeError("oops")

    monkeypatch.setattr("agenticops.commands.report_command", boom)
    monkeypatch.delenv("AGENTICOPS_DEBUG", raising=False)
    assert cli.main(["report"]) == 3
    err = capsys.readouterr().err
    assert (
        err == "agenticops: error: internal error, RuntimeError: oops "
        "(set AGENTICOPS_DEBUG=1 for the traceback)\n"
    )
    monkeypatch.setenv("AGENTICOPS_DEBUG", "1")
    assert cli.main(["report"]) == 3
    assert "Traceback" in capsys.readouterr().err


@pytest.mark.parametrize("exc", [KeyboardInterrupt, "abort"])
def test_interrupt_is_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], exc: object
) -> None:
    import typer

    def boom(*args: object, **kwargs: object) -> int:
        if exc == "abort":
            raise typer.Abort()
        raise KeyboardInterrupt

    monkeypatch.setattr("agenticops.commands.report_command", boom)
    assert cli.main(["report"]) == 130
    assert capsys.readouterr().err == "agenticops: error: interrupted\n"


def test_module_entry_point() -> None:
    import runpy
    import sys

    argv = sys.argv
    sys.argv = ["agenticops", "--version"]
    try:
        with pytest.raises(SystemExit) as info:
            runpy.run_module("agenticops", run_name="__main__")
    finally:
        sys.argv = argv
    assert info.value.code == 0


def test_an_unknown_format_lists_every_known_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["gate", str(tmp_path), "--format", "yaml"]) == 2
    assert capsys.readouterr().err == (
        "agenticops: error: --format yaml: expected one of "
        "terminal, json, markdown, github, sarif, junit, stryker, html\n"
    )

"""cli.main maps what a command ends with to the exit code: a typer exception that cannot show
itself is still a usage error, and a command that returns nothing succeeded."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from agenticops import cli


def test_a_typer_exception_without_a_usage_message_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def init_command(path: Path, *, name: str | None, force: bool) -> int:
        raise typer.TyperException("bad parameter")

    monkeypatch.setattr("agenticops.commands.init_command", init_command)
    assert cli.main(["init", str(tmp_path)]) == 2
    assert capsys.readouterr().err == ""


def test_a_command_that_returns_nothing_exits_0(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[Path] = []

    def init_command(path: Path, *, name: str | None, force: bool) -> None:
        calls.append(path)

    monkeypatch.setattr("agenticops.commands.init_command", init_command)
    assert cli.main(["init", str(tmp_path)]) == 0
    assert calls == [tmp_path]

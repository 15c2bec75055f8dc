"""What main says when a command stops early: Ctrl-C anywhere is "interrupted" (130); an
EOFError, which typer turns into the same Abort as Ctrl-C at a prompt, is a bug (exit 3) and
is named as one, since agenticops never prompts."""

from __future__ import annotations

import pytest

from agenticops import cli


def test_an_eof_error_is_an_internal_error_not_an_interrupt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(*args: object, **kwargs: object) -> int:
        raise EOFError("Ran out of input")

    monkeypatch.setattr("agenticops.commands.report_command", boom)
    assert cli.main(["report"]) == 3
    err = capsys.readouterr().err
    assert err.strip() == (
        "agenticops: error: internal error, EOFError: Ran out of input "
        "(set AGENTICOPS_DEBUG=1 for the traceback)"
    )
    monkeypatch.setenv("AGENTICOPS_DEBUG", "1")
    assert cli.main(["report"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "EOFError: Ran out of input\n" in err


def test_ctrl_c_before_any_command_runs_is_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def app(**kwargs: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "app", app)
    assert cli.main(["report"]) == 130
    assert capsys.readouterr().err == "agenticops: error: interrupted\n"

"""Ctrl-C during `agenticops gate`: exit 130 with one line that says what the stopped stage kept
(the mutant verdicts cached for the next run), or just "interrupted"."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenticops import cli
from agenticops.commands import gate as gate_module
from agenticops.config import Config
from agenticops.gate import GateOptions
from agenticops.model import Report


def _project(root: Path) -> Path:
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "__init__.py").write_text("X = 1\n", encoding="utf-8")
    (root / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    return root


def _stopped(*said: str) -> object:
    def run_gate(config: Config, *, options: GateOptions, on_stage: object) -> Report:
        raise KeyboardInterrupt(*said)

    return run_gate


@pytest.mark.parametrize(
    ("said", "line"),
    [
        ((), "agenticops: error: interrupted\n"),
        (
            ("mutation cache: the 6 mutant verdict(s) finished before the stop are kept",),
            "agenticops: error: interrupted; mutation cache: the 6 mutant verdict(s) finished "
            "before the stop are kept\n",
        ),
    ],
)
def test_ctrl_c_is_130_with_what_was_kept(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    said: tuple[str, ...],
    line: str,
) -> None:
    monkeypatch.setattr(gate_module, "run_gate", _stopped(*said))
    assert cli.main(["gate", str(_project(tmp_path)), "--format", "json"]) == 130
    captured = capsys.readouterr()
    assert captured.err == line
    assert captured.out == ""

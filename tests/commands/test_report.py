"""`agenticops report`: the saved report rendered again, exiting as the gate did."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenticops.commands.report import load_report, report_command
from agenticops.errors import ConfigError
from agenticops.model import Report
from agenticops.report import json_report, render
from tests.report.conftest import SOURCES, full_report, green_report


def _saved(root: Path, report: Report) -> Path:
    for relative, text in SOURCES.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    state = root / ".agenticops"
    state.mkdir()
    (state / "report.json").write_text(json_report.render(report, root=root), encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def _outside_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


def test_a_failed_report_is_rendered_to_the_output_file_and_exits_1(tmp_path: Path) -> None:
    project = _saved(tmp_path / "proj", full_report())
    output = tmp_path / "annotations.txt"
    assert report_command(project, fmt="github", output=output) == 1
    written = output.read_text(encoding="utf-8")
    assert written == render(full_report(), "github", root=project)
    assert written.startswith("::error file=tests/test_ledger.py,line=8,title=test failed")


def test_a_passed_report_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = _saved(tmp_path, green_report())
    assert report_command(project, fmt="terminal", output=None) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "PASSED: all 6 gates hold"


def test_load_report_reads_back_what_was_saved(tmp_path: Path) -> None:
    assert load_report(_saved(tmp_path, full_report())) == full_report()


def test_a_foreign_report_names_its_file(tmp_path: Path) -> None:
    (tmp_path / ".agenticops").mkdir()
    file = tmp_path / ".agenticops" / "report.json"
    file.write_text('{"gates": 1}', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_report(tmp_path)
    assert str(raised.value).startswith(f"{file}: not an agenticops gate report (")

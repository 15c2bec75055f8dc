"""The project's .agenticops/ directory: created ignored by git, the report kept in it."""

from __future__ import annotations

import json
from pathlib import Path

from agenticops.gate.state import state_dir, write_report
from agenticops.model import Measurements, MutationRun, Report

IGNORE = "# written by agenticops\n*\n"


def test_the_directory_is_made_with_a_gitignore_of_everything(tmp_path: Path) -> None:
    path = state_dir(tmp_path)
    assert path == tmp_path / ".agenticops"
    assert sorted(p.name for p in path.iterdir()) == [".gitignore"]
    assert (path / ".gitignore").read_bytes() == IGNORE.encode()


def test_an_existing_gitignore_is_left_as_the_user_made_it(tmp_path: Path) -> None:
    (tmp_path / ".agenticops").mkdir()
    (tmp_path / ".agenticops" / ".gitignore").write_text("report.json\n", encoding="utf-8")
    state_dir(tmp_path)
    assert (tmp_path / ".agenticops" / ".gitignore").read_text() == "report.json\n"


def test_the_report_is_written_as_json_beside_it(tmp_path: Path) -> None:
    measurements = Measurements(
        tests=None, coverage_total=None, files=(), mutation=MutationRun(ran=False)
    )
    report = Report(gates=(), measurements=measurements, profile="strict", tool_version="0")
    path = write_report(tmp_path, report)
    assert path == tmp_path / ".agenticops" / "report.json"
    assert json.loads(path.read_text(encoding="utf-8"))["profile"] == "strict"
    assert path.read_text(encoding="utf-8").endswith("}\n")
    assert (tmp_path / ".agenticops" / ".gitignore").read_text() == IGNORE

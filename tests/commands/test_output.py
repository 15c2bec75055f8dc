"""Rendering for the user: sources read from the project, repository paths inside a checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenticops.commands.output import render_for
from tests.report.conftest import SOURCES, full_report

#: the annotation of the failed test, `def` line read from tests/test_ledger.py
FAILED_TEST = "::error file={prefix}tests/test_ledger.py,line=8,title=test failed%3A "


def _project(root: Path) -> Path:
    for relative, text in SOURCES.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def _outside_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


def test_html_shows_the_project_sources(tmp_path: Path) -> None:
    page = render_for(full_report(), "html", _project(tmp_path))
    assert '<td class="code">            if amount not in self.entries:</td>' in page
    assert "Source not found" not in page


def test_annotations_read_lines_from_the_project_outside_a_checkout(tmp_path: Path) -> None:
    github = render_for(full_report(), "github", _project(tmp_path))
    assert github.startswith(FAILED_TEST.format(prefix=""))


def test_annotations_in_a_checkout_name_repository_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _project(tmp_path / "proj")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    github = render_for(full_report(), "github", project)
    assert github.startswith(FAILED_TEST.format(prefix="proj/"))


def test_annotations_of_a_project_outside_the_checkout_keep_project_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _project(tmp_path / "proj")
    (tmp_path / "checkout").mkdir()
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path / "checkout"))
    github = render_for(full_report(), "github", project)
    assert github.startswith(FAILED_TEST.format(prefix=""))

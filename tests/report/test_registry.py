"""The renderer registry, and the one door to rich."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import agenticops.report
from agenticops.errors import ExitCode, UsageError
from agenticops.model import Report
from agenticops.report import RENDERERS, github, json_report, render

PACKAGE = Path(agenticops.report.__file__).parent


def test_every_format_is_registered() -> None:
    assert list(RENDERERS) == [
        "terminal",
        "json",
        "markdown",
        "github",
        "sarif",
        "junit",
        "stryker",
        "html",
    ]


@pytest.mark.parametrize("fmt", list(RENDERERS))
def test_every_renderer_returns_text(report: Report, project: Path, fmt: str) -> None:
    text = render(report, fmt, root=project)
    assert isinstance(text, str)
    assert text.endswith("\n")
    assert len(text) > 100


def test_render_dispatches_to_the_registered_renderer(report: Report, project: Path) -> None:
    assert render(report, "json", root=project) == json_report.render(report, root=project)
    assert render(report, "github", root=project) == github.render(report, root=project)


def test_an_unknown_format_is_a_usage_error(report: Report, project: Path) -> None:
    with pytest.raises(UsageError) as caught:
        render(report, "yaml", root=project)
    assert str(caught.value) == (
        "unknown report format 'yaml' (choose from: terminal, json, markdown, github, sarif, "
        "junit, stryker, html)"
    )
    assert caught.value.exit_code == ExitCode.USAGE_ERROR


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_rich_enters_only_through_the_terminal_renderer() -> None:
    users = sorted(
        p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py") if "rich" in _imports(p)
    )
    assert users == ["terminal/rich_api.py"]


def test_renderers_run_no_processes_and_read_no_environment() -> None:
    for path in PACKAGE.rglob("*.py"):
        assert not {"subprocess", "os"} & _imports(path), path.name

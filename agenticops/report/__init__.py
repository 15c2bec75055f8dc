"""Every surface of one gate Report: renderers render, they never decide (a plain dict registry)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from agenticops.errors import UsageError
from agenticops.model import Report
from agenticops.report import github, html, json_report, junit, markdown, sarif, stryker, terminal

__all__ = ["RENDERERS", "Renderer", "render"]


class Renderer(Protocol):
    """Turns a report into the text of one surface; `root` is the project root (for sources)."""

    def __call__(self, report: Report, *, root: Path) -> str: ...


#: format name -> renderer
RENDERERS: dict[str, Renderer] = {
    "terminal": terminal.render,
    "json": json_report.render,
    "markdown": markdown.render,
    "github": github.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "stryker": stryker.render,
    "html": html.render,
}


def render(report: Report, fmt: str, *, root: Path) -> str:
    """The report in format `fmt`; UsageError naming the known formats for anything else."""
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        known = ", ".join(RENDERERS)
        raise UsageError(f"unknown report format {fmt!r} (choose from: {known})")
    return renderer(report, root=root)

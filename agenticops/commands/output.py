"""Rendering a report for the user: format check, repository paths, stdout or file, exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from agenticops import textfile
from agenticops.errors import ConfigError, ExitCode, UsageError
from agenticops.model import Report
from agenticops.report import RENDERERS, render
from agenticops.report.relocate import REPOSITORY_FORMATS, relocated, repository_prefix


def render_for(report: Report, fmt: str, root: Path) -> str:
    """Render; annotations and SARIF speak of repository paths when run inside a checkout."""
    if fmt not in REPOSITORY_FORMATS:
        return render(report, fmt, root=root)
    checkout = os.environ.get("GITHUB_WORKSPACE")
    workspace = Path(checkout) if checkout else None
    prefix = repository_prefix(root, workspace)
    return render(relocated(report, prefix), fmt, root=workspace if prefix and workspace else root)


def check_format(fmt: str) -> None:
    if fmt not in RENDERERS:
        raise UsageError(f"--format {fmt}: expected one of {', '.join(RENDERERS)}")


def emit(text: str, output: Path | None) -> None:
    """Write a rendered report to output, or to stdout."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        textfile.write(output, text)
    except OSError as exc:
        raise ConfigError(f"--output {output}: cannot write: {exc.strerror}") from None


def verdict(report: Report) -> int:
    return int(ExitCode.OK if report.passed else ExitCode.GATES_FAILED)

"""Project paths as repository paths, for surfaces that annotate a repository (GitHub, SARIF)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from agenticops.model import Report

REPOSITORY_FORMATS = frozenset({"github", "sarif"})


def repository_prefix(root: Path, workspace: Path | None) -> str:
    """Where the project sits inside the repository checkout ("" at its top, or outside it)."""
    if workspace is None:
        return ""
    project, top = root.resolve(), workspace.resolve()
    if project == top or not project.is_relative_to(top):
        return ""
    return project.relative_to(top).as_posix()


def relocated(report: Report, prefix: str) -> Report:
    """The report with every file path, and every offender naming a file or test, under prefix/."""
    if not prefix:
        return report
    paths = {f.path for f in report.measurements.files}

    def moved(offender: str) -> str:
        head = offender.partition("::")[0]
        return f"{prefix}/{offender}" if head in paths or head.endswith(".py") else offender

    files = tuple(replace(f, path=f"{prefix}/{f.path}") for f in report.measurements.files)
    gates = tuple(replace(g, offenders=tuple(moved(o) for o in g.offenders)) for g in report.gates)
    return replace(report, gates=gates, measurements=replace(report.measurements, files=files))

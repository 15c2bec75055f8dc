"""GitHub Actions annotations: `::error file=…,line=…,title=…::message` workflow commands.

GitHub keeps 10 errors and 10 warnings per step and silently drops the rest, so the worst are
printed first (errors: offenders of failed gates; warnings: lesser findings), at most 10 of
each, then one notice saying how many were left out.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path, PurePosixPath

from agenticops.model import Report
from agenticops.report.findings import Finding, findings
from agenticops.report.workflow_commands import command, escape_data, escape_property

__all__ = ["PER_KIND", "command", "escape_data", "escape_property", "render"]

PER_KIND = 10


def _annotation(finding: Finding) -> str:
    properties: dict[str, str | int | None] = {
        "file": finding.path,
        "line": finding.line,
        "endLine": finding.end_line,
        "title": finding.title,
    }
    return command(finding.level, finding.message, properties)


def _in(found: tuple[Finding, ...], changed: Collection[str] | None) -> list[Finding]:
    """The findings in the changed files, and those about the whole run."""
    if changed is None:
        return list(found)
    wanted = {PurePosixPath(p).as_posix() for p in changed}
    return [f for f in found if f.path is None or PurePosixPath(f.path).as_posix() in wanted]


def render(report: Report, *, root: Path, changed: Collection[str] | None = None) -> str:
    """Annotations for the worst findings; with `changed`, only those in these files
    (repo-relative paths) and those about the whole run."""
    found = _in(findings(report, root=root), changed)
    lines: list[str] = []
    left_out = 0
    for level in ("error", "warning"):
        mine = [f for f in found if f.level == level]
        lines += [_annotation(f) for f in mine[:PER_KIND]]
        left_out += max(len(mine) - PER_KIND, 0)
    if left_out:
        message = (
            f"{left_out} more findings left out (GitHub shows {PER_KIND} errors and "
            f"{PER_KIND} warnings per step); see the job summary or the report artifact"
        )
        lines.append(command("notice", message, {"title": "agenticops"}))
    return "".join(f"{line}\n" for line in lines)

"""The mutants as a Stryker mutation-testing report (schemaVersion 2), as Stryker tools read.

mutmut names no mutator and no columns, so the location is rebuilt from each mutant's diff: the
changed span of the first changed line (1-based, end exclusive), and `replacement` is its new text.
The thresholds are the mutation_score minimum for both `high` and `low`: the gate has no middle.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any, NamedTuple

from agenticops.model import FileMetrics, MutantResult, Report
from agenticops.report import select

STATUS = {
    "killed": "Killed",
    "survived": "Survived",
    "no_tests": "NoCoverage",
    "timeout": "Timeout",
    "type_check": "CompileError",
    "segfault": "RuntimeError",
    "suspicious": "RuntimeError",
    "skipped": "Ignored",
    "not_checked": "Pending",
    "interrupted": "Pending",
}
_TOKEN = re.compile(r"\w+|[=!<>+\-*/%&|^~@]+|\S")
#: Stryker's own defaults, used when the mutation_score gate is off
DEFAULT_THRESHOLDS = {"high": 80, "low": 60}


class Change(NamedTuple):
    """Where a mutant changes its line and into what."""

    start: int  # 1-based column, inclusive
    end: int  # 1-based column, exclusive
    end_line_offset: int  # removed lines after the first
    replacement: str


def _changed_lines(diff: str) -> tuple[list[str], list[str]]:
    """The removed and the added lines of a unified diff, without their +/- marks."""
    lines = [ln for ln in diff.splitlines() if not ln.startswith(("---", "+++"))]
    return [ln[1:] for ln in lines if ln.startswith("-")], [ln[1:] for ln in lines if ln[:1] == "+"]


def change(diff: str, source_line: str) -> Change:
    """The changed span of a mutant's first changed line, located in `source_line`."""
    removed, added = _changed_lines(diff)
    if not removed:  # nothing to locate by: the whole line, from its first character
        indent = len(source_line) - len(source_line.lstrip())
        return Change(indent + 1, len(source_line) + 1, 0, "\n".join(added))
    old = removed[0]
    # mutmut diffs a function on its own: a method's lines lose the class indentation
    offset = len(source_line) - len(old) if source_line.endswith(old) else 0
    if len(removed) == 1 and len(added) == 1:
        return _one_line(old, added[0], offset)
    indent = len(old) - len(old.lstrip())
    last = removed[-1]
    replacement = "\n".join(added).strip()
    return Change(offset + indent + 1, offset + len(last) + 1, len(removed) - 1, replacement)


def _one_line(old: str, new: str, offset: int) -> Change:
    """The smallest whole-token span where `old` and `new` differ."""
    prefix = len(_common_prefix(old, new))
    suffix = len(_common_prefix(old[prefix:][::-1], new[prefix:][::-1]))
    start, end = _tokens(old, prefix, len(old) - suffix)
    replacement = new[start : len(new) - (len(old) - end)]
    return Change(offset + start + 1, offset + end + 1, 0, replacement)


def _tokens(line: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole tokens (`==`, not `=`); an empty span stays as it is."""
    for token in _TOKEN.finditer(line):
        if token.start() < end and token.end() > start:
            start, end = min(start, token.start()), max(end, token.end())
    return start, end


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _mutant(m: MutantResult, lines: list[str]) -> dict[str, Any]:
    line = max(m.line, 1)
    where = change(m.diff, lines[line - 1] if line <= len(lines) else "")
    result: dict[str, Any] = {
        "id": m.id,
        "mutatorName": "mutmut",
        "location": {
            "start": {"line": line, "column": where.start},
            "end": {"line": line + where.end_line_offset, "column": max(where.end, 1)},
        },
        "status": STATUS[m.status],
        "description": f"{m.function}: {m.id}",
        "replacement": where.replacement,
    }
    if m.duration is not None:
        result["duration"] = round(m.duration * 1000, 3)
    return result


def _file(f: FileMetrics, root: Path) -> dict[str, Any]:
    try:
        source = (root / f.path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        source = ""
    lines = source.splitlines()
    return {
        "language": "python",
        "source": source,
        "mutants": [_mutant(m, lines) for m in f.mutants],
    }


def _thresholds(report: Report) -> dict[str, int]:
    gate = select.gate(report, "mutation_score")
    if gate is None or gate.threshold is None:
        return dict(DEFAULT_THRESHOLDS)
    limit = min(max(math.ceil(gate.threshold), 0), 100)
    return {"high": limit, "low": limit}


def to_stryker(report: Report, *, root: Path) -> dict[str, Any]:
    """The Stryker report as data: every file that has mutants, with its source text."""
    framework: dict[str, Any] = {"name": "agenticops"}
    if report.tool_version:
        framework["version"] = report.tool_version
    return {
        "schemaVersion": "2",
        "thresholds": _thresholds(report),
        "projectRoot": report.root,
        "files": {f.path: _file(f, root) for f in report.measurements.files if f.mutants},
        "framework": framework,
    }


def render(report: Report, *, root: Path) -> str:
    """The Stryker JSON text (`mutation-testing-elements` and the Stryker dashboard read it)."""
    return json.dumps(to_stryker(report, root=root), indent=2, ensure_ascii=False) + "\n"

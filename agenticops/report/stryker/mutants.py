"""A file's mutants as Stryker mutant objects: status, location, replacement, duration."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agenticops import textfile
from agenticops.model import FileMetrics, MutantResult
from agenticops.report.stryker.change import change

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


def source_file(f: FileMetrics, root: Path) -> dict[str, Any]:
    """One Stryker file: its source text (empty when unreadable) and its mutants."""
    try:
        source = textfile.read(root / f.path)
    except (OSError, UnicodeDecodeError):
        source = ""
    lines = source.splitlines()
    return {
        "language": "python",
        "source": source,
        "mutants": [_mutant(m, lines) for m in f.mutants],
    }

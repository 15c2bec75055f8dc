"""The measurements of a change: the changed files only, and their changed-line coverage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from agenticops.model import FileMetrics, Measurements
from agenticops.scope.changed_file import _scope_file, _Tally
from agenticops.scope_git import ChangedLines


def scope_measurements(measurements: Measurements, changes: ChangedLines) -> Measurements:
    """Only the changed source files, functions and lines; the tests as they were."""
    scoped = [_scope_file(f, changes) for f in measurements.files if changes.touched(f.path)]
    files = tuple(file for file, _ in scoped)
    return replace(
        measurements,
        files=files,
        coverage_total=_total(measurements, scoped),
        scope=describe(changes, files),
    )


def _total(whole: Measurements, scoped: Sequence[tuple[FileMetrics, _Tally]]) -> float | None:
    """The changed-line coverage of all files in scope; None without anything to judge."""
    covered = sum(tally.covered for _, tally in scoped)
    total = sum(tally.total for _, tally in scoped)
    if not total or not _has_data(whole, [file for file, _ in scoped]):
        return None
    return 100.0 * covered / total


def _has_data(whole: Measurements, scoped: Sequence[FileMetrics]) -> bool:
    """Whether coverage.py had data for the run and for every file in scope (a file without
    data would otherwise drop out of the changed-line total unseen)."""
    paths = {f.path for f in scoped}
    return whole.coverage_total is not None and all(
        f.coverage is not None for f in whole.files if f.path in paths
    )


def describe(changes: ChangedLines, files: Sequence[FileMetrics]) -> str:
    """`diff against origin/main: 2 files, 14 changed lines, 3 changed functions`."""
    lines = sum(len(changes.lines.get(f.path, ())) for f in files)
    functions = sum(len(f.functions) for f in files)
    counts = (_count(len(files), "file"), _count(lines, "changed line"))
    return (
        f"diff against {changes.base}: {', '.join(counts)}, {_count(functions, 'changed function')}"
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

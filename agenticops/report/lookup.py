"""One gate, file or function found in a report by name, offenders resolved to measurements."""

from __future__ import annotations

from typing import NamedTuple

from agenticops.model import FileMetrics, FunctionMetrics, GateResult, Report


class Located(NamedTuple):
    """A function offender with its file."""

    file: FileMetrics
    function: FunctionMetrics


def gate(report: Report, name: str) -> GateResult | None:
    """The verdict of gate `name`, if the report has it."""
    return next((g for g in report.gates if g.name == name), None)


def offenders(report: Report, name: str) -> tuple[str, ...]:
    """The offenders of gate `name` (none when the gate is absent)."""
    found = gate(report, name)
    return () if found is None else found.offenders


def file(report: Report, path: str) -> FileMetrics | None:
    """The measurements of the file at `path`."""
    return next((f for f in report.measurements.files if f.path == path), None)


def function(report: Report, offender: str) -> Located | None:
    """Resolve a `path::Qualified.name` offender to its file and function measurements."""
    path, _, name = offender.partition("::")
    found = file(report, path)
    if found is None:
        return None
    match = next((fn for fn in found.functions if fn.name == name), None)
    return None if match is None else Located(found, match)

"""The whole gate report as JSON data, DESIGN.md's keys first and more after them."""

from __future__ import annotations

from typing import Any

from agenticops.model import SCHEMA, Report, TestRun
from agenticops.report.json_report.records import file_dict, gate_dict, round_percent


def _tests(run: TestRun) -> dict[str, Any]:
    return {
        "collected": run.collected,
        "failed": [{"nodeid": o.nodeid, "message": o.message} for o in run.failed],
        "exit_code": run.exit_code,
        "timed_out": run.timed_out,
        "duration": run.duration,
        "outcomes": [
            {"nodeid": o.nodeid, "status": o.status, "duration": o.duration, "message": o.message}
            for o in run.outcomes
        ],
        "output": run.output,
    }


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON data, DESIGN.md's keys first."""
    m = report.measurements
    return {
        "schema": SCHEMA,
        "passed": report.passed,
        "gates": [gate_dict(g) for g in report.gates],
        "files": [file_dict(f) for f in m.files],
        "tests": None if m.tests is None else _tests(m.tests),
        "coverage_total": round_percent(m.coverage_total),
        "mutation": {
            "ran": m.mutation.ran,
            "reason": m.mutation.reason,
            "duration": m.mutation.duration,
            "diagnostics": list(m.mutation.diagnostics),
        },
        "scope": m.scope,
        "profile": report.profile,
        "root": report.root,
        "tool_version": report.tool_version,
        "created": report.created,
        "diagnostics": list(m.diagnostics),
        "extra": dict(report.extra),
    }

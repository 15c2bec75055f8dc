"""The counts a `<testsuite>` carries: tests, failures, errors (not run) and skipped (off)."""

from __future__ import annotations

from agenticops.model import Report


def suite_counts(report: Report) -> dict[str, str]:
    """The count attributes, as the XML text they are written as."""
    counts = {
        "tests": len(report.gates),
        "failures": sum(g.status == "failed" for g in report.gates),
        "errors": sum(g.status == "not_run" for g in report.gates),
        "skipped": sum(g.status == "off" for g in report.gates),
    }
    return {key: str(value) for key, value in counts.items()}

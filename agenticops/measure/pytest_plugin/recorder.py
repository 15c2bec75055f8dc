"""The recorder: switches coverage contexts around each test and appends how each test ended
(and each collection error) as JSON lines."""

from __future__ import annotations

import json
from collections.abc import Generator
from typing import Any

import coverage
import pytest

from .outcomes import classify, skip_reason, trim


class Recorder:
    """Switches coverage contexts around each test and records how each test ended."""

    def __init__(self, path: str | None, cov: coverage.Coverage | None) -> None:
        self.path = path  # where to append the JSON lines; None: record nothing
        self.cov = cov  # the running coverage.py, or None when the suite runs without it
        self.in_progress: dict[str, dict[str, Any]] = {}

    def write(self, record: dict[str, Any]) -> None:
        if self.path is not None:
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(record) + "\n")

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, None, None]:
        self.write({"start": item.nodeid})
        self.in_progress[item.nodeid] = {
            "nodeid": item.nodeid,
            "outcome": "passed",
            "duration": 0.0,
        }
        if self.cov is not None:
            self.cov.switch_context(item.nodeid)
        yield
        if self.cov is not None:
            self.cov.switch_context("")
        self.write({"message": "", **self.in_progress.pop(item.nodeid)})

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        record = self.in_progress.get(report.nodeid)
        if record is None:  # a report for an item we are not running (a plugin's re-run)
            return
        record["duration"] += report.duration
        outcome, message = classify(report)
        if outcome is not None and record["outcome"] in ("passed", "skipped"):
            record["outcome"], record["message"] = outcome, message

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:  # an import error, a syntax error: the whole module is lost
            self.write(_record(report.nodeid, "error", trim(report.longreprtext)))
        elif report.skipped:  # pytest.skip(allow_module_level=True)
            self.write(_record(report.nodeid, "skipped", skip_reason(report)))


def _record(nodeid: str, outcome: str, message: str) -> dict[str, Any]:
    return {"nodeid": nodeid, "outcome": outcome, "duration": 0.0, "message": message}

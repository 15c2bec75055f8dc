"""pytest plugin run inside the measured suite: per-test coverage contexts, outcomes as JSON lines.

Loaded as `-p agenticops_pytest_plugin` from a copy of this file on PYTHONPATH, so it works in
any interpreter that has pytest and coverage: it imports nothing else outside the stdlib.

Every test runs in the coverage.py dynamic context named by its pytest node id (as pytest-cov's
`--cov-context=test` does). When AGENTICOPS_TESTS_JSON names a file, one JSON object per line is
appended to it: `{"start": nodeid}` when a test begins, then
`{"nodeid", "outcome", "duration", "message"}` when it ends, and the same record with outcome
"error" for every collection error. Lines are flushed as they are written, so a suite killed at
its timeout still shows what finished and which test was running.
"""

from __future__ import annotations

import json
import os
from collections.abc import Generator
from typing import Any

import coverage
import pytest

ENV = "AGENTICOPS_TESTS_JSON"
MESSAGE_LIMIT = 4000  # characters of a failure's text kept (the tail: pytest ends with the E lines)


def pytest_configure(config: pytest.Config) -> None:
    recorder = Recorder(os.environ.get(ENV), coverage.Coverage.current())
    config.pluginmanager.register(recorder, "agenticops-recorder")


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
            self.write(_record(report.nodeid, "skipped", _skip_reason(report)))


def _record(nodeid: str, outcome: str, message: str) -> dict[str, Any]:
    return {"nodeid": nodeid, "outcome": outcome, "duration": 0.0, "message": message}


def classify(report: pytest.TestReport) -> tuple[str | None, str]:
    """The outcome one phase's report implies, or None when it changes nothing."""
    xfail = getattr(report, "wasxfail", None)
    if report.failed:
        kind = "failed" if report.when == "call" else "error"
        return kind, trim(report.longreprtext)
    if report.skipped:
        reason = str(xfail) if xfail is not None else _skip_reason(report)
        return ("xfailed" if xfail is not None else "skipped"), reason
    if report.when == "call" and xfail is not None:
        return "xpassed", str(xfail)
    return None, ""


def _skip_reason(report: pytest.TestReport | pytest.CollectReport) -> str:
    longrepr = report.longrepr  # (path, line, "Skipped: reason") for every pytest.skip
    return str(longrepr[2]) if isinstance(longrepr, tuple) else trim(report.longreprtext)


def trim(text: str) -> str:
    """At most MESSAGE_LIMIT characters, keeping the end."""
    return text if len(text) <= MESSAGE_LIMIT else "…" + text[-MESSAGE_LIMIT:]

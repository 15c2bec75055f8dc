"""The test run and its outcomes read back from JSON (a null run is no run)."""

from __future__ import annotations

from typing import get_args

from agenticops.model import TestOutcome, TestRun, TestStatus
from agenticops.report.json_parse.json_object import JsonObject


def outcome(o: JsonObject) -> TestOutcome:
    return TestOutcome(
        nodeid=o.text("nodeid"),
        status=o.choice("status", get_args(TestStatus)),
        duration=o.number("duration"),
        message=o.text("message"),
    )


def tests(top: JsonObject) -> TestRun | None:
    if top.get("tests", lambda v: True, "") is None:
        return None
    o = top.child("tests")
    return TestRun(
        outcomes=o.objects("outcomes", outcome),
        exit_code=o.integer("exit_code"),
        timed_out=o.flag("timed_out"),
        duration=o.number("duration"),
        output=o.text("output"),
    )

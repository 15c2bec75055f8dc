"""The measurements of a gate report read back from JSON: tests, coverage, files, mutation."""

from __future__ import annotations

from agenticops.model import Measurements, MutationRun
from agenticops.report.json_parse.files import file
from agenticops.report.json_parse.json_object import JsonObject
from agenticops.report.json_parse.outcomes import tests
from agenticops.report.json_parse.shape import is_number


def mutation(o: JsonObject) -> MutationRun:
    return MutationRun(
        ran=o.flag("ran"),
        reason=o.text("reason"),
        duration=o.number("duration"),
        diagnostics=o.strs("diagnostics"),
    )


def measurements(top: JsonObject) -> Measurements:
    return Measurements(
        tests=tests(top),
        coverage_total=top.maybe("coverage_total", is_number, "a number"),
        files=top.objects("files", file),
        mutation=mutation(top.child("mutation")),
        scope=top.text("scope"),
        diagnostics=top.strs("diagnostics"),
    )

"""The records inside a file's measurements, read back from JSON: functions and mutants."""

from __future__ import annotations

from typing import get_args

from agenticops.model import FunctionMetrics, MutantResult, MutantStatus
from agenticops.report.json_parse.json_object import JsonObject
from agenticops.report.json_parse.shape import is_number


def function(o: JsonObject) -> FunctionMetrics:
    return FunctionMetrics(
        name=o.text("name"),
        line=o.integer("line"),
        end_line=o.integer("end_line"),
        complexity=o.integer("complexity"),
        coverage=o.number("coverage"),
        crap=o.number("crap"),
    )


def mutant(o: JsonObject) -> MutantResult:
    return MutantResult(
        id=o.text("id"),
        line=o.integer("line"),
        function=o.text("function"),
        status=o.choice("status", get_args(MutantStatus)),
        diff=o.text("diff"),
        duration=o.maybe("duration", is_number, "a number"),
    )

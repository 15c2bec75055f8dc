"""A gate verdict read back from its JSON object."""

from __future__ import annotations

from typing import get_args

from agenticops.model import GateResult, GateStatus
from agenticops.report.json_parse.json_object import JsonObject
from agenticops.report.json_parse.shape import is_number


def gate(o: JsonObject) -> GateResult:
    return GateResult(
        name=o.text("name"),
        status=o.choice("status", get_args(GateStatus)),
        actual=o.maybe("actual", is_number, "a number"),
        threshold=o.maybe("threshold", is_number, "a number"),
        offenders=o.strs("offenders"),
        reason=o.text("reason"),
    )

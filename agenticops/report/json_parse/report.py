"""Reading `agenticops.gate-report/1` data back into a Report, key by key, type by type."""

from __future__ import annotations

from agenticops.model import SCHEMA, Report
from agenticops.report.json_parse.gate import gate
from agenticops.report.json_parse.json_object import JsonObject
from agenticops.report.json_parse.measurements import measurements


def parse(data: object) -> Report:
    """A Report from JSON data; ShapeError at the first missing or mistyped key."""
    top = JsonObject(data, "")
    top.get("schema", lambda v: v == SCHEMA, repr(SCHEMA))  # a ShapeError unless it is SCHEMA
    measured = measurements(top)
    return Report(
        gates=top.objects("gates", gate),
        measurements=measured,
        profile=top.text("profile"),
        root=top.text("root"),
        tool_version=top.text("tool_version"),
        created=top.text("created"),
        extra=top.get("extra", lambda v: isinstance(v, dict), "an object"),
    )

"""Reading `agenticops.gate-report/1` data back into a Report, key by key, type by type."""

from __future__ import annotations

from agenticops.report.json_parse.difference import difference as difference
from agenticops.report.json_parse.report import parse as parse
from agenticops.report.json_parse.shape import ShapeError as ShapeError

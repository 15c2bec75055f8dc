"""The JSON Schema of `[tool.agenticops]`: shipped for editors, used by the config loader."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from agenticops import textfile

SCHEMA_PATH = Path(__file__).with_name("config_schema.json")


def get_schema(tool_name: str = "agenticops") -> dict[str, Any]:
    """The schema, as validate-pyproject's `tool_schema` entry point expects it."""
    if tool_name != "agenticops":
        raise ValueError(f"no schema for tool {tool_name!r}")
    schema: dict[str, Any] = json.loads(textfile.read(SCHEMA_PATH))
    return schema

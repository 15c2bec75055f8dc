"""Check a table against the shipped JSON Schema; a violation becomes one line naming the key."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import jsonschema

from agenticops.config_schema import get_schema
from agenticops.errors import ConfigError


def validate(table: Mapping[str, Any], where: str) -> None:
    """Check the table against the shipped JSON Schema; the first error becomes one line."""
    validator = jsonschema.Draft7Validator(get_schema())
    errors = sorted(validator.iter_errors(dict(table)), key=lambda e: list(e.absolute_path))
    if errors:
        raise ConfigError(f"{where}: {describe(errors[0])}")


def describe(error: jsonschema.ValidationError) -> str:
    """A one-line description naming the key, for a schema violation."""
    path = [str(p) for p in error.absolute_path]
    if error.validator == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        unknown = sorted(set(error.instance) - known)
        return f"unknown key {_key([*path, unknown[0]])}"
    key = _key(path)
    if error.validator == "oneOf":
        return f"{key}: {error.instance!r} is not valid ({_expected(error)})"
    return f"{key}: {error.message}"


def _key(path: Sequence[str]) -> str:
    *tables, last = ["tool", "agenticops", *path]
    return f"[{'.'.join(tables)}] {last}" if path else "[tool.agenticops]"


def _expected(error: jsonschema.ValidationError) -> str:
    first = error.schema["oneOf"][0]
    low, high = first.get("minimum"), first.get("maximum")
    kind = "an integer" if first.get("type") == "integer" else "a number"
    bounds = f" from {low} to {high}" if high is not None else f" >= {low}"
    return f"expected {kind}{bounds}, or false to switch the gate off"

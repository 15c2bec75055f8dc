"""The tables and keys contract.toml may hold, and the TOML type of each value."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Kind = tuple[str, Callable[[object], bool]]


def _integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_STRING: Kind = ("a string", lambda v: isinstance(v, str))
_INTEGER: Kind = ("an integer", _integer)
_NUMBER: Kind = ("a number", lambda v: _integer(v) or isinstance(v, float))
_STRINGS: Kind = ("an array of strings", lambda v: isinstance(v, list) and _all_str(v))
_STRING_TABLE: Kind = (
    "a table of strings",
    lambda v: isinstance(v, dict) and _all_str(v.values()),
)
_TABLE: Kind = ("a table", lambda v: isinstance(v, dict))
_ANY: Kind = ("a value", lambda v: True)


def _all_str(values: Any) -> bool:
    return all(isinstance(v, str) for v in values)


@dataclass(frozen=True, slots=True, kw_only=True)
class Shape:
    required: Mapping[str, Kind] = field(default_factory=dict)
    optional: Mapping[str, Kind] = field(default_factory=dict)
    array: bool = False  # an array of tables ([[name]]) rather than a table ([name])
    needed: bool = False


SHAPES = {
    "contract": Shape(
        required={"name": _STRING, "intent": _STRING, "module": _STRING}, needed=True
    ),
    "function": Shape(
        required={"name": _STRING, "signature": _STRING, "doc": _STRING}, array=True, needed=True
    ),
    "invariant": Shape(
        required={"function": _STRING, "name": _STRING, "holds": _STRING},
        optional={"where": _STRING, "given": _STRING_TABLE},
        array=True,
    ),
    "example": Shape(
        required={"function": _STRING, "args": _TABLE},
        optional={"returns": _ANY, "raises": _STRING},
        array=True,
    ),
    "boundaries": Shape(required={"writable": _STRINGS}, needed=True),
    "budget": Shape(
        optional={"max_iterations": _INTEGER, "max_cost_usd": _NUMBER, "max_minutes": _NUMBER}
    ),
}


def title(key: str, shape: Shape) -> str:
    return f"[[{key}]]" if shape.array else f"[{key}]"


def toml_type(value: object) -> str:
    names = {bool: "boolean", int: "integer", float: "float", str: "string", list: "array"}
    return names.get(type(value), "table" if isinstance(value, dict) else "date/time")

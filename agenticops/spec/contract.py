"""contract.toml: parse it, check every table, key and type, and build the contract's records."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agenticops.errors import SpecError
from agenticops.spec.expressions import is_dotted_name
from agenticops.spec.interface import build_examples, build_functions, build_invariants
from agenticops.spec.records import Budget, Example, Function, Invariant
from agenticops.spec.text import read_text
from agenticops.spec.tomlpos import KeyPath, Source, TomlPositions

_Kind = tuple[str, Callable[[object], bool]]


def _integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_STRING: _Kind = ("a string", lambda v: isinstance(v, str))
_INTEGER: _Kind = ("an integer", _integer)
_NUMBER: _Kind = ("a number", lambda v: _integer(v) or isinstance(v, float))
_STRINGS: _Kind = ("an array of strings", lambda v: isinstance(v, list) and _all_str(v))
_STRING_TABLE: _Kind = (
    "a table of strings",
    lambda v: isinstance(v, dict) and _all_str(v.values()),
)
_TABLE: _Kind = ("a table", lambda v: isinstance(v, dict))
_ANY: _Kind = ("a value", lambda v: True)
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _all_str(values: Any) -> bool:
    return all(isinstance(v, str) for v in values)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Shape:
    required: Mapping[str, _Kind] = field(default_factory=dict)
    optional: Mapping[str, _Kind] = field(default_factory=dict)
    array: bool = False  # an array of tables ([[name]]) rather than a table ([name])
    needed: bool = False


_SHAPES = {
    "contract": _Shape(
        required={"name": _STRING, "intent": _STRING, "module": _STRING}, needed=True
    ),
    "function": _Shape(
        required={"name": _STRING, "signature": _STRING, "doc": _STRING}, array=True, needed=True
    ),
    "invariant": _Shape(
        required={"function": _STRING, "name": _STRING, "holds": _STRING},
        optional={"where": _STRING, "given": _STRING_TABLE},
        array=True,
    ),
    "example": _Shape(
        required={"function": _STRING, "args": _TABLE},
        optional={"returns": _ANY, "raises": _STRING},
        array=True,
    ),
    "boundaries": _Shape(required={"writable": _STRINGS}, needed=True),
    "budget": _Shape(
        optional={"max_iterations": _INTEGER, "max_cost_usd": _NUMBER, "max_minutes": _NUMBER}
    ),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Contract:
    """Everything contract.toml declares, checked."""

    name: str
    intent: str
    module: str
    functions: tuple[Function, ...]
    invariants: tuple[Invariant, ...]
    examples: tuple[Example, ...]
    writable: tuple[str, ...]
    budget: Budget


def read_contract(path: Path) -> Contract:
    """Read and check contract.toml; every problem is a SpecError naming the file and line."""
    text = read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = found.group(1) if found else len(text.splitlines())
        raise SpecError(f"{path}:{line}: invalid TOML: {exc}") from None
    source = Source(str(path), TomlPositions(text))
    _check_document(data, source)
    return _build(data, source)


def _check_document(data: Mapping[str, Any], source: Source) -> None:
    known = ", ".join(_title(key, shape) for key, shape in _SHAPES.items())
    for key in data:
        if key not in _SHAPES:
            raise source.error((), f"unknown key {key!r} (known: {known})", at=(key,))
    for key, shape in _SHAPES.items():
        for path, table in _tables(data, key, shape, source):
            _check_table(table, shape, path, source)


def _title(key: str, shape: _Shape) -> str:
    return f"[[{key}]]" if shape.array else f"[{key}]"


def _tables(
    data: Mapping[str, Any], key: str, shape: _Shape, source: Source
) -> list[tuple[KeyPath, object]]:
    """The tables stored under `key`, each with its key path; a missing needed one is an error."""
    if key not in data:
        if shape.needed:
            raise source.error((), f"missing {_title(key, shape)}")
        return []
    value = data[key]
    if not shape.array:
        return [((key,), value)]
    if not isinstance(value, list) or not value:
        what = "a non-empty array of tables" if isinstance(value, list) else "an array of tables"
        raise source.error((key,), f"expected {what}, got {_toml_type(value)}")
    return [((key, index), table) for index, table in enumerate(value)]


def _check_table(table: object, shape: _Shape, path: KeyPath, source: Source) -> None:
    if not isinstance(table, dict):
        raise source.error(path, f"expected a table, got {_toml_type(table)}")
    kinds = {**shape.required, **shape.optional}
    for key in table:
        if key not in kinds:
            known = ", ".join(sorted(kinds))
            raise source.error(path, f"unknown key {key!r} (known: {known})", at=(*path, key))
    for key in shape.required:
        if key not in table:
            raise source.error(path, f"missing key {key!r}")
    for key, value in table.items():
        what, accepts = kinds[key]
        if not accepts(value):
            raise source.error((*path, key), f"expected {what}, got {_toml_type(value)}")


def _toml_type(value: object) -> str:
    names = {bool: "boolean", int: "integer", float: "float", str: "string", list: "array"}
    return names.get(type(value), "table" if isinstance(value, dict) else "date/time")


def _build(data: Mapping[str, Any], source: Source) -> Contract:
    head = data["contract"]
    if not _NAME.fullmatch(head["name"]):
        problem = "must be a simple name (letters, digits, '.', '_', '-')"
        raise source.error(("contract", "name"), f"{head['name']!r} {problem}")
    if not is_dotted_name(head["module"]):
        problem = "is not a module name (identifiers joined by dots)"
        raise source.error(("contract", "module"), f"{head['module']!r} {problem}")
    functions = build_functions(data["function"], source)
    return Contract(
        name=head["name"],
        intent=head["intent"],
        module=head["module"],
        functions=functions,
        invariants=build_invariants(data.get("invariant", []), functions, source),
        examples=build_examples(data.get("example", []), functions, source),
        writable=_writable(data["boundaries"]["writable"], source),
        budget=_budget(data.get("budget", {}), source),
    )


def _writable(globs: list[str], source: Source) -> tuple[str, ...]:
    path: KeyPath = ("boundaries", "writable")
    if not globs:
        raise source.error(path, "give at least one glob the agent may write")
    for glob in globs:
        if not glob or glob.startswith("/") or ".." in glob.split("/"):
            raise source.error(path, f"{glob!r} is not a glob relative to the project root")
    return tuple(globs)


def _budget(table: Mapping[str, Any], source: Source) -> Budget:
    for key, value in table.items():
        if value <= 0:
            raise source.error(("budget", key), f"must be positive, got {value}")
    cost, minutes = table.get("max_cost_usd"), table.get("max_minutes")
    return Budget(
        max_iterations=table.get("max_iterations"),
        max_cost_usd=float(cost) if cost is not None else None,
        max_minutes=float(minutes) if minutes is not None else None,
    )

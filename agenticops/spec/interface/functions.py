"""The [[function]] tables of a contract, and how other tables name one of them."""

from __future__ import annotations

import keyword
from collections.abc import Mapping, Sequence
from typing import Any

from agenticops.spec.records import Function
from agenticops.spec.signature import parse_signature
from agenticops.spec.tomlpos import KeyPath, Source


def build_functions(items: Sequence[Mapping[str, Any]], source: Source) -> tuple[Function, ...]:
    """The `[[function]]` tables: identifiers, unique, each with a `(params) -> type` signature."""
    functions: dict[str, Function] = {}
    for index, item in enumerate(items):
        path: KeyPath = ("function", index)
        name = item["name"]
        if not name.isidentifier() or keyword.iskeyword(name):
            raise source.error((*path, "name"), f"{name!r} is not a Python identifier")
        if name in functions:
            raise source.error((*path, "name"), f"function {name!r} is declared twice")
        try:
            parameters, returns = parse_signature(item["signature"])
        except ValueError as exc:
            raise source.error((*path, "signature"), str(exc)) from None
        functions[name] = Function(
            name=name,
            signature=item["signature"].strip(),
            parameters=parameters,
            returns=returns,
            doc=item["doc"],
            line=source.positions.line(path),
        )
    return tuple(functions.values())


def find_declared(
    name: str, functions: Sequence[Function], path: KeyPath, source: Source
) -> Function:
    for function in functions:
        if function.name == name:
            return function
    declared = ", ".join(f.name for f in functions)
    problem = f"{name!r} is not a declared [[function]] (declared: {declared})"
    raise source.error((*path, "function"), problem)

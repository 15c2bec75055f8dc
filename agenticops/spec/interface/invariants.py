"""One [[invariant]] table: over a declared function, with expressions naming what they can."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from agenticops.spec.expressions import check_names
from agenticops.spec.interface.functions import find_declared
from agenticops.spec.interface.given import check_given, drawn_parameters
from agenticops.spec.records import Function, Invariant
from agenticops.spec.tomlpos import KeyPath, Source


def build_invariant(
    item: Mapping[str, Any], index: int, functions: Sequence[Function], source: Source
) -> Invariant:
    path: KeyPath = ("invariant", index)
    function = find_declared(item["function"], functions, path, source)
    given: dict[str, str] = item.get("given", {})
    check_given(function, given, path, source)
    try:
        drawn = drawn_parameters(function, given)
    except ValueError as exc:
        raise source.error(path, str(exc)) from None
    arguments = [p.name for p in drawn]
    others = [f.name for f in functions if f.name not in arguments]
    scopes = {"where": [*arguments, *others], "holds": [*arguments, "result", *others]}
    for key in (k for k in scopes if k in item):
        try:
            check_names(
                item[key], set(scopes[key]), f"known: {', '.join(scopes[key])} and builtins"
            )
        except ValueError as exc:
            raise source.error((*path, key), str(exc)) from None
    return Invariant(
        function=function.name,
        name=item["name"],
        holds=item["holds"],
        where=item.get("where"),
        given=MappingProxyType(dict(given)),
        line=source.positions.line(path),
    )

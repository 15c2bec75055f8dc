"""The interface of a contract: functions, invariants and examples, checked against each other."""

from __future__ import annotations

import keyword
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from agenticops.spec.expressions import check_names, check_strategy, is_dotted_name
from agenticops.spec.records import Example, Function, Invariant, Parameter
from agenticops.spec.signature import call_arguments, parse_signature
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


def drawn_parameters(function: Function, given: Mapping[str, str]) -> tuple[Parameter, ...]:
    """The parameters an invariant's test draws: each with a `given` strategy or a type hint.

    Variadic parameters and unhinted ones with a default are left out (the default is used);
    ValueError for a required parameter the test has no way to draw.
    """
    drawn = []
    for parameter in function.parameters:
        if parameter.variadic:
            continue
        if parameter.name in given or parameter.annotation is not None:
            drawn.append(parameter)
        elif parameter.default is None:
            raise ValueError(
                f"parameter {parameter.name!r} of {function.name} has neither a type hint "
                "nor a `given` strategy"
            )
    return tuple(drawn)


def build_invariants(
    items: Sequence[Mapping[str, Any]], functions: Sequence[Function], source: Source
) -> tuple[Invariant, ...]:
    """The `[[invariant]]` tables, each over a declared function, with valid expressions."""
    return tuple(_invariant(item, index, functions, source) for index, item in enumerate(items))


def _invariant(
    item: Mapping[str, Any], index: int, functions: Sequence[Function], source: Source
) -> Invariant:
    path: KeyPath = ("invariant", index)
    function = _declared(item["function"], functions, path, source)
    given: dict[str, str] = item.get("given", {})
    _check_given(function, given, path, source)
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


def _check_given(
    function: Function, given: Mapping[str, str], path: KeyPath, source: Source
) -> None:
    """Each `given` strategy is for a parameter of the function and evaluates to a strategy."""
    names = {p.name for p in function.parameters if not p.variadic}
    for parameter, strategy in given.items():
        try:
            if parameter not in names:
                raise ValueError(f"{parameter!r} is not a parameter of {function.name}")
            check_strategy(strategy)
        except ValueError as exc:
            raise source.error((*path, "given", parameter), str(exc)) from None


def build_examples(
    items: Sequence[Mapping[str, Any]], functions: Sequence[Function], source: Source
) -> tuple[Example, ...]:
    """The `[[example]]` tables: arguments that bind, and exactly one of returns / raises."""
    examples = []
    for index, item in enumerate(items):
        path: KeyPath = ("example", index)
        function = _declared(item["function"], functions, path, source)
        raises = item.get("raises")
        if ("returns" in item) == (raises is not None):
            raise source.error(path, "give exactly one of 'returns' and 'raises'")
        if raises is not None and not is_dotted_name(raises):
            raise source.error((*path, "raises"), f"{raises!r} is not an exception name")
        try:
            call_arguments(function.parameters, list(item["args"]))
        except ValueError as exc:
            problem = f"{exc} in a call of {function.name}{function.signature}"
            raise source.error((*path, "args"), problem) from None
        examples.append(
            Example(
                function=function.name,
                args=MappingProxyType(dict(item["args"])),
                returns=item.get("returns"),
                raises=raises,
                line=source.positions.line(path),
            )
        )
    return tuple(examples)


def _declared(name: str, functions: Sequence[Function], path: KeyPath, source: Source) -> Function:
    for function in functions:
        if function.name == name:
            return function
    declared = ", ".join(f.name for f in functions)
    problem = f"{name!r} is not a declared [[function]] (declared: {declared})"
    raise source.error((*path, "function"), problem)

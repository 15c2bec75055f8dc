"""What an invariant's test draws: a checked `given` strategy or a type hint per parameter."""

from __future__ import annotations

from collections.abc import Mapping

from agenticops.spec.expressions import check_strategy
from agenticops.spec.records import Function, Parameter
from agenticops.spec.tomlpos import KeyPath, Source


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


def check_given(
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

"""What an invariant's test binds: arguments drawn by @given, and the contract functions called."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from agenticops.spec.expressions import names_in, strategy_code
from agenticops.spec.records import Function, Parameter, Spec
from agenticops.spec.render import exploded, literal

_SETTINGS = "@settings(deadline=None, derandomize=True, database=None)"


def decorators(drawn: Sequence[Parameter], given: Mapping[str, str]) -> tuple[list[str], set[str]]:
    """The decorators that draw the test's arguments, and the names they use."""
    if not drawn:
        return [], set()
    strategies = [
        f"{p.name}={strategy_code(given[p.name])}"
        if p.name in given
        else f"{p.name}=hinted(MODULE, {literal(p.annotation)})"
        for p in drawn
    ]
    uses = {"given", "settings"} | {"st" if p.name in given else "hinted" for p in drawn}
    return [_SETTINGS, exploded("@given", strategies)], uses


def bindings(
    spec: Spec, function: Function, expressions: list[str], arguments: set[str]
) -> list[str]:
    """Bind the contract functions the test calls or the expressions name, except shadowed ones."""
    named = set().union(*(names_in(text) for text in expressions))
    wanted = [
        f.name
        for f in spec.functions
        if (f.name == function.name or f.name in named) and f.name not in arguments
    ]
    return [f"    {n} = contract_function(MODULE, {literal(n)})" for n in wanted]


def callee(function: Function, arguments: set[str]) -> str:
    """The function's local name, or a direct lookup when a parameter shadows that name."""
    if function.name in arguments:
        return f"contract_function(MODULE, {literal(function.name)})"
    return function.name

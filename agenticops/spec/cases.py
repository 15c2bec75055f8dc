"""The test functions generated for [[invariant]] and [[example]] tables, as source text."""

from __future__ import annotations

from dataclasses import dataclass

from agenticops.spec.expressions import names_in, one_line, strategy_code
from agenticops.spec.interface import drawn_parameters
from agenticops.spec.records import Example, Function, Invariant, Spec
from agenticops.spec.render import call, docstring, exploded, literal, slug, uses_datetime
from agenticops.spec.signature import call_arguments

_SETTINGS = "@settings(deadline=None, derandomize=True, database=None)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """One generated test function and the names it needs imported."""

    source: str
    uses: frozenset[str]


def invariant_case(spec: Spec, invariant: Invariant, name: str) -> Case:
    """A hypothesis property test: draw the arguments, assume `where`, assert `holds`."""
    function = spec.function(invariant.function)
    given = invariant.given
    drawn = drawn_parameters(function, given)
    arguments = [p.name for p in drawn]
    lines: list[str] = []
    uses = {"contract_function"}
    if drawn:
        strategies = [
            f"{p.name}={strategy_code(given[p.name])}"
            if p.name in given
            else f"{p.name}=hinted(MODULE, {literal(p.annotation)})"
            for p in drawn
        ]
        lines += [_SETTINGS, exploded("@given", strategies)]
        uses |= {"given", "settings"}
        uses |= {"st" if p.name in given else "hinted" for p in drawn}
    lines.append(call(f"def {name}", arguments, ":"))
    lines.append(
        docstring(f"Invariant {invariant.name!r} of {function.name} ({_where(invariant)}).")
    )
    expressions = [invariant.holds, *([invariant.where] if invariant.where else [])]
    lines += _bindings(spec, function, expressions, set(arguments))
    if invariant.where:
        lines.append(f"    assume({one_line(invariant.where)})")
        uses.add("assume")
    positional, keyword = call_arguments(function.parameters, arguments)
    items = [*positional, *(f"{n}={n}" for n in keyword)]
    lines.append(call(f"result = {_callee(function, set(arguments))}", items, indent="    "))
    lines.append(f"    assert {one_line(invariant.holds)}")
    return Case(source="\n".join(lines) + "\n", uses=frozenset(uses))


def example_case(spec: Spec, example: Example, name: str, number: int) -> Case:
    """A pinned call: equality with `returns`, or pytest.raises of the `raises` type."""
    function = spec.function(example.function)
    args = example.args
    positional, keyword = call_arguments(function.parameters, list(args))
    items = [*(literal(args[n]) for n in positional), *(f"{n}={literal(args[n])}" for n in keyword)]
    lines = [
        f"def {name}():",
        docstring(f"Example {number} of {function.name} ({_where(example)})."),
        f"    {function.name} = contract_function(MODULE, {literal(function.name)})",
    ]
    uses = {"contract_function"}
    if example.raises is None:
        lines.append(call(f"result = {function.name}", items, indent="    "))
        lines.append(f"    assert result == {literal(example.returns)}")
    else:
        raises = f"contract_exception(MODULE, {literal(example.raises)})"
        lines.append(f"    with pytest.raises({raises}):")
        lines.append(call(function.name, items, indent="        "))
        uses |= {"pytest", "contract_exception"}
    if uses_datetime([*example.args.values(), example.returns]):
        uses.add("datetime")
    return Case(source="\n".join(lines) + "\n", uses=frozenset(uses))


def invariant_name(invariant: Invariant) -> str:
    return f"test_{invariant.function}_{slug(invariant.name)}"


def _where(case: Invariant | Example) -> str:
    return f"contract.toml:{case.line}"


def _bindings(
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


def _callee(function: Function, arguments: set[str]) -> str:
    """The function's local name, or a direct lookup when a parameter shadows that name."""
    if function.name in arguments:
        return f"contract_function(MODULE, {literal(function.name)})"
    return function.name

"""The pinned-call tests generated for [[example]] tables, as source text."""

from __future__ import annotations

from agenticops.spec.arguments import call_arguments
from agenticops.spec.cases.case import Case, where
from agenticops.spec.records import Example, Spec
from agenticops.spec.render import call, docstring, literal, uses_datetime


def example_cases(spec: Spec) -> list[Case]:
    """One test per example, numbered per function in file order."""
    counts: dict[str, int] = {}
    cases = []
    for example in spec.examples:
        counts[example.function] = number = counts.get(example.function, 0) + 1
        name = f"test_{example.function}_example_{number}"
        cases.append(example_case(spec, example, name, number))
    return cases


def example_case(spec: Spec, example: Example, name: str, number: int) -> Case:
    """A pinned call: equality with `returns`, or pytest.raises of the `raises` type."""
    function = spec.function(example.function)
    args = example.args
    positional, keyword = call_arguments(function.parameters, list(args))
    items = [*(literal(args[n]) for n in positional), *(f"{n}={literal(args[n])}" for n in keyword)]
    lines = [
        f"def {name}():",
        docstring(f"Example {number} of {function.name} ({where(example)})."),
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

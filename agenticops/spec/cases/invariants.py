"""The hypothesis property tests generated for [[invariant]] tables, as source text."""

from __future__ import annotations

from agenticops.spec.arguments import call_arguments
from agenticops.spec.cases.bindings import bindings, callee, decorators
from agenticops.spec.cases.case import Case, where
from agenticops.spec.expressions import one_line
from agenticops.spec.interface import drawn_parameters
from agenticops.spec.records import Invariant, Spec
from agenticops.spec.render import call, docstring, slug, unique


def invariant_cases(spec: Spec) -> list[Case]:
    """One test per invariant, named after it (made unique within the module)."""
    taken: set[str] = set()
    return [invariant_case(spec, i, unique(invariant_name(i), taken)) for i in spec.invariants]


def invariant_case(spec: Spec, invariant: Invariant, name: str) -> Case:
    """A hypothesis property test: draw the arguments, assume `where`, assert `holds`."""
    function = spec.function(invariant.function)
    drawn = drawn_parameters(function, invariant.given)
    arguments = [p.name for p in drawn]
    lines, uses = decorators(drawn, invariant.given)
    uses.add("contract_function")
    lines.append(call(f"def {name}", arguments, ":"))
    lines.append(
        docstring(f"Invariant {invariant.name!r} of {function.name} ({where(invariant)}).")
    )
    expressions = [invariant.holds, *([invariant.where] if invariant.where else [])]
    lines += bindings(spec, function, expressions, set(arguments))
    if invariant.where:
        lines.append(f"    assume({one_line(invariant.where)})")
        uses.add("assume")
    positional, keyword = call_arguments(function.parameters, arguments)
    items = [*positional, *(f"{n}={n}" for n in keyword)]
    lines.append(call(f"result = {callee(function, set(arguments))}", items, indent="    "))
    lines.append(f"    assert {one_line(invariant.holds)}")
    return Case(source="\n".join(lines) + "\n", uses=frozenset(uses))


def invariant_name(invariant: Invariant) -> str:
    return f"test_{invariant.function}_{slug(invariant.name)}"

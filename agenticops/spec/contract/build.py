"""The contract's records, built from a checked contract.toml document."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from agenticops.spec.contract.head import check_head
from agenticops.spec.contract.limits import build_budget, build_writable
from agenticops.spec.interface import build_examples, build_functions, build_invariants
from agenticops.spec.records import Budget, Example, Function, Invariant
from agenticops.spec.tomlpos import Source


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


def build_contract(data: Mapping[str, Any], source: Source) -> Contract:
    head = data["contract"]
    check_head(head, source)
    functions = build_functions(data["function"], source)
    return Contract(
        name=head["name"],
        intent=head["intent"],
        module=head["module"],
        functions=functions,
        invariants=build_invariants(data.get("invariant", []), functions, source),
        examples=build_examples(data.get("example", []), functions, source),
        writable=build_writable(data["boundaries"]["writable"], source),
        budget=build_budget(data.get("budget", {}), source),
    )

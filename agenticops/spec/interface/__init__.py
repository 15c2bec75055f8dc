"""The interface of a contract: functions, invariants and examples, checked against each other."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from agenticops.spec.interface.examples import build_examples
from agenticops.spec.interface.functions import build_functions
from agenticops.spec.interface.given import drawn_parameters
from agenticops.spec.interface.invariants import build_invariant
from agenticops.spec.records import Function, Invariant
from agenticops.spec.tomlpos import Source

__all__ = ["build_examples", "build_functions", "build_invariants", "drawn_parameters"]


def build_invariants(
    items: Sequence[Mapping[str, Any]], functions: Sequence[Function], source: Source
) -> tuple[Invariant, ...]:
    """The `[[invariant]]` tables, each over a declared function, with valid expressions."""
    return tuple(
        build_invariant(item, index, functions, source) for index, item in enumerate(items)
    )

"""The test functions generated for [[invariant]] and [[example]] tables, as source text."""

from __future__ import annotations

from agenticops.spec.cases.case import Case
from agenticops.spec.cases.examples import example_case, example_cases
from agenticops.spec.cases.invariants import invariant_case, invariant_cases, invariant_name

__all__ = [
    "Case",
    "example_case",
    "example_cases",
    "invariant_case",
    "invariant_cases",
    "invariant_name",
]

"""One generated test function as source text, with the names it needs imported."""

from __future__ import annotations

from dataclasses import dataclass

from agenticops.spec.records import Example, Invariant


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """One generated test function and the names it needs imported."""

    source: str
    uses: frozenset[str]


def where(case: Invariant | Example) -> str:
    return f"contract.toml:{case.line}"

"""Literal mutants of a feature file: each changes one value a scenario's Then steps must check."""

from __future__ import annotations

from agenticops.spec.mutate.change import changed
from agenticops.spec.mutate.literals import Origin
from agenticops.spec.mutate.mutants import LiteralMutant, mutate_literals

__all__ = ["LiteralMutant", "Origin", "changed", "mutate_literals"]

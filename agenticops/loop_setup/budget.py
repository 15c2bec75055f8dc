"""When a loop run gives up: the Budget, the command line's Limits, and how they merge."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agenticops.spec import Spec

DEFAULT_ITERATIONS = 5
DEFAULT_MINUTES = 30.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Budget:
    """When the loop gives up: iterations, wall minutes, USD (None = no limit)."""

    max_iterations: int = DEFAULT_ITERATIONS
    max_minutes: float = DEFAULT_MINUTES
    max_cost_usd: float | None = None

    def exhausted(self, iterations: int, cost: float, elapsed: float) -> str | None:
        """The reason the budget is spent, or None while work may go on."""
        if iterations >= self.max_iterations:
            return f"budget spent: {iterations} of {self.max_iterations} iterations used"
        if elapsed >= self.max_minutes * 60:
            return f"budget spent: {elapsed / 60:.1f} of {self.max_minutes} minutes used"
        if self.max_cost_usd is not None and cost >= self.max_cost_usd:
            return f"budget spent: ${cost:.4f} of ${self.max_cost_usd} used"
        return None

    def remaining_seconds(self, elapsed: float) -> float:
        return max(1.0, self.max_minutes * 60 - elapsed)

    def remaining_cost(self, cost: float) -> float | None:
        return None if self.max_cost_usd is None else max(0.0, self.max_cost_usd - cost)

    def to_dict(self) -> dict[str, Any]:
        return {
            "max_iterations": self.max_iterations,
            "max_minutes": self.max_minutes,
            "max_cost_usd": self.max_cost_usd,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """Budget limits given on the command line; None = take the contract's."""

    iterations: int | None = None
    minutes: float | None = None
    cost_usd: float | None = None


def merge_budget(spec: Spec, limits: Limits) -> Budget:
    """CLI flags over the contract's [budget] over the defaults."""
    declared = spec.budget
    return Budget(
        max_iterations=limits.iterations or declared.max_iterations or DEFAULT_ITERATIONS,
        max_minutes=limits.minutes or declared.max_minutes or DEFAULT_MINUTES,
        max_cost_usd=limits.cost_usd if limits.cost_usd is not None else declared.max_cost_usd,
    )

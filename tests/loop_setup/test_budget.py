"""merge_budget: the command line's limits over the contract's [budget] over the defaults; and
the minutes a spent time budget reports."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from agenticops.loop_setup import DEFAULT_ITERATIONS, DEFAULT_MINUTES, Budget, Limits, merge_budget
from agenticops.spec import Spec, load_spec
from agenticops.spec.records import Budget as Declared

SPEC = Path(__file__).resolve().parents[2] / "examples" / "refunds" / "specs" / "refunds"


def spec(declared: Declared) -> Spec:
    return dataclasses.replace(load_spec(SPEC), budget=declared)


def test_without_limits_anywhere_the_defaults_hold() -> None:
    assert merge_budget(spec(Declared()), Limits()) == Budget(
        max_iterations=DEFAULT_ITERATIONS, max_minutes=DEFAULT_MINUTES, max_cost_usd=None
    )
    assert (DEFAULT_ITERATIONS, DEFAULT_MINUTES) == (5, 30.0)


def test_the_contract_budget_holds_where_the_command_line_says_nothing() -> None:
    declared = Declared(max_iterations=7, max_minutes=20.0, max_cost_usd=2.0)
    assert merge_budget(spec(declared), Limits()) == Budget(
        max_iterations=7, max_minutes=20.0, max_cost_usd=2.0
    )


def test_the_command_line_wins_over_the_contract() -> None:
    declared = Declared(max_iterations=7, max_minutes=20.0, max_cost_usd=2.0)
    limits = Limits(iterations=3, minutes=10.0, cost_usd=0.5)
    assert merge_budget(spec(declared), limits) == Budget(
        max_iterations=3, max_minutes=10.0, max_cost_usd=0.5
    )


def test_a_cost_limit_of_zero_on_the_command_line_is_a_limit() -> None:
    declared = Declared(max_cost_usd=2.0)
    assert merge_budget(spec(declared), Limits(cost_usd=0.0)).max_cost_usd == 0.0


def test_command_line_limits_fill_in_a_contract_without_a_budget() -> None:
    limits = Limits(iterations=2, minutes=4.0, cost_usd=0.25)
    assert merge_budget(spec(Declared()), limits) == Budget(
        max_iterations=2, max_minutes=4.0, max_cost_usd=0.25
    )


def test_a_spent_time_budget_reports_the_minutes_used() -> None:
    budget = Budget(max_iterations=99, max_minutes=5.0)
    assert budget.exhausted(1, 0.0, 600.0) == "budget spent: 10.0 of 5.0 minutes used"

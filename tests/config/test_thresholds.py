"""thresholds_from: gate values as Thresholds, false or a missing key switching a gate off."""

from __future__ import annotations

from agenticops.config import thresholds_from
from agenticops.model import Thresholds


def test_false_and_missing_gates_are_off() -> None:
    assert thresholds_from({"coverage": 85.5, "crap": False, "mutation_sites": 7}) == Thresholds(
        coverage=85.5, complexity=None, crap=None, mutation_score=None, mutation_sites=7
    )

"""Pure verdicts: numbers + thresholds in, GateResults out (no I/O, no clock, no environment)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agenticops.gates.complexity import judge_complexity
from agenticops.gates.coverage import judge_coverage
from agenticops.gates.crap import judge_crap
from agenticops.gates.mutation import judge_mutation_score, judge_mutation_sites
from agenticops.gates.tests import judge_tests
from agenticops.model import GateResult, Measurements, Thresholds

__all__ = ["judge", "needs_mutation", "tests_mutants"]


def needs_mutation(thresholds: Thresholds) -> bool:
    """Whether any gate that needs the (slow) mutation stage is switched on."""
    return thresholds.mutation_score is not None or thresholds.mutation_sites is not None


def tests_mutants(thresholds: Thresholds) -> bool:
    """Whether the mutants must be tested (a score is judged), not only made and counted."""
    return thresholds.mutation_score is not None


Verdict = Callable[[Measurements, Any], GateResult]

#: gate name -> verdict, in pipeline order after `tests` (a plain dict as registry)
VERDICTS: dict[str, Verdict] = {
    "coverage": judge_coverage,
    "complexity": lambda m, limit: judge_complexity(m.files, limit),
    "crap": lambda m, limit: judge_crap(m.files, limit),
    "mutation_score": judge_mutation_score,
    "mutation_sites": judge_mutation_sites,
}


def judge(measurements: Measurements, thresholds: Thresholds) -> tuple[GateResult, ...]:
    """Every gate, in pipeline order; when the tests fail the rest are not run, never passed."""
    tests = judge_tests(measurements.tests)
    results = [tests]
    for name, verdict in VERDICTS.items():
        limit = getattr(thresholds, name)
        if limit is None:
            results.append(GateResult(name=name, status="off", actual=None, threshold=None))
        elif not tests.passed:
            results.append(
                GateResult(
                    name=name,
                    status="not_run",
                    actual=None,
                    threshold=limit,
                    reason="not measured: the tests did not pass",
                )
            )
        else:
            results.append(verdict(measurements, limit))
    return tuple(results)

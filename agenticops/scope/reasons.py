"""Why a scoped gate or the mutation stage had nothing to judge, said instead of a bare fail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from agenticops.model import GateResult, Measurements
from agenticops.scope.measurements import _has_data

NO_SOURCE = "no changed source in scope"
NO_LINES = "no changed executable line in scope"
NO_FUNCTION = "no changed function in scope"
#: the gates that judge the change only; `tests` always judges the whole suite
PER_CHANGE = ("coverage", "complexity", "crap", "mutation_score", "mutation_sites")


def nothing_to_mutate(scoped: Measurements) -> str:
    """Why the scoped run has nothing to mutate, or "" when it has."""
    if not scoped.files:
        return NO_SOURCE
    if not any(f.functions for f in scoped.files):
        return NO_FUNCTION
    return ""


def explain(
    gates: Sequence[GateResult], whole: Measurements, scoped: Measurements
) -> tuple[GateResult, ...]:
    """The gates, each failed-for-lack-of-evidence one saying what the scope left it."""
    reasons = _reasons(whole, scoped)
    return tuple(
        replace(g, reason=reasons[g.name])
        if g.status == "failed" and g.actual is None and g.name in reasons
        else g
        for g in gates
    )


def _reasons(whole: Measurements, scoped: Measurements) -> dict[str, str]:
    if not scoped.files:
        return dict.fromkeys(PER_CHANGE, NO_SOURCE)
    reasons: dict[str, str] = {}
    if not any(f.functions for f in scoped.files):
        reasons.update(dict.fromkeys(PER_CHANGE[1:], NO_FUNCTION))
    if _has_data(whole, scoped.files):
        reasons["coverage"] = NO_LINES
    return reasons

"""The verdict of a mutation gate with nothing to judge: failed with the reason, never passed."""

from __future__ import annotations

from agenticops.model import GateResult


def no_evidence(name: str, limit: float, reason: str) -> GateResult:
    return GateResult(name=name, status="failed", actual=None, threshold=limit, reason=reason)

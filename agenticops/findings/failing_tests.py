"""The failing tests and scenarios by node id, with their assertion output."""

from __future__ import annotations

from collections.abc import Mapping

from agenticops.findings.limits import MAX_ITEMS, MAX_MESSAGE_LINES, _more
from agenticops.model import GateResult, Measurements


def failing_tests_findings(
    measured: Measurements, gate: GateResult, labels: Mapping[str, str] | None = None
) -> list[str]:
    """Failing tests and scenarios by node id, with their assertion output.

    labels maps a test function name to what it checks (a scenario's name and place), so the
    agent reads "Scenario 'Refund what is left' (refunds.feature:5)", not only a node id.
    """
    if gate.passed:
        return []
    run = measured.tests
    if run is None or not run.failed:
        tail = "\n".join((run.output if run else "").strip().splitlines()[-20:])
        return [
            f"### Tests: {gate.reason}\n\n```\n{tail}\n```" if tail else f"### Tests: {gate.reason}"
        ]
    items = []
    for outcome in run.failed[:MAX_ITEMS]:
        message = "\n".join(outcome.message.strip().splitlines()[-MAX_MESSAGE_LINES:])
        label = (labels or {}).get(outcome.nodeid.split("::")[-1].split("[")[0])
        name = f"{label}: `{outcome.nodeid}`" if label else f"`{outcome.nodeid}`"
        items.append(f"- {name} ({outcome.status})\n\n```\n{message}\n```")
    more = _more(len(run.failed))
    return [
        f"### Failing tests ({len(run.failed)} of {run.collected})\n\n" + "\n".join(items) + more
    ]

"""Findings of one gate: the gate itself when it names no offender, else each offender's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from agenticops.model import GateResult, Report
from agenticops.report import select
from agenticops.report.findings.failures import failed_test
from agenticops.report.findings.files import coverage, mutation_sites
from agenticops.report.findings.finding import Context, Finding, Level, generic
from agenticops.report.findings.functions import function, mutants
from agenticops.report.text import STATUS_LABEL, measure


def gate_findings(report: Report, gate: GateResult, root: Path) -> Iterator[Finding]:
    """Nothing for a gate that is off or passed clean; errors when it failed, else warnings."""
    if gate.status == "off" or (gate.status == "passed" and not gate.offenders):
        return
    level: Level = "error" if gate.status == "failed" else "warning"
    if not gate.offenders:
        message = gate.reason or measure(gate)
        output = select.test_output(report) if gate.name == "tests" else ""
        if output:
            message += "\n" + "\n".join(output.splitlines()[-20:])
        title = f"{gate.name}: {STATUS_LABEL[gate.status]}"
        yield Finding(gate=gate.name, level=level, title=title, message=message)
    context = Context(report=report, gate=gate, level=level, root=root)
    for offender in gate.offenders:
        yield from _OFFENDER.get(gate.name, generic)(context, offender)


_OFFENDER: dict[str, Callable[[Context, str], Iterator[Finding]]] = {
    "tests": failed_test,
    "coverage": coverage,
    "complexity": function,
    "crap": function,
    "mutation_score": mutants,
    "mutation_sites": mutation_sites,
}

"""Offenders as located findings (file, line, words) for annotations and SARIF.

Severity follows the verdicts, never a judgement of its own: offenders of a failed gate are
errors; offenders of a gate that passed, gates that did not run and functions the engine could
not mutate are warnings.
"""

from __future__ import annotations

from pathlib import Path

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.findings.finding import Finding as Finding
from agenticops.report.findings.finding import Level as Level
from agenticops.report.findings.gates import gate_findings


def findings(report: Report, *, root: Path) -> tuple[Finding, ...]:
    """Every finding, errors first, each kind in report order (gates, then their offenders)."""
    found = [f for g in report.gates for f in gate_findings(report, g, root)]
    for file, name in select.unmutated(report):
        loc = select.function(report, f"{file.path}::{name}")
        found.append(
            Finding(
                gate="mutation_score",
                level="warning",
                title=f"not mutated: {name}",
                message=f"{name} cannot be mutated (decorated), so no mutant checks its tests",
                path=file.path,
                line=None if loc is None else loc.function.line,
            )
        )
    return tuple(sorted(found, key=lambda f: f.level != "error"))

"""SARIF 2.1.0 for GitHub code scanning: one rule per gate, one result per located finding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from agenticops.model import Report
from agenticops.report.findings import findings
from agenticops.report.sarif_objects import result, rule
from agenticops.report.text import measure

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/agenticops/"


def to_sarif(report: Report, *, root: Path) -> dict[str, Any]:
    """The SARIF log as data; findings without a file (about the whole run) are left out."""
    names = [g.name for g in report.gates]
    found = [f for f in findings(report, root=root) if f.path]
    names += sorted({f.gate for f in found} - set(names))
    gates = [
        {"name": g.name, "status": g.status, "measured": measure(g), "reason": g.reason}
        for g in report.gates
    ]
    driver: dict[str, Any] = {
        "name": "agenticops",
        "informationUri": INFORMATION_URI,
        "rules": [rule(n) for n in names],
    }
    if report.tool_version:
        driver["semanticVersion"] = report.tool_version
    run = {
        "tool": {"driver": driver},
        "results": [result(f, names.index(f.gate)) for f in found],
        "properties": {"passed": report.passed, "profile": report.profile, "gates": gates},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, *, root: Path) -> str:
    """The SARIF log as JSON text, for `github/codeql-action/upload-sarif`."""
    return json.dumps(to_sarif(report, root=root), indent=2, ensure_ascii=False) + "\n"

"""SARIF 2.1.0 for GitHub code scanning: one rule per gate, one result per located finding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from agenticops.model import Report
from agenticops.report.findings import Finding, findings
from agenticops.report.text import measure

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/agenticops/"

#: gate -> (short description, full description, help)
RULES: dict[str, tuple[str, str, str]] = {
    "tests": (
        "A test failed",
        "Every collected test must pass, and at least one must run.",
        "Make the failing test pass (or fix the code it checks).",
    ),
    "coverage": (
        "Code not covered by tests",
        "Line + branch coverage over the measured sources must reach the configured minimum.",
        "Write tests that run the uncovered lines and branches.",
    ),
    "complexity": (
        "Function too complex",
        "No function may exceed the configured cyclomatic complexity.",
        "Split the function into smaller ones.",
    ),
    "crap": (
        "CRAP score above the maximum",
        "CRAP = cc^2 * (1 - coverage)^3 + cc must stay at or below the configured maximum.",
        "Cover the function with tests, or reduce its complexity.",
    ),
    "mutation_score": (
        "Surviving mutant",
        "The tests must detect at least the configured share of mutants.",
        "Write a test that fails for this change of the code.",
    ),
    "mutation_sites": (
        "Too many mutation sites in one file",
        "No file may hold more mutants than the configured maximum.",
        "Split the module into smaller ones.",
    ),
}
_UNKNOWN = ("Gate offender", "A finding of this gate.", "See the agenticops report.")


def _rule(name: str) -> dict[str, Any]:
    short, full, help_text = RULES.get(name, _UNKNOWN)
    return {
        "id": f"agenticops/{name}",
        "name": "".join(part.capitalize() for part in name.split("_")),
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["maintainability", "agenticops"], "precision": "very-high"},
    }


def _result(finding: Finding, index: int) -> dict[str, Any]:
    # one line only: GitHub shows an alert in a pull request when all its lines are in the diff
    region = {"startLine": max(finding.line or 1, 1)}
    location = {"artifactLocation": {"uri": finding.path}, "region": region}
    return {
        "ruleId": f"agenticops/{finding.gate}",
        "ruleIndex": index,
        "level": finding.level,
        "message": {"text": f"{finding.title}\n\n{finding.message}"},
        "locations": [{"physicalLocation": location}],
    }


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
        "rules": [_rule(n) for n in names],
    }
    if report.tool_version:
        driver["semanticVersion"] = report.tool_version
    run = {
        "tool": {"driver": driver},
        "results": [_result(f, names.index(f.gate)) for f in found],
        "properties": {"passed": report.passed, "profile": report.profile, "gates": gates},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, *, root: Path) -> str:
    """The SARIF log as JSON text, for `github/codeql-action/upload-sarif`."""
    return json.dumps(to_sarif(report, root=root), indent=2, ensure_ascii=False) + "\n"

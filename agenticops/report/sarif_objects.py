"""SARIF's objects for one gate: its rule (descriptions, help) and a result per located finding."""

from __future__ import annotations

from typing import Any

from agenticops.report.findings import Finding

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


def rule(name: str) -> dict[str, Any]:
    """The rule of gate `name`: its descriptions, help and level."""
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


def result(finding: Finding, index: int) -> dict[str, Any]:
    """One result: a finding at its first line, under the rule at `index`."""
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

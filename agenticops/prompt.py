"""The prompts of the loop: the task from the spec, and the findings of the last verification."""

from __future__ import annotations

import string
from collections.abc import Sequence
from typing import Any

from agenticops.model import Thresholds
from agenticops.resources import template

_COMPARATORS = {
    "coverage": ("line + branch coverage of the source", ">= {}%"),
    "complexity": ("cyclomatic complexity of every function", "<= {}"),
    "crap": ("CRAP (cc^2 * (1 - cov)^3 + cc) of every function", "<= {}"),
    "mutation_score": ("mutants killed by your tests", ">= {}%"),
    "mutation_sites": ("mutants per file", "<= {}"),
}


def gates_text(thresholds: Thresholds) -> str:
    """One bullet per gate switched on, with its limit."""
    lines = ["- every collected test passes (contract, acceptance and your own)"]
    for name, (what, comparator) in _COMPARATORS.items():
        limit = getattr(thresholds, name)
        if limit is not None:
            lines.append(f"- `{name}`: {what} {comparator.format(limit)}")
    return "\n".join(lines)


def bullets(items: Sequence[str], empty: str = "(none)") -> str:
    return "\n".join(f"- {item}" for item in items) if items else empty


def render_task(fields: dict[str, Any]) -> str:
    """templates/prompts/task.md with fields substituted ($name style)."""
    return string.Template(template("prompts/task.md")).substitute(fields)


def render_feedback(iteration: int, findings: Sequence[str], task: str) -> str:
    """templates/prompts/feedback.md for iteration N, then the original task."""
    text = string.Template(template("prompts/feedback.md")).substitute(
        iteration=iteration, previous=iteration - 1, findings="\n\n".join(findings)
    )
    return text + task

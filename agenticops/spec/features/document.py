"""The gherkin-official AST of a feature file: parsed, walked node by node, its steps typed."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from gherkin.errors import CompositeParserException
from gherkin.parser import Parser

from agenticops.errors import SpecError
from agenticops.spec.records import StepKind

_KINDS: dict[str, StepKind] = {"Context": "given", "Action": "when", "Outcome": "then"}


def gherkin_document(text: str, label: str) -> dict[str, Any]:
    """The gherkin-official AST; the first parser error becomes a one-line SpecError."""
    try:
        document: dict[str, Any] = dict(Parser().parse(text))
    except CompositeParserException as exc:
        first = exc.errors[0]
        message = str(first).split(": ", 1)[-1]
        raise SpecError(f"{label}:{first.location['line']}: invalid Gherkin: {message}") from None
    return document


def nodes(feature: Mapping[str, Any], kind: str) -> Iterator[dict[str, Any]]:
    """The `kind` (scenario, background) nodes of a feature, also inside `Rule:`, in file order."""
    for child in feature["children"]:
        if "rule" in child:
            yield from nodes(child["rule"], kind)
        elif kind in child:
            yield child[kind]


def step_kinds(steps: Sequence[Mapping[str, Any]]) -> list[StepKind]:
    """given / when / then for each step: And, But and * inherit from the step before."""
    kinds: list[StepKind] = []
    for step in steps:
        kinds.append(_KINDS.get(step["keywordType"], kinds[-1] if kinds else "given"))
    return kinds


def check_first_step(steps: list[dict[str, Any]], label: str) -> None:
    if steps and steps[0]["keywordType"] not in _KINDS:
        line, keyword = steps[0]["location"]["line"], steps[0]["keyword"].strip()
        raise SpecError(
            f"{label}:{line}: the first step must be Given, When or Then, not {keyword}"
        )

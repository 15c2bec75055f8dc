"""A literal mutant per value a scenario checks: the feature text with that one value changed."""

from __future__ import annotations

from dataclasses import dataclass

from agenticops.spec.features.document import gherkin_document, nodes
from agenticops.spec.mutate.change import changed, replace
from agenticops.spec.mutate.examples import example_literals
from agenticops.spec.mutate.literals import Origin, then_literals


@dataclass(frozen=True, slots=True, kw_only=True)
class LiteralMutant:
    """The feature text with one literal changed, and where that literal is."""

    scenario: str
    scenario_line: int
    origin: Origin  # a literal of a Then step, or an Examples cell
    line: int
    column: int  # 1-based, of the literal's first character
    original: str
    replacement: str
    text: str


def mutate_literals(feature_text: str) -> list[LiteralMutant]:
    """One mutant per literal a scenario's outcome depends on, in file order.

    Mutated: numbers and double-quoted strings in Then steps (And/But after Then included), and
    the Examples cells of columns that only Then steps use (a column also used by a Given or
    When changes the input with the expectation, which proves nothing).
    """
    document = gherkin_document(feature_text, "<feature>")
    lines = feature_text.splitlines(keepends=True)
    mutants: list[LiteralMutant] = []
    for node in nodes(document.get("feature", {"children": []}), "scenario"):
        found = then_literals(node["steps"], lines) + example_literals(node, lines)
        mutants += [
            LiteralMutant(
                scenario=node["name"],
                scenario_line=node["location"]["line"],
                origin=origin,
                line=line,
                column=column,
                original=original,
                replacement=changed(original),
                text=replace(lines, line, column, original),
            )
            for line, column, original, origin in sorted(found)
        ]
    return mutants

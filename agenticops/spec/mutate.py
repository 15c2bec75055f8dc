"""Literal mutants of a feature file: each changes one value a scenario's Then steps must check."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from agenticops.spec.features import gherkin_document, nodes, step_kinds

#: a double-quoted string, or a number that is a word of its own (not part of 1.2.3 or x2)
_LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"|(?<![\w.])-?\d+(?:\.\d+)?(?!\w|\.\d)')
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_PLACEHOLDER = re.compile(r"<([^<>]+)>")
Origin = Literal["then", "examples"]
_Found = tuple[int, int, str, Origin]  # line, column, literal, origin


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
        found = _then_literals(node["steps"], lines) + _example_literals(node, lines)
        mutants += [
            LiteralMutant(
                scenario=node["name"],
                scenario_line=node["location"]["line"],
                origin=origin,
                line=line,
                column=column,
                original=original,
                replacement=changed(original),
                text=_replace(lines, line, column, original),
            )
            for line, column, original, origin in sorted(found)
        ]
    return mutants


def changed(literal: str) -> str:
    """A clearly different value: a number plus one, a string wrapped in X...X (quotes kept)."""
    if _NUMBER.fullmatch(literal):
        return str(Decimal(literal) + 1)
    if len(literal) >= 2 and literal[0] == literal[-1] == '"':
        return f'"X{literal[1:-1]}X"'
    return f"X{literal}X"


def _then_literals(steps: Sequence[Mapping[str, Any]], lines: list[str]) -> list[_Found]:
    found: list[_Found] = []
    for step, kind in zip(steps, step_kinds(steps), strict=True):
        if kind != "then":
            continue
        line = step["location"]["line"]
        start = len(lines[line - 1].rstrip()) - len(step["text"])  # the text ends the line
        found += [
            (line, start + m.start() + 1, m.group(), "then")
            for m in _LITERAL.finditer(step["text"])
        ]
    return found


def _example_literals(node: Mapping[str, Any], lines: list[str]) -> list[_Found]:
    kinds = step_kinds(node["steps"])
    used = {kind: set[str]() for kind in ("given", "when", "then")}
    for step, kind in zip(node["steps"], kinds, strict=True):
        used[kind] |= set(_PLACEHOLDER.findall(step["text"]))
    checked = used["then"] - used["given"] - used["when"]
    found: list[_Found] = []
    for block in node["examples"]:
        header = [cell["value"] for cell in block.get("tableHeader", {"cells": []})["cells"]]
        columns = [i for i, name in enumerate(header) if name in checked]
        for row in block["tableBody"]:
            for index in columns:
                cell = row["cells"][index]
                line, column, value = (
                    cell["location"]["line"],
                    cell["location"]["column"],
                    cell["value"],
                )
                if lines[line - 1][column - 1 : column - 1 + len(value)] == value:
                    found.append((line, column, value, "examples"))  # escaped cells are left alone
    return found


def _replace(lines: list[str], line: int, column: int, original: str) -> str:
    raw = lines[line - 1]
    start = column - 1
    changed_line = raw[:start] + changed(original) + raw[start + len(original) :]
    return "".join([*lines[: line - 1], changed_line, *lines[line:]])

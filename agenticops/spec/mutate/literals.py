"""Literals of a scenario's Then steps: where each sits in the feature text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from agenticops.spec.features.document import step_kinds

#: a double-quoted string, or a number that is a word of its own (not part of 1.2.3 or x2)
_LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"|(?<![\w.])-?\d+(?:\.\d+)?(?!\w|\.\d)')
Origin = Literal["then", "examples"]
Found = tuple[int, int, str, Origin]  # line, column, literal, origin


def then_literals(steps: Sequence[Mapping[str, Any]], lines: list[str]) -> list[Found]:
    found: list[Found] = []
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

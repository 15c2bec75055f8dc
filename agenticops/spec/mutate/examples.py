"""Literals of a scenario's Examples: the cells of columns that only its Then steps use."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from agenticops.spec.features.document import step_kinds
from agenticops.spec.mutate.literals import Found

_PLACEHOLDER = re.compile(r"<([^<>]+)>")


def example_literals(node: Mapping[str, Any], lines: list[str]) -> list[Found]:
    kinds = step_kinds(node["steps"])
    used = {kind: set[str]() for kind in ("given", "when", "then")}
    for step, kind in zip(node["steps"], kinds, strict=True):
        used[kind] |= set(_PLACEHOLDER.findall(step["text"]))
    checked = used["then"] - used["given"] - used["when"]
    found: list[Found] = []
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

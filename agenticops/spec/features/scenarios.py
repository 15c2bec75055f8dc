"""Scenario records built from gherkin-official nodes, with their steps and Examples tables."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agenticops.spec.features.document import check_first_step, step_kinds
from agenticops.spec.records import ExamplesTable, Scenario, Step


def build_scenario(node: Mapping[str, Any], label: str) -> Scenario:
    raw = node["steps"]
    check_first_step(raw, label)
    steps = tuple(
        Step(
            keyword=step["keyword"].strip(),
            kind=kind,
            text=step["text"],
            line=step["location"]["line"],
        )
        for step, kind in zip(raw, step_kinds(raw), strict=True)
    )
    return Scenario(
        name=node["name"],
        line=node["location"]["line"],
        keyword=node["keyword"],
        steps=steps,
        examples=tuple(_examples(block) for block in node["examples"]),
    )


def _examples(block: Mapping[str, Any]) -> ExamplesTable:
    header = block.get("tableHeader")
    return ExamplesTable(
        name=block["name"],
        line=block["location"]["line"],
        header=tuple(c["value"] for c in header["cells"]) if header else (),
        rows=tuple(tuple(c["value"] for c in row["cells"]) for row in block["tableBody"]),
    )

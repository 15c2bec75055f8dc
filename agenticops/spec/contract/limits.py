"""[boundaries] and [budget]: the files the agent may write, and what its loop may spend."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agenticops.spec.records import Budget
from agenticops.spec.tomlpos import KeyPath, Source


def build_writable(globs: list[str], source: Source) -> tuple[str, ...]:
    path: KeyPath = ("boundaries", "writable")
    if not globs:
        raise source.error(path, "give at least one glob the agent may write")
    for glob in globs:
        if not glob or glob.startswith("/") or ".." in glob.split("/"):
            raise source.error(path, f"{glob!r} is not a glob relative to the project root")
    return tuple(globs)


def build_budget(table: Mapping[str, Any], source: Source) -> Budget:
    for key, value in table.items():
        if value <= 0:
            raise source.error(("budget", key), f"must be positive, got {value}")
    cost, minutes = table.get("max_cost_usd"), table.get("max_minutes")
    return Budget(
        max_iterations=table.get("max_iterations"),
        max_cost_usd=float(cost) if cost is not None else None,
        max_minutes=float(minutes) if minutes is not None else None,
    )

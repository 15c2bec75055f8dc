"""Gate thresholds: a preset from gates/, under [gates] and --set, as Thresholds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from agenticops.config.overrides import parse_override
from agenticops.config.tool_table import read_toml
from agenticops.config.validation import validate
from agenticops.errors import ConfigError
from agenticops.model import Thresholds
from agenticops.resources import data_dir


def _layered_gates(
    profile: str, table: Mapping[str, Any], overrides: Sequence[str]
) -> dict[str, Any]:
    gates: dict[str, Any] = {**load_profile(profile), **table.get("gates", {})}
    for item in overrides:
        name, value = parse_override(item)
        gates[name] = value
    return gates


def load_profile(name: str) -> dict[str, Any]:
    """The thresholds of a preset in gates/, as a dict of gate name to value (False = off)."""
    path = data_dir("gates") / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in data_dir("gates").glob("*.toml")))
        raise ConfigError(f"unknown profile {name!r} (known: {known})")
    gates = read_toml(path).get("gates", {})
    validate({"gates": gates}, path.name)
    return dict(gates)


def thresholds_from(gates: Mapping[str, Any]) -> Thresholds:
    """Gate values to Thresholds; False (or a missing key) switches a gate off."""

    def pick(key: str) -> Any:
        value = gates.get(key)
        return None if value is False else value

    return Thresholds(
        coverage=pick("coverage"),
        complexity=pick("complexity"),
        crap=pick("crap"),
        mutation_score=pick("mutation_score"),
        mutation_sites=pick("mutation_sites"),
    )

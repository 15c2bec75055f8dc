"""The Config record a gate run is given, with mutmut's settings as one typed part of it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from agenticops.model import Thresholds


@dataclass(frozen=True, slots=True, kw_only=True)
class MutationSettings:
    """How mutmut is driven in the measurement copy."""

    isolation: str = "auto"
    pytest_args: tuple[str, ...] = ()
    also_copy: tuple[str, ...] = ()
    max_children: int = field(default_factory=lambda: os.cpu_count() or 1)
    timeout_factor: float = 3.0
    timeout_floor: float = 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """Everything a gate run needs to know about the project; passed explicitly."""

    root: Path
    pyproject: Path | None
    source: tuple[str, ...]
    tests: tuple[str, ...]
    profile: str
    agent: str | None
    thresholds: Thresholds
    test_timeout: float = 600.0
    pytest_args: tuple[str, ...] = ()  # for the test run and every mutant run
    mutation: MutationSettings = field(default_factory=MutationSettings)


def _mutation_settings(mutation: Mapping[str, Any]) -> MutationSettings:
    fields: dict[str, Any] = {
        k: tuple(v) if isinstance(v, list) else v for k, v in mutation.items()
    }
    return replace(MutationSettings(), **fields)

"""The stage's options and result, and its plan: what it found before running anything."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from agenticops.measure import mutation_cache as store
from agenticops.measure.mutation_plan import Decision
from agenticops.measure.mutation_state import ProjectState
from agenticops.model import Measurements

Decisions = dict[tuple[str, str], Decision]


@dataclass(frozen=True, slots=True, kw_only=True)
class StageOptions:
    """The interpreter and environment of the tests, and what this run covers."""

    python: str
    env: Mapping[str, str]
    timeout: float | None = None
    only_functions: Mapping[str, frozenset[str]] | None = None
    cache_dir: Path | None = None
    shard: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StageResult:
    """The measurements with mutation attached, and how the verdicts were obtained."""

    measurements: Measurements
    reused: int = 0  # verdicts taken from the cache
    retested: int = 0  # mutants mutmut tested in this run
    names: tuple[str, ...] = ()  # what mutmut was asked for; () when it did not run


class _Plan(NamedTuple):
    """What the stage found before running anything."""

    measurements: Measurements  # with the report's extra set
    cache: store.Cache
    notes: list[str]
    state: ProjectState
    decisions: Decisions
    run_paths: list[str]  # the files mutmut must mutate
    names: tuple[str, ...]  # what to ask mutmut for; () when it need not run

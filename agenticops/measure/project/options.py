"""How to measure a project (MeasureOptions), and the callback told each stage as it starts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

StageCallback = Callable[[str], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class MeasureOptions:
    """How to measure: the interpreter, the environment, and whether mutation is wanted."""

    python: str
    env: Mapping[str, str]
    mutation: bool = True
    #: False: make the mutants and count them per file (mutation_sites) without testing any
    test_mutants: bool = True
    mutation_timeout: float | None = None
    #: PR scope: mutate only these functions (file -> qualified names); None = every function
    only_functions: Mapping[str, frozenset[str]] | None = None
    #: where mutant verdicts are cached between runs (project/.agenticops/cache); None = no cache
    cache_dir: Path | None = None
    #: (K, N): run only shard K of N of the mutants; None = all
    shard: tuple[int, int] | None = None

"""How a gate run is set up: GateOptions, and the MeasureOptions they become for a project."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field

from agenticops.config import Config
from agenticops.environment import clean_env
from agenticops.gate.state import CACHE_DIR, state_dir
from agenticops.gates import needs_mutation, tests_mutants
from agenticops.measure.project import MeasureOptions


@dataclass(frozen=True, slots=True, kw_only=True)
class GateOptions:
    """How the gate runs, beyond the project's config."""

    python: str = sys.executable
    env: Mapping[str, str] = field(default_factory=clean_env)
    mutation_timeout: float | None = None
    diff_base: str | None = None  # judge only what changed since this git ref
    use_cache: bool = True  # reuse mutant verdicts from .agenticops/cache when still valid
    shard: tuple[int, int] | None = None  # (K, N): this run's share of the mutants


def measure_options(config: Config, options: GateOptions) -> MeasureOptions:
    """What to measure with: the gate's interpreter, environment, mutation, cache and shard."""
    return MeasureOptions(
        python=options.python,
        env=options.env,
        mutation=needs_mutation(config.thresholds),
        test_mutants=tests_mutants(config.thresholds),
        mutation_timeout=options.mutation_timeout,
        cache_dir=state_dir(config.root) / CACHE_DIR if options.use_cache else None,
        shard=options.shard,
    )

"""PR scope: measure the whole suite, then judge only what changed since a git ref."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from agenticops.config import Config
from agenticops.gates import judge
from agenticops.measure.project import (
    MeasureOptions,
    StageCallback,
    measure_mutation,
    measure_tests,
)
from agenticops.model import GateResult, Measurements, MutationRun
from agenticops.scope import (
    ChangedLines,
    explain,
    mutation_options,
    nothing_to_mutate,
    scope_measurements,
    scope_mutants,
)


def measure_diff(
    workdir: Path,
    config: Config,
    measure: MeasureOptions,
    changes: ChangedLines,
    on_stage: StageCallback,
) -> tuple[Measurements, tuple[GateResult, ...]]:
    """PR scope: the whole suite, then the change's numbers, mutation of the changed functions
    only, and verdicts that say when the scope left a gate without evidence."""
    whole = measure_tests(workdir, config, measure, on_stage)
    scoped = scope_measurements(whole, changes)
    if measure.mutation and (skip := nothing_to_mutate(scoped)):
        scoped = replace(scoped, mutation=MutationRun(ran=False, reason=skip))
    elif measure.mutation:
        mutate = mutation_options(measure, scoped)
        scoped = measure_mutation(workdir, config, mutate, scoped, on_stage)
        scoped = scope_mutants(scoped, mutate.only_functions or {})
    return scoped, explain(judge(scoped, config.thresholds), whole, scoped)

"""Mutation in a scoped run: only the changed functions are mutated and reported."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from agenticops.measure.project import MeasureOptions
from agenticops.model import Measurements


def changed_functions(scoped: Measurements) -> dict[str, frozenset[str]]:
    """File -> qualified names of its changed functions, for MeasureOptions.only_functions."""
    return {f.path: frozenset(fn.name for fn in f.functions) for f in scoped.files}


def mutation_options(options: MeasureOptions, scoped: Measurements) -> MeasureOptions:
    """The options for the mutation stage of a scoped run: mutate the changed functions only."""
    return replace(options, only_functions=changed_functions(scoped))


def scope_mutants(scoped: Measurements, only: Mapping[str, frozenset[str]]) -> Measurements:
    """Keep the mutants of the changed functions only (the engine may report more)."""
    files = tuple(
        replace(f, mutants=tuple(m for m in f.mutants if m.function in only.get(f.path, ())))
        for f in scoped.files
    )
    return replace(scoped, files=files)

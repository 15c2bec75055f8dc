"""One function's verdicts between the cache and the report: cached ones rebased to where the
function is now, fresh ones made cacheable, and a file's sites from the cached counts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from agenticops.measure.mutation_cache import CachedMutant, FunctionEntry, key
from agenticops.measure.mutation_join.ids import mutant_id, number
from agenticops.measure.mutation_keys import SourceFunction
from agenticops.measure.mutation_plan import Decision, known_count
from agenticops.measure.mutmut_results import FileMutation
from agenticops.model import MutantResult


def rebased(path: str, function: SourceFunction, mutant: CachedMutant) -> MutantResult:
    """A cached verdict as a result, at the function's current place."""
    return MutantResult(
        id=mutant_id(path, function.qualname, mutant.n),
        line=function.def_line + mutant.offset,
        function=function.qualname,
        status=mutant.status,
        diff=mutant.diff,
        duration=mutant.duration,
    )


def cached(function: SourceFunction, mutant: MutantResult) -> CachedMutant:
    return CachedMutant(
        n=number(mutant.id),
        status=mutant.status,
        offset=mutant.line - function.def_line,
        diff=mutant.diff,
        duration=mutant.duration,
    )


def _by_function(fresh: FileMutation | None) -> dict[str, dict[int, MutantResult]]:
    found: dict[str, dict[int, MutantResult]] = {}
    for mutant in fresh.mutants if fresh is not None else ():
        found.setdefault(mutant.function, {})[number(mutant.id)] = mutant
    return found


class _Own(NamedTuple):
    """One in-scope function's mutants: all of them, how many kept, how many tested now."""

    mutants: list[MutantResult]
    reused: int
    retested: int


def _own(
    path: str, function: SourceFunction, decision: Decision, fresh: Mapping[int, MutantResult]
) -> _Own:
    kept = [rebased(path, function, m) for m in decision.reused]
    if decision.rerun is None:
        new = list(fresh.values())
    else:
        new = [fresh[n] for n in decision.rerun if n in fresh]
    tested = sum(1 for m in new if m.status != "not_checked")
    return _Own(sorted([*kept, *new], key=lambda m: number(m.id)), len(kept), tested)


def _cached_sites(
    path: str, functions: Mapping[str, SourceFunction], cache: Mapping[str, FunctionEntry]
) -> int | None:
    counts = [known_count(cache.get(key(path, q)), f.digest) for q, f in functions.items()]
    return None if None in counts else sum(c for c in counts if c is not None)

"""One file's mutants from cached and fresh verdicts, and the cache entries they make.

Reported: the mutants of the in-scope functions only, in file order (by function, then by
mutmut's number). A cached verdict's line is its function's `def` line now plus the offset
stored with it, so code moving above a function does not shift its mutants. Mutation sites
are the whole file's: mutmut's count when it ran on the file, else the sum of the cached
counts of every function in it (None when one is unknown).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from agenticops.measure.mutation_cache import CachedMutant, FunctionEntry, key
from agenticops.measure.mutation_keys import SourceFunction
from agenticops.measure.mutation_plan import Decision, known_count
from agenticops.measure.mutmut_names import mangle, mutant_glob, mutmut_key
from agenticops.measure.mutmut_results import FileMutation
from agenticops.model import MutantResult

_SUFFIX = "__mutmut_"


@dataclass(frozen=True, slots=True, kw_only=True)
class FileJoin:
    """What one file reports, and what the cache learns from it."""

    mutants: tuple[MutantResult, ...] = ()
    sites: int | None = None
    reused: int = 0
    retested: int = 0
    entries: dict[str, FunctionEntry] = field(default_factory=dict)


def number(mutant_id: str) -> int:
    """mutmut's number of a mutant: `pkg.mod.x_f__mutmut_7` -> 7."""
    return int(mutant_id.rpartition(_SUFFIX)[2])


def mutant_id(path: str, qualname: str, n: int) -> str:
    return f"{mutmut_key(path, mangle(qualname))}{_SUFFIX}{n}"


def function_glob(path: str, qualname: str, functions: Mapping[str, object]) -> str:
    """Every mutant of one function: `pkg.mod.x_f*` when no other function's name starts
    with `x_f` (that glob also matches the function itself, so mutmut's clean run selects
    only its tests instead of the whole suite), else `pkg.mod.x_f__mutmut_*`."""
    mine = mangle(qualname)
    if any(mangle(other).startswith(mine) for other in functions if other != qualname):
        return mutant_glob(path, qualname)
    return f"{mutmut_key(path, mine)}*"


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


def join_file(
    path: str,
    *,
    functions: Mapping[str, SourceFunction],
    scope: frozenset[str],
    decisions: Mapping[tuple[str, str], Decision],
    tests: Mapping[str, dict[str, str]],
    fresh: FileMutation | None,
    cache: Mapping[str, FunctionEntry],
) -> FileJoin:
    """The file's reported mutants (cached + fresh), its sites and its new cache entries."""
    got = _by_function(fresh)
    mutants: list[MutantResult] = []
    entries: dict[str, FunctionEntry] = {}
    reused = retested = 0
    for qualname, function in sorted(functions.items(), key=lambda item: item[1].def_line):
        k = key(path, qualname)
        if qualname in scope:
            own = _own(path, function, decisions[(path, qualname)], got.get(qualname, {}))
            mutants.extend(own.mutants)
            reused, retested = reused + own.reused, retested + own.retested
            entries[k] = FunctionEntry(
                digest=function.digest,
                count=len(own.mutants),
                tests=dict(tests[qualname]),
                mutants=tuple(cached(function, m) for m in own.mutants),
            )
        elif fresh is not None and known_count(cache.get(k), function.digest) is None:
            entries[k] = FunctionEntry(digest=function.digest, count=len(got.get(qualname, {})))
    sites = fresh.sites if fresh is not None else _cached_sites(path, functions, cache)
    return FileJoin(
        mutants=tuple(mutants), sites=sites, reused=reused, retested=retested, entries=entries
    )


def _cached_sites(
    path: str, functions: Mapping[str, SourceFunction], cache: Mapping[str, FunctionEntry]
) -> int | None:
    counts = [known_count(cache.get(key(path, q)), f.digest) for q, f in functions.items()]
    return None if None in counts else sum(c for c in counts if c is not None)

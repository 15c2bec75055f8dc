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

from agenticops.measure.mutation_cache import FunctionEntry, key
from agenticops.measure.mutation_join.ids import function_glob as function_glob
from agenticops.measure.mutation_join.ids import mutant_id as mutant_id
from agenticops.measure.mutation_join.ids import number as number
from agenticops.measure.mutation_join.verdicts import _by_function, _cached_sites, _own
from agenticops.measure.mutation_join.verdicts import cached as cached
from agenticops.measure.mutation_join.verdicts import rebased as rebased
from agenticops.measure.mutation_keys import SourceFunction
from agenticops.measure.mutation_plan import Decision, known_count
from agenticops.measure.mutmut_results import FileMutation
from agenticops.model import MutantResult


@dataclass(frozen=True, slots=True, kw_only=True)
class FileJoin:
    """What one file reports, and what the cache learns from it."""

    mutants: tuple[MutantResult, ...] = ()
    sites: int | None = None
    reused: int = 0
    retested: int = 0
    entries: dict[str, FunctionEntry] = field(default_factory=dict)


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

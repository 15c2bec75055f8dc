"""mutmut's names for one function's mutants: a mutant's id and number, the function's glob."""

from __future__ import annotations

from collections.abc import Mapping

from agenticops.measure.mutmut_names import mangle, mutant_glob, mutmut_key

_SUFFIX = "__mutmut_"


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

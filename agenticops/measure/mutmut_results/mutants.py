"""One mutant as a MutantResult: its function, status, and the line and diff found by
comparing mutmut's generated copy of the function with the original copy."""

from __future__ import annotations

from collections.abc import Mapping

from agenticops.measure.mutmut_names import mangled_of, status_of, unmangle
from agenticops.measure.mutmut_source import locate
from agenticops.model import MutantResult


def build_mutant(
    key: str,
    code: int | None,
    *,
    copies: Mapping[str, list[str]],
    lines: Mapping[str, int],
    duration: float | None,
) -> MutantResult:
    mangled = mangled_of(key)
    function = unmangle(mangled)
    copy = key.rpartition(".")[2]
    orig = f"{mangled}__mutmut_orig"
    line, diff = locate(
        copies.get(orig, []),
        copies.get(copy, []),
        copies=(orig, copy),
        name=function.rpartition(".")[2],
        def_line=lines.get(mangled, 0),
    )
    return MutantResult(
        id=key, line=line, function=function, status=status_of(code), diff=diff, duration=duration
    )

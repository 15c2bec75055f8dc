"""Source reading for mutmut's mutants: where each differs from the original, and which
functions mutmut can never mutate (decorated, out of its reach)."""

from __future__ import annotations

from agenticops.measure.mutmut_source.diff import locate
from agenticops.measure.mutmut_source.never_mutated import unmutated
from agenticops.measure.mutmut_source.reachable import def_lines, generated_functions

__all__ = ["def_lines", "generated_functions", "locate", "unmutated"]

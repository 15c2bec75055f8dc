"""PR scope (`gate --diff BASE`): the measurements of what changed, and why a gate had nothing.

Coverage becomes the coverage of the changed executable lines (statements plus the branches
leaving them, as coverage.py counts them), the files the changed source files, the functions
those whose lines the change touches; mutation covers the changed functions only. The tests
are never scoped: every test must still pass. A gate left without evidence by the scope fails
closed and says so (`no changed source in scope`, ...), never passes silently.
"""

from __future__ import annotations

from agenticops.scope.measurements import describe, scope_measurements
from agenticops.scope.mutants import changed_functions, mutation_options, scope_mutants
from agenticops.scope.reasons import (
    NO_FUNCTION,
    NO_LINES,
    NO_SOURCE,
    PER_CHANGE,
    explain,
    nothing_to_mutate,
)
from agenticops.scope_git import ChangedLines, changed_lines

__all__ = [
    "NO_FUNCTION",
    "NO_LINES",
    "NO_SOURCE",
    "PER_CHANGE",
    "ChangedLines",
    "changed_functions",
    "changed_lines",
    "describe",
    "explain",
    "mutation_options",
    "nothing_to_mutate",
    "scope_measurements",
    "scope_mutants",
]

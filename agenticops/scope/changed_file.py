"""One source file cut down to a change: its changed lines, the branches leaving them, its
changed functions, and the tally of their coverage."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from agenticops.model import FileMetrics
from agenticops.scope_git import ChangedLines


class _Tally(NamedTuple):
    covered: int  # changed statements run + branches from changed lines taken
    total: int  # changed statements + branches from changed lines


def _scope_file(file: FileMetrics, changes: ChangedLines) -> tuple[FileMetrics, _Tally]:
    changed = changes.lines.get(file.path, frozenset())
    executed = sorted(changed.intersection(file.executed_lines))
    missing = sorted(changed.intersection(file.missing_lines))
    taken = tuple(arc for arc in file.executed_branches if arc[0] in changed)
    not_taken = tuple(arc for arc in file.missing_branches if arc[0] in changed)
    tally = _Tally(len(executed) + len(taken), len(executed + missing) + len(taken + not_taken))
    scoped = replace(
        file,
        coverage=100.0 * tally.covered / tally.total if tally.total else None,
        statements=len(executed) + len(missing),
        missing_lines=tuple(missing),
        missing_branches=not_taken,
        executed_lines=tuple(executed),
        executed_branches=taken,
        functions=tuple(
            fn for fn in file.functions if changes.touches(file.path, fn.line, fn.end_line)
        ),
    )
    return scoped, tally

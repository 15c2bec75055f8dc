"""PR scope (`gate --diff BASE`): the measurements of what changed, and why a gate had nothing.

Coverage becomes the coverage of the changed executable lines (statements plus the branches
leaving them, as coverage.py counts them), the files the changed source files, the functions
those whose lines the change touches; mutation covers the changed functions only. The tests
are never scoped: every test must still pass. A gate left without evidence by the scope fails
closed and says so (`no changed source in scope`, ...), never passes silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from agenticops.measure.project import MeasureOptions
from agenticops.model import FileMetrics, GateResult, Measurements
from agenticops.scope_git import ChangedLines, changed_lines

__all__ = [
    "NO_FUNCTION",
    "NO_LINES",
    "NO_SOURCE",
    "ChangedLines",
    "changed_functions",
    "changed_lines",
    "explain",
    "mutation_options",
    "nothing_to_mutate",
    "scope_measurements",
    "scope_mutants",
]

NO_SOURCE = "no changed source in scope"
NO_LINES = "no changed executable line in scope"
NO_FUNCTION = "no changed function in scope"
#: the gates that judge the change only; `tests` always judges the whole suite
PER_CHANGE = ("coverage", "complexity", "crap", "mutation_score", "mutation_sites")


class _Tally(NamedTuple):
    covered: int  # changed statements run + branches from changed lines taken
    total: int  # changed statements + branches from changed lines


def scope_measurements(measurements: Measurements, changes: ChangedLines) -> Measurements:
    """Only the changed source files, functions and lines; the tests as they were."""
    scoped = [_scope_file(f, changes) for f in measurements.files if changes.touched(f.path)]
    files = tuple(file for file, _ in scoped)
    return replace(
        measurements,
        files=files,
        coverage_total=_total(measurements, scoped),
        scope=describe(changes, files),
    )


def _total(whole: Measurements, scoped: Sequence[tuple[FileMetrics, _Tally]]) -> float | None:
    """The changed-line coverage of all files in scope; None without anything to judge."""
    covered = sum(tally.covered for _, tally in scoped)
    total = sum(tally.total for _, tally in scoped)
    if not total or not _has_data(whole, [file for file, _ in scoped]):
        return None
    return 100.0 * covered / total


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


def _has_data(whole: Measurements, scoped: Sequence[FileMetrics]) -> bool:
    """Whether coverage.py had data for the run and for every file in scope (a file without
    data would otherwise drop out of the changed-line total unseen)."""
    paths = {f.path for f in scoped}
    return whole.coverage_total is not None and all(
        f.coverage is not None for f in whole.files if f.path in paths
    )


def describe(changes: ChangedLines, files: Sequence[FileMetrics]) -> str:
    """`diff against origin/main: 2 files, 14 changed lines, 3 changed functions`."""
    lines = sum(len(changes.lines.get(f.path, ())) for f in files)
    functions = sum(len(f.functions) for f in files)
    counts = (_count(len(files), "file"), _count(lines, "changed line"))
    return (
        f"diff against {changes.base}: {', '.join(counts)}, {_count(functions, 'changed function')}"
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def changed_functions(scoped: Measurements) -> dict[str, frozenset[str]]:
    """File -> qualified names of its changed functions, for MeasureOptions.only_functions."""
    return {f.path: frozenset(fn.name for fn in f.functions) for f in scoped.files}


def mutation_options(options: MeasureOptions, scoped: Measurements) -> MeasureOptions:
    """The options for the mutation stage of a scoped run: mutate the changed functions only."""
    return replace(options, only_functions=changed_functions(scoped))


def nothing_to_mutate(scoped: Measurements) -> str:
    """Why the scoped run has nothing to mutate, or "" when it has."""
    if not scoped.files:
        return NO_SOURCE
    if not any(f.functions for f in scoped.files):
        return NO_FUNCTION
    return ""


def scope_mutants(scoped: Measurements, only: Mapping[str, frozenset[str]]) -> Measurements:
    """Keep the mutants of the changed functions only (the engine may report more)."""
    files = tuple(
        replace(f, mutants=tuple(m for m in f.mutants if m.function in only.get(f.path, ())))
        for f in scoped.files
    )
    return replace(scoped, files=files)


def explain(
    gates: Sequence[GateResult], whole: Measurements, scoped: Measurements
) -> tuple[GateResult, ...]:
    """The gates, each failed-for-lack-of-evidence one saying what the scope left it."""
    reasons = _reasons(whole, scoped)
    return tuple(
        replace(g, reason=reasons[g.name])
        if g.status == "failed" and g.actual is None and g.name in reasons
        else g
        for g in gates
    )


def _reasons(whole: Measurements, scoped: Measurements) -> dict[str, str]:
    if not scoped.files:
        return dict.fromkeys(PER_CHANGE, NO_SOURCE)
    reasons: dict[str, str] = {}
    if not any(f.functions for f in scoped.files):
        reasons.update(dict.fromkeys(PER_CHANGE[1:], NO_FUNCTION))
    if _has_data(whole, scoped.files):
        reasons["coverage"] = NO_LINES
    return reasons

"""What the surfaces show, picked from the report: offenders resolved to their measurements.

Nothing here judges: function and file offenders come from the gates' verdicts; survivors are
the mutants the mutation score does not count as detected (model.DETECTED), as the gate counts.
"""

from __future__ import annotations

from typing import NamedTuple

from agenticops.model import DETECTED, FileMetrics, MutantResult, Report, TestOutcome
from agenticops.report.lookup import Located, file, function, gate, offenders

__all__ = [
    "Located",
    "Survivor",
    "diagnostics",
    "failing_tests",
    "file",
    "function",
    "gate",
    "is_survivor",
    "least_covered",
    "offenders",
    "over_limit",
    "over_sites",
    "survivors",
    "test_output",
    "unmutated",
]


class Survivor(NamedTuple):
    """A mutant that no test detected, with its file."""

    file: FileMetrics
    mutant: MutantResult


def over_limit(report: Report) -> tuple[Located, ...]:
    """Functions the crap or complexity gate named, crap offenders first, each once."""
    names = dict.fromkeys((*offenders(report, "crap"), *offenders(report, "complexity")))
    located = (function(report, n) for n in names)
    return tuple(loc for loc in located if loc is not None)


def least_covered(report: Report) -> tuple[FileMetrics, ...]:
    """Files with uncovered lines or branches, least covered first."""
    files = [
        f
        for f in report.measurements.files
        if f.coverage is not None and (f.missing_lines or f.missing_branches)
    ]
    return tuple(sorted(files, key=lambda f: (f.coverage, f.path)))


def failing_tests(report: Report) -> tuple[TestOutcome, ...]:
    """Tests that failed, errored or passed unexpectedly."""
    run = report.measurements.tests
    return () if run is None else run.failed


def is_survivor(mutant: MutantResult) -> bool:
    """Whether the mutation score counts this mutant against the tests."""
    return mutant.status not in DETECTED and mutant.status != "skipped"


def survivors(report: Report) -> tuple[Survivor, ...]:
    """Undetected mutants, by file and line."""
    found = (Survivor(f, m) for f in report.measurements.files for m in f.mutants if is_survivor(m))
    return tuple(sorted(found, key=lambda s: (s.file.path, s.mutant.line, s.mutant.id)))


def over_sites(report: Report) -> tuple[FileMetrics, ...]:
    """Files the mutation_sites gate named, most sites first (the gate's order)."""
    files = (file(report, p) for p in offenders(report, "mutation_sites"))
    return tuple(f for f in files if f is not None)


def unmutated(report: Report) -> tuple[tuple[FileMetrics, str], ...]:
    """Functions the mutation engine could not mutate, by file."""
    return tuple((f, name) for f in report.measurements.files for name in f.unmutated)


def diagnostics(report: Report) -> tuple[str, ...]:
    """Everything the stages said on the side, measurement first, then mutation."""
    m = report.measurements
    return (*m.diagnostics, *m.mutation.diagnostics)


def test_output(report: Report) -> str:
    """pytest's output tail when the tests gate failed without a failing test to show."""
    run = report.measurements.tests
    tests = gate(report, "tests")
    if run is None or tests is None or tests.passed or run.failed:
        return ""
    return run.output

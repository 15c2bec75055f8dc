"""Join coverage.py's per-file and per-function numbers with radon's complexity into CRAP."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from agenticops.gates.crap import crap
from agenticops.measure.radon_cc import FunctionComplexity
from agenticops.measure.tests_cov import CoverageData, FileCoverage
from agenticops.model import FileMetrics, FunctionMetrics


def build_files(
    coverage: CoverageData | None,
    complexity: Mapping[str, Sequence[FunctionComplexity]],
) -> tuple[FileMetrics, ...]:
    """One FileMetrics per file either tool knows, sorted by path.

    Fails closed: a function radon found but coverage.py has no region for (no data for the
    file, or no coverage at all) counts as 0% covered, so its CRAP is cc^2 + cc, never a pass
    by omission. A file coverage.py has no data for gets `coverage=None`. Functions only
    coverage.py knows (radon skips methods of classes defined inside functions) are left out:
    without a complexity there is no CRAP.
    """
    measured = coverage.files if coverage is not None else {}
    paths = sorted(set(complexity) | set(measured))
    return tuple(_file(path, measured.get(path), complexity.get(path, ())) for path in paths)


def _file(
    path: str, data: FileCoverage | None, functions: Sequence[FunctionComplexity]
) -> FileMetrics:
    covered = data.functions if data is not None else {}
    metrics = tuple(_function(fn, covered.get(fn.name, 0.0)) for fn in functions)
    if data is None:
        return FileMetrics(path=path, coverage=None, functions=metrics)
    return FileMetrics(
        path=path,
        coverage=data.percent,
        statements=data.statements,
        missing_lines=data.missing_lines,
        missing_branches=data.missing_branches,
        functions=metrics,
        executed_lines=data.executed_lines,
        executed_branches=data.executed_branches,
        tests_by_line=data.tests_by_line,
    )


def _function(fn: FunctionComplexity, percent: float) -> FunctionMetrics:
    return FunctionMetrics(
        name=fn.name,
        line=fn.line,
        end_line=fn.end_line,
        complexity=fn.complexity,
        coverage=percent,
        crap=crap(fn.complexity, percent / 100.0),
    )

"""One source file's entry of a `coverage json` report: lines, branches, functions, tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class FileCoverage:
    """coverage.py's numbers for one source file (statements + branches)."""

    percent: float
    statements: int
    missing_lines: tuple[int, ...] = ()
    missing_branches: tuple[tuple[int, int], ...] = ()
    #: qualified function name -> percent of its body covered (coverage.py's own regions)
    functions: dict[str, float] = field(default_factory=dict)
    #: line -> node ids of the tests that executed it
    tests_by_line: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: every line and branch coverage.py saw run, also outside any test (at import)
    executed_lines: tuple[int, ...] = ()
    executed_branches: tuple[tuple[int, int], ...] = ()


def _file_coverage(entry: Mapping[str, Any]) -> FileCoverage:
    return FileCoverage(
        percent=entry["summary"]["percent_covered"],
        statements=entry["summary"]["num_statements"],
        missing_lines=tuple(entry["missing_lines"]),
        missing_branches=tuple((a, b) for a, b in entry["missing_branches"]),
        functions={
            name: region["summary"]["percent_covered"]
            for name, region in entry["functions"].items()
            if name  # "" is the module-level code
        },
        tests_by_line=_tests_by_line(entry.get("contexts", {})),
        executed_lines=tuple(entry["executed_lines"]),
        executed_branches=tuple((a, b) for a, b in entry["executed_branches"]),
    )


def _tests_by_line(contexts: Mapping[str, Sequence[str]]) -> dict[int, tuple[str, ...]]:
    """Line -> node ids; the empty context (code run outside any test, at import) is dropped."""
    by_line = {int(n): tuple(sorted(c for c in names if c)) for n, names in contexts.items()}
    return {n: tests for n, tests in sorted(by_line.items()) if tests}

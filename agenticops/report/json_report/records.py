"""Gates, files, functions and mutants as JSON data (coverage percents rounded to 2 decimals)."""

from __future__ import annotations

from typing import Any

from agenticops.model import FileMetrics, FunctionMetrics, GateResult, MutantResult


def round_percent(value: float | None) -> float | None:
    """A coverage percent as the report keeps it: 2 decimals, None as None."""
    return None if value is None else round(value, 2)


def gate_dict(g: GateResult) -> dict[str, Any]:
    """One gate's verdict as JSON data."""
    return {
        "name": g.name,
        "passed": g.passed,
        "actual": g.actual,
        "threshold": g.threshold,
        "offenders": list(g.offenders),
        "status": g.status,
        "reason": g.reason,
    }


def _function(fn: FunctionMetrics) -> dict[str, Any]:
    return {
        "name": fn.name,
        "line": fn.line,
        "complexity": fn.complexity,
        "coverage": round_percent(fn.coverage),
        "crap": fn.crap,
        "end_line": fn.end_line,
    }


def _mutant(m: MutantResult) -> dict[str, Any]:
    return {
        "id": m.id,
        "line": m.line,
        "status": m.status,
        "diff": m.diff,
        "function": m.function,
        "duration": m.duration,
    }


def file_dict(f: FileMetrics) -> dict[str, Any]:
    """One file's measurements, with its functions and mutants, as JSON data."""
    return {
        "path": f.path,
        "coverage": round_percent(f.coverage),
        "mutation_sites": f.mutation_sites,
        "functions": [_function(fn) for fn in f.functions],
        "mutants": [_mutant(m) for m in f.mutants],
        "statements": f.statements,
        "missing_lines": list(f.missing_lines),
        "missing_branches": [list(arc) for arc in f.missing_branches],
        "unmutated": list(f.unmutated),
    }

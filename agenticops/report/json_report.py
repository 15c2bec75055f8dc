"""The gate report as JSON (`agenticops.gate-report/1`): written, read back, compared exactly.

`to_dict` keeps DESIGN.md's keys in their order and adds more after them; coverage percents are
rounded to 2 decimals. `from_dict` accepts only what `to_dict` could have written:
`to_dict(from_dict(d)) == d` for every accepted `d`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from agenticops.errors import ConfigError
from agenticops.model import (
    SCHEMA,
    FileMetrics,
    FunctionMetrics,
    GateResult,
    MutantResult,
    Report,
    TestRun,
)
from agenticops.report.json_parse import ShapeError, difference, parse


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _gate(g: GateResult) -> dict[str, Any]:
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
        "coverage": _percent(fn.coverage),
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


def _file(f: FileMetrics) -> dict[str, Any]:
    return {
        "path": f.path,
        "coverage": _percent(f.coverage),
        "mutation_sites": f.mutation_sites,
        "functions": [_function(fn) for fn in f.functions],
        "mutants": [_mutant(m) for m in f.mutants],
        "statements": f.statements,
        "missing_lines": list(f.missing_lines),
        "missing_branches": [list(arc) for arc in f.missing_branches],
        "unmutated": list(f.unmutated),
    }


def _tests(run: TestRun) -> dict[str, Any]:
    return {
        "collected": run.collected,
        "failed": [{"nodeid": o.nodeid, "message": o.message} for o in run.failed],
        "exit_code": run.exit_code,
        "timed_out": run.timed_out,
        "duration": run.duration,
        "outcomes": [
            {"nodeid": o.nodeid, "status": o.status, "duration": o.duration, "message": o.message}
            for o in run.outcomes
        ],
        "output": run.output,
    }


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON data, DESIGN.md's keys first."""
    m = report.measurements
    return {
        "schema": SCHEMA,
        "passed": report.passed,
        "gates": [_gate(g) for g in report.gates],
        "files": [_file(f) for f in m.files],
        "tests": None if m.tests is None else _tests(m.tests),
        "coverage_total": _percent(m.coverage_total),
        "mutation": {
            "ran": m.mutation.ran,
            "reason": m.mutation.reason,
            "duration": m.mutation.duration,
            "diagnostics": list(m.mutation.diagnostics),
        },
        "scope": m.scope,
        "profile": report.profile,
        "root": report.root,
        "tool_version": report.tool_version,
        "created": report.created,
        "diagnostics": list(m.diagnostics),
        "extra": dict(report.extra),
    }


def from_dict(data: object, *, source: str) -> Report:
    """The report `data` holds; ConfigError naming `source` for anything else."""
    try:
        report = parse(data)
    except ShapeError as error:
        raise _not_a_report(source, str(error)) from None
    problem = difference(to_dict(report), data)
    if problem:
        raise _not_a_report(source, problem)
    return report


def _not_a_report(source: str, problem: str) -> ConfigError:
    return ConfigError(f"{source}: not an agenticops gate report ({problem})")


def load(path: Path) -> Report:
    """Read a report file (such as `.agenticops/report.json`) back into a Report."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no gate report here (run `agenticops gate` first)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the gate report ({error})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise _not_a_report(str(path), f"invalid JSON: {error}") from None
    return from_dict(data, source=str(path))


def render(report: Report, *, root: Path) -> str:
    """The JSON text written to `.agenticops/report.json` (and printed by `--format json`)."""
    del root  # the JSON report stands alone
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False) + "\n"

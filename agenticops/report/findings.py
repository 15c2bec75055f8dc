"""Offenders as located findings (file, line, words) for annotations and SARIF.

Severity follows the verdicts, never a judgement of its own: offenders of a failed gate are
errors; offenders of a gate that passed, gates that did not run and functions the engine could
not mutate are warnings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from agenticops.model import GateResult, Report
from agenticops.report import select
from agenticops.report.text import STATUS_LABEL, branches, diff_body, measure, number, ranges

Level = Literal["error", "warning"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One thing to point at: `path`/`line` are None when it concerns the whole run."""

    gate: str
    level: Level
    title: str
    message: str
    path: str | None = None
    line: int | None = None
    end_line: int | None = None


def findings(report: Report, *, root: Path) -> tuple[Finding, ...]:
    """Every finding, errors first, each kind in report order (gates, then their offenders)."""
    found = [f for g in report.gates for f in _gate(report, g, root)]
    for file, name in select.unmutated(report):
        loc = select.function(report, f"{file.path}::{name}")
        found.append(
            Finding(
                gate="mutation_score",
                level="warning",
                title=f"not mutated: {name}",
                message=f"{name} cannot be mutated (decorated), so no mutant checks its tests",
                path=file.path,
                line=None if loc is None else loc.function.line,
            )
        )
    return tuple(sorted(found, key=lambda f: f.level != "error"))


def _gate(report: Report, gate: GateResult, root: Path) -> Iterator[Finding]:
    if gate.status == "off" or (gate.status == "passed" and not gate.offenders):
        return
    level: Level = "error" if gate.status == "failed" else "warning"
    if not gate.offenders:
        message = gate.reason or measure(gate)
        output = select.test_output(report) if gate.name == "tests" else ""
        if output:
            message += "\n" + "\n".join(output.splitlines()[-20:])
        title = f"{gate.name}: {STATUS_LABEL[gate.status]}"
        yield Finding(gate=gate.name, level=level, title=title, message=message)
    context = _Context(report=report, gate=gate, level=level, root=root)
    for offender in gate.offenders:
        yield from _OFFENDER.get(gate.name, _generic)(context, offender)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Context:
    report: Report
    gate: GateResult
    level: Level
    root: Path

    def finding(self, title: str, message: str, path: str, line: int | None = None) -> Finding:
        return Finding(
            gate=self.gate.name,
            level=self.level,
            title=title,
            message=message,
            path=path,
            line=line,
        )

    @property
    def limit(self) -> str:
        return "?" if self.gate.threshold is None else number(self.gate.threshold)


def _generic(ctx: _Context, offender: str) -> Iterator[Finding]:
    path, _, name = offender.partition("::")
    yield ctx.finding(
        f"{ctx.gate.name}: {name or path}", ctx.gate.reason or measure(ctx.gate), path
    )


def _test(ctx: _Context, nodeid: str) -> Iterator[Finding]:
    outcomes = select.failing_tests(ctx.report)
    outcome = next((o for o in outcomes if o.nodeid == nodeid), None)
    message = ctx.gate.reason if outcome is None else outcome.message or outcome.status
    path = nodeid.partition("::")[0]
    yield ctx.finding(f"test failed: {nodeid}", message, path, _test_line(ctx.root, nodeid))


def _test_line(root: Path, nodeid: str) -> int | None:
    """The `def` line of the test function a pytest node id names, read from the source."""
    path, sep, rest = nodeid.partition("::")
    name = rest.rpartition("::")[2].partition("[")[0]
    try:
        source = (root / path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    pattern = rf"^[ \t]*(?:async[ \t]+)?def[ \t]+{re.escape(name)}\b"
    match = re.search(pattern, source, re.MULTILINE) if sep else None
    return None if match is None else source.count("\n", 0, match.start()) + 1


def _coverage(ctx: _Context, path: str) -> Iterator[Finding]:
    file = select.file(ctx.report, path)
    if file is None:
        yield from _generic(ctx, path)
        return
    parts = [f"lines {ranges(file.missing_lines)}"] if file.missing_lines else []
    if file.missing_branches:
        parts.append(f"branches {branches(file.missing_branches)}")
    message = f"Not covered by any test: {'; '.join(parts) or 'nothing listed'}"
    first = [*file.missing_lines, *(a for a, _ in file.missing_branches)]
    title = f"coverage {number(file.coverage or 0)}% < {ctx.limit}%"
    yield ctx.finding(title, message, path, min(first, default=None))


def _function(ctx: _Context, offender: str) -> Iterator[Finding]:
    loc = select.function(ctx.report, offender)
    if loc is None:
        yield from _generic(ctx, offender)
        return
    fn = loc.function
    if ctx.gate.name == "crap":
        title = f"CRAP {number(fn.crap)} > {ctx.limit}: {fn.name}"
        detail = f"complexity {fn.complexity}, coverage {number(fn.coverage)}%"
        advice = "cover it with tests or simplify it"
    else:
        title = f"complexity {fn.complexity} > {ctx.limit}: {fn.name}"
        detail = f"cyclomatic complexity {fn.complexity}"
        advice = "split it into smaller functions"
    message = f"{fn.name}: {detail}; the maximum is {ctx.limit}: {advice}"
    yield replace(ctx.finding(title, message, loc.file.path, fn.line), end_line=fn.end_line)


def _mutants(ctx: _Context, offender: str) -> Iterator[Finding]:
    path, _, name = offender.partition("::")
    survivors = select.survivors(ctx.report)
    mine = [s.mutant for s in survivors if (s.file.path, s.mutant.function) == (path, name)]
    if not mine:
        yield from _generic(ctx, offender)
    for m in mine:
        status = m.status.replace("_", " ")
        title = f"surviving mutant ({status}): {m.function}"
        message = (
            f"{m.id} ({status}); no test failed for this change:\n{diff_body(m.diff)}".rstrip()
        )
        yield ctx.finding(title, message, path, m.line)


def _sites(ctx: _Context, path: str) -> Iterator[Finding]:
    file = select.file(ctx.report, path)
    sites = "?" if file is None or file.mutation_sites is None else str(file.mutation_sites)
    title = f"{sites} mutation sites > {ctx.limit}"
    message = f"{path} has {sites} mutants (maximum {ctx.limit} per file): split the module"
    yield ctx.finding(title, message, path, 1)


_OFFENDER: dict[str, Callable[[_Context, str], Iterator[Finding]]] = {
    "tests": _test,
    "coverage": _coverage,
    "complexity": _function,
    "crap": _function,
    "mutation_score": _mutants,
    "mutation_sites": _sites,
}

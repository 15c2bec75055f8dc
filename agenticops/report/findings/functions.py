"""Findings of offenders that name a function: too complex, too CRAP, or with surviving mutants."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from agenticops.report import select
from agenticops.report.findings.finding import Context, Finding, generic
from agenticops.report.text import diff_body, number


def function(ctx: Context, offender: str) -> Iterator[Finding]:
    """A function over the complexity or CRAP maximum, spanning its lines."""
    loc = select.function(ctx.report, offender)
    if loc is None:
        yield from generic(ctx, offender)
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


def mutants(ctx: Context, offender: str) -> Iterator[Finding]:
    """One finding per surviving mutant of the function, at its changed line."""
    path, _, name = offender.partition("::")
    survivors = select.survivors(ctx.report)
    mine = [s.mutant for s in survivors if (s.file.path, s.mutant.function) == (path, name)]
    if not mine:
        yield from generic(ctx, offender)
    for m in mine:
        status = m.status.replace("_", " ")
        title = f"surviving mutant ({status}): {m.function}"
        message = (
            f"{m.id} ({status}); no test failed for this change:\n{diff_body(m.diff)}".rstrip()
        )
        yield ctx.finding(title, message, path, m.line)

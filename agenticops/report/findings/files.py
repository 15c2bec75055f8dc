"""Findings of offenders that name a file: uncovered lines and too many mutation sites."""

from __future__ import annotations

from collections.abc import Iterator

from agenticops.report import select
from agenticops.report.findings.finding import Context, Finding, generic
from agenticops.report.text import branches, number, ranges


def coverage(ctx: Context, path: str) -> Iterator[Finding]:
    """A file below the coverage minimum, at its first uncovered line."""
    file = select.file(ctx.report, path)
    if file is None:
        yield from generic(ctx, path)
        return
    parts = [f"lines {ranges(file.missing_lines)}"] if file.missing_lines else []
    if file.missing_branches:
        parts.append(f"branches {branches(file.missing_branches)}")
    message = f"Not covered by any test: {'; '.join(parts) or 'nothing listed'}"
    first = [*file.missing_lines, *(a for a, _ in file.missing_branches)]
    title = f"coverage {number(file.coverage or 0)}% < {ctx.limit}%"
    yield ctx.finding(title, message, path, min(first, default=None))


def mutation_sites(ctx: Context, path: str) -> Iterator[Finding]:
    """A file with more mutation sites than the maximum, at its first line."""
    file = select.file(ctx.report, path)
    sites = "?" if file is None or file.mutation_sites is None else str(file.mutation_sites)
    title = f"{sites} mutation sites > {ctx.limit}"
    message = f"{path} has {sites} mutants (maximum {ctx.limit} per file): split the module"
    yield ctx.finding(title, message, path, 1)

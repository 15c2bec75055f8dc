"""The shards' mutants joined file by file in source order, and their mutation runs as one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from agenticops.model import FileMetrics, MutantResult, MutationRun
from agenticops.report.merge.shards import Shard


def join(file: FileMetrics, shards: Sequence[Shard]) -> FileMetrics:
    """`file` with the mutants every shard found in it, in source order."""
    mutants = [
        m for _, r in shards for f in r.measurements.files if f.path == file.path for m in f.mutants
    ]
    return replace(file, mutants=source_order(mutants))


def source_order(mutants: Sequence[MutantResult]) -> tuple[MutantResult, ...]:
    """Mutants by function (in file order: its first mutant's line), then mutmut's number."""
    first: dict[str, int] = {}
    for m in mutants:
        first[m.function] = min(first.get(m.function, m.line), m.line)

    def order(m: MutantResult) -> tuple[int, str, int]:
        number = m.id.rpartition("__mutmut_")[2]
        return first[m.function], m.function, int(number) if number.isdigit() else 0

    return tuple(sorted(mutants, key=order))


def mutation(shards: Sequence[Shard], specs: Sequence[tuple[int, int]]) -> MutationRun:
    """One mutation run: ran when every shard's ran, as long as the slowest shard."""
    runs = [r.measurements.mutation for _, r in shards]
    reasons = [
        f"shard {k}/{n}: {run.reason}"
        for run, (k, n) in zip(runs, specs, strict=True)
        if not run.ran
    ]
    diagnostics = dict.fromkeys(d for run in runs for d in run.diagnostics)
    return MutationRun(
        ran=not reasons,
        reason="; ".join(reasons),
        duration=max(run.duration for run in runs),
        diagnostics=tuple(diagnostics),
    )

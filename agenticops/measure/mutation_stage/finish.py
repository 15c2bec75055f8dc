"""The stage's end: verdicts joined and attached, the cache written back, timeouts said apart."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from agenticops.config import Config
from agenticops.measure.mutation_stage.records import StageOptions, StageResult, _Plan
from agenticops.measure.mutation_stage.results import _attach, _join, _save
from agenticops.measure.mutmut_run import MutationOutcome
from agenticops.model import FileMetrics, MutationRun


def _finish(
    workdir: Path,
    config: Config,
    options: StageOptions,
    *,
    plan: _Plan,
    outcome: MutationOutcome | None,
    started: float,
) -> StageResult:
    """Join cached and fresh verdicts, attach them, write the cache back."""
    joins = {p: _join(p, plan, outcome) for p in plan.state.functions}
    files = tuple(_attach(workdir, f, joins.get(f.path)) for f in plan.measurements.files)
    reused = sum(j.reused for j in joins.values())
    retested = sum(j.retested for j in joins.values())
    notes = list(plan.notes)
    if options.cache_dir is not None:
        notes.append(_summary(reused, retested, ran=outcome is not None))
        notes.extend(_save(options.cache_dir, workdir, plan=plan, joins=joins, outcome=outcome))
    notes.extend(_timeouts(files, config))
    diagnostics = (*notes, *(outcome.run.diagnostics if outcome is not None else ()))
    run = MutationRun(ran=True, duration=time.monotonic() - started, diagnostics=diagnostics)
    return StageResult(
        measurements=replace(plan.measurements, files=files, mutation=run),
        reused=reused,
        retested=retested,
        names=plan.names,
    )


def _timeouts(files: tuple[FileMetrics, ...], config: Config) -> list[str]:
    """Timeouts, said apart: they count as detected, but each cost its whole time limit."""
    count = sum(1 for f in files for m in f.mutants if m.status == "timeout")
    if not count:
        return []
    settings = config.mutation
    return [
        f"{count} mutant(s) timed out, stopped at (their tests' duration + "
        f"{settings.timeout_floor:g} s) x {settings.timeout_factor:g}; counted as detected"
    ]


def _summary(reused: int, retested: int, *, ran: bool) -> str:
    if not ran:
        return f"mutation cache: all {reused} verdicts reused; mutmut not run"
    return f"mutation cache: {reused} verdicts reused, {retested} mutants re-tested"

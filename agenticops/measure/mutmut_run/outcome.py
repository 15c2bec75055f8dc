"""The mutation stage's numbers from mutmut's machine files after the last attempt, and the
reason a run gave no evidence."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from agenticops.measure.mutmut_diagnose import Context, diagnose
from agenticops.measure.mutmut_results import FileMutation, read_results
from agenticops.measure.mutmut_run.attempt import Attempt, Plan
from agenticops.model import MutationRun


@dataclass(frozen=True, slots=True, kw_only=True)
class MutationOutcome:
    """The mutation stage's numbers: per file (relative path with /) its mutants."""

    run: MutationRun
    files: dict[str, FileMutation] = field(default_factory=dict)
    test_durations: dict[str, float] = field(default_factory=dict)  # node id -> seconds
    isolation: str = ""  # mutmut's process isolation the verdicts came from
    stopped: bool = False  # stopped by the time limit or Ctrl-C: the verdicts are partial


def outcome_of(
    plan: Plan, attempt: Attempt, notes: list[str], *, started: float, timeout: float | None
) -> MutationOutcome:
    if attempt.isolation == "forkserver":
        notes.append("forkserver isolation: mutmut 3.8.1 records no per-mutant durations")
    results = read_results(
        plan.workdir,
        plan.files,
        version=plan.probe.version,
        timed=attempt.isolation == "fork",
        partial=attempt.done.timed_out,
    )
    notes.extend(results.notes)
    files = results.files
    reason = _reason(plan, attempt, files, timeout)
    run = MutationRun(
        ran=not reason,
        reason=reason,
        duration=time.monotonic() - started,
        diagnostics=tuple(notes),
    )
    return MutationOutcome(
        run=run,
        files=files,
        test_durations=results.test_durations,
        isolation=attempt.isolation,
        stopped=attempt.done.timed_out,
    )


def _reason(
    plan: Plan, attempt: Attempt, files: Mapping[str, FileMutation], timeout: float | None
) -> str:
    mutants = [m for f in files.values() for m in f.mutants]
    done = attempt.done
    if done.timed_out:
        checked = sum(1 for m in mutants if m.status != "not_checked")
        return (
            f"mutmut did not finish within {timeout or 0:g} s ({checked} of {len(mutants)} "
            "mutants checked); raise the time limit or mutate fewer files"
        )
    if not mutants:
        return (
            f"mutmut produced no mutants in {len(files)} file(s): no function it can mutate "
            "(only module-level code, or only decorated functions)"
        )
    if done.returncode != 0:
        context = Context(
            output=done.output,
            returncode=done.returncode,
            copied=attempt.copied,
            tests=plan.config.tests,
            isolation=attempt.isolation,
        )
        return diagnose(context)
    return ""

"""Ctrl-C during mutmut: the verdicts it had written, carried up by MutationInterrupted."""

from __future__ import annotations

import time

from agenticops.measure.mutmut_results import read_results
from agenticops.measure.mutmut_run.attempt import Plan
from agenticops.measure.mutmut_run.outcome import MutationOutcome
from agenticops.model import MutationRun


class MutationInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped mutmut (its workers with it); `outcome`: the verdicts it had written."""

    def __init__(self, outcome: MutationOutcome) -> None:
        super().__init__()
        self.outcome = outcome


def interrupted_outcome(plan: Plan, notes: list[str], *, started: float) -> MutationOutcome:
    """What mutmut had written when Ctrl-C stopped it: the mutants it finished have their
    verdicts, the others are not_checked (no durations: the isolation in use is not known)."""
    results = read_results(
        plan.workdir, plan.files, version=plan.probe.version, timed=False, partial=True
    )
    run = MutationRun(
        ran=False,
        reason="interrupted",
        duration=time.monotonic() - started,
        diagnostics=(*notes, *results.notes),
    )
    return MutationOutcome(
        run=run, files=results.files, test_durations=results.test_durations, stopped=True
    )

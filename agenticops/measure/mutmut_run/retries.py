"""The mutmut runs after the first: forkserver when fork failed the clean run, and no warm-up
for mutants whose tests never started."""

from __future__ import annotations

import shutil

from agenticops.measure.mutmut_diagnose import CLEAN_TEST_FAILED, describe_failure
from agenticops.measure.mutmut_meta import read_stats
from agenticops.measure.mutmut_results import not_run
from agenticops.measure.mutmut_run.attempt import Attempt, Plan, run_attempt, time_left


def fork_then_forkserver(
    plan: Plan, notes: list[str], *, started: float, timeout: float | None
) -> Attempt:
    """isolation "auto": fork (fast); once more with forkserver if the clean run failed."""
    attempt = run_attempt(plan, "fork", timeout)
    if attempt.done.timed_out or CLEAN_TEST_FAILED not in attempt.done.output:
        return attempt
    notes.append(
        f"fork isolation failed mutmut's clean run ({describe_failure(attempt.done.output)}): "
        "the suite keeps state between pytest runs in one process (e.g. single-use objects "
        "built at import time); retried once with forkserver isolation"
    )
    shutil.rmtree(plan.workdir / "mutants", ignore_errors=True)
    return run_attempt(plan, "forkserver", time_left(timeout, started))


def without_warmup(
    plan: Plan, attempt: Attempt, notes: list[str], *, started: float, timeout: float | None
) -> Attempt:
    """forkserver: mutants whose tests never started are run once more, each worker
    collecting the suite itself.

    mutmut 3.8.1's fork server collects the whole suite once, then forks a worker per mutant
    that runs pytest again on the selected test ids. Some ids are not found by that second
    collection in the same process (seen: parametrize ids with non-ASCII characters, which
    pytest escapes); pytest exits 4, the worker exits 255 and mutmut reports a "timeout" that
    never tested anything. Without the warm-up the ids are found, but each worker then
    imports and collects for itself before its tests run: the time limit allows for that with
    the whole suite's test time on top of the floor (a collection costs less than a run).
    """
    done = attempt.done
    if attempt.isolation != "forkserver" or done.timed_out or done.returncode != 0:
        return attempt
    names = not_run(plan.workdir, plan.files, version=plan.probe.version)
    if not names:
        return attempt
    notes.append(
        f"{len(names)} mutant(s) never ran their tests: after mutmut's warm-up collection "
        "pytest did not accept their selected test ids (mutmut calls these timeouts); "
        'tested again with forkserver_warmup = "none"'
    )
    suite = sum(read_stats(plan.workdir, plan.probe.version).durations.values())
    return run_attempt(
        plan._replace(names=names), "forkserver", time_left(timeout, started), startup=suite
    )

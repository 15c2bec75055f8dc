"""The mutation stage: mutmut 3.8.1 run in the measurement copy; verdicts read from its machine
files only. No mutants, a suite that fails in mutmut's copy or a run out of time is a run
without evidence (ran=False, with the reason and what to do), never a pass."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from agenticops.config import Config
from agenticops.measure.mutmut_config import probe
from agenticops.measure.mutmut_names import function_of, mutant_glob
from agenticops.measure.mutmut_results import FileMutation
from agenticops.measure.mutmut_run.attempt import Plan, run_attempt
from agenticops.measure.mutmut_run.env import child_env
from agenticops.measure.mutmut_run.interrupted import MutationInterrupted, interrupted_outcome
from agenticops.measure.mutmut_run.outcome import MutationOutcome, outcome_of
from agenticops.measure.mutmut_run.retries import fork_then_forkserver, without_warmup
from agenticops.measure.mutmut_seed import Seed
from agenticops.model import MutationRun

__all__ = [
    "FileMutation",
    "MutationInterrupted",
    "MutationOutcome",
    "child_env",
    "function_of",
    "mutant_glob",
    "run_mutation",
]


def run_mutation(
    workdir: Path,
    config: Config,
    *,
    python: str,
    env: Mapping[str, str],
    files: Sequence[str],
    timeout: float | None = None,
    names: Sequence[str] = (),
    seed: Seed | None = None,
) -> MutationOutcome:
    """Mutate `files` (relative to workdir, a copy of the project) with mutmut and test every
    mutant, or only those matching `names` (mutmut names or globs; the others stay
    not_checked). `timeout` bounds the whole run, retry included. `seed`: the tests of each
    function, measured already (mutmut_seed), so mutmut skips its own stats run. Ctrl-C
    raises MutationInterrupted with the verdicts mutmut had finished."""
    started = time.monotonic()
    if not files:
        return MutationOutcome(run=MutationRun(ran=False, reason="no source files to mutate"))
    clean = child_env(env)
    found = probe(python, env=clean, cwd=workdir)
    plan = Plan(workdir, config, python, clean, tuple(files), tuple(names), found, seed)
    notes: list[str] = []
    try:
        if config.mutation.isolation != "auto":
            attempt = run_attempt(plan, config.mutation.isolation, timeout)
        else:
            attempt = fork_then_forkserver(plan, notes, started=started, timeout=timeout)
        attempt = without_warmup(plan, attempt, notes, started=started, timeout=timeout)
    except KeyboardInterrupt:
        raise MutationInterrupted(interrupted_outcome(plan, notes, started=started)) from None
    return outcome_of(plan, attempt, notes, started=started, timeout=timeout)

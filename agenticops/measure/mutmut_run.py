"""The mutation stage: mutmut 3.8.1 run in the measurement copy; verdicts read from its machine
files only. No mutants, a suite that fails in mutmut's copy or a run out of time is a run
without evidence (ran=False, with the reason and what to do), never a pass."""

from __future__ import annotations

import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from agenticops import proc
from agenticops.config import Config
from agenticops.measure.mutmut_config import (
    CONFIG_FILES,
    Probe,
    mutmut_table,
    probe,
    write_table,
)
from agenticops.measure.mutmut_diagnose import (
    CLEAN_TEST_FAILED,
    Context,
    describe_failure,
    diagnose,
)
from agenticops.measure.mutmut_meta import read_stats
from agenticops.measure.mutmut_names import function_of, mutant_glob
from agenticops.measure.mutmut_results import FileMutation, not_run, read_results
from agenticops.measure.mutmut_seed import Seed, write_seed
from agenticops.model import MutationRun

__all__ = ["FileMutation", "MutationOutcome", "function_of", "mutant_glob", "run_mutation"]

#: what mutmut's own processes set; inherited, they would switch mutants on in the child
_CHILD_ONLY = frozenset({"MUTANT_UNDER_TEST", "PY_IGNORE_IMPORTMISMATCH"})


@dataclass(frozen=True, slots=True, kw_only=True)
class MutationOutcome:
    """The mutation stage's numbers: per file (relative path with /) its mutants."""

    run: MutationRun
    files: dict[str, FileMutation] = field(default_factory=dict)
    test_durations: dict[str, float] = field(default_factory=dict)  # node id -> seconds
    isolation: str = ""  # mutmut's process isolation the verdicts came from


class _Plan(NamedTuple):
    workdir: Path
    config: Config
    python: str
    env: dict[str, str]
    files: tuple[str, ...]
    names: tuple[str, ...]
    probe: Probe
    seed: Seed | None = None  # the test mapping to give mutmut instead of its stats run


class _Attempt(NamedTuple):
    done: proc.Completed
    isolation: str
    copied: tuple[str, ...]  # config files copied beside the mutants


def child_env(env: Mapping[str, str]) -> dict[str, str]:
    """env without the variables mutmut uses to talk to its own children.

    COLUMNS is fixed so pytest's short summary, which the diagnoses quote, does not depend on
    the terminal agenticops happens to run in.
    """
    kept = {k: v for k, v in env.items() if k not in _CHILD_ONLY and not k.startswith("MUTMUT_")}
    return {**kept, "COLUMNS": "200"}


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
    function, measured already (mutmut_seed), so mutmut skips its own stats run."""
    started = time.monotonic()
    if not files:
        return MutationOutcome(run=MutationRun(ran=False, reason="no source files to mutate"))
    clean = child_env(env)
    found = probe(python, env=clean, cwd=workdir)
    plan = _Plan(workdir, config, python, clean, tuple(files), tuple(names), found, seed)
    notes: list[str] = []
    if config.mutation.isolation != "auto":
        attempt = _attempt(plan, config.mutation.isolation, timeout)
    else:
        attempt = _fork_then_forkserver(plan, notes, started=started, timeout=timeout)
    attempt = _without_warmup(plan, attempt, notes, started=started, timeout=timeout)
    return _outcome(plan, attempt, notes, started=started, timeout=timeout)


def _fork_then_forkserver(
    plan: _Plan, notes: list[str], *, started: float, timeout: float | None
) -> _Attempt:
    """isolation "auto": fork (fast); once more with forkserver if the clean run failed."""
    attempt = _attempt(plan, "fork", timeout)
    if attempt.done.timed_out or CLEAN_TEST_FAILED not in attempt.done.output:
        return attempt
    notes.append(
        f"fork isolation failed mutmut's clean run ({describe_failure(attempt.done.output)}): "
        "the suite keeps state between pytest runs in one process (e.g. single-use objects "
        "built at import time); retried once with forkserver isolation"
    )
    shutil.rmtree(plan.workdir / "mutants", ignore_errors=True)
    return _attempt(plan, "forkserver", _left(timeout, started))


def _without_warmup(
    plan: _Plan, attempt: _Attempt, notes: list[str], *, started: float, timeout: float | None
) -> _Attempt:
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
    return _attempt(
        plan._replace(names=names), "forkserver", _left(timeout, started), startup=suite
    )


def _left(timeout: float | None, started: float) -> float | None:
    """What is left of the whole run's time limit (None: no limit) for one more attempt."""
    return None if timeout is None else max(timeout - (time.monotonic() - started), 0.0)


def _attempt(
    plan: _Plan, isolation: str, timeout: float | None, *, startup: float | None = None
) -> _Attempt:
    """One `mutmut run`; `startup` (seconds): without the fork server's warm-up, each worker
    collecting for itself, this much more time per mutant."""
    table = mutmut_table(
        plan.workdir,
        plan.config,
        plan.files,
        isolation=isolation,
        pytest_cov=plan.probe.pytest_cov,
        warmup="collect" if startup is None else "none",
        startup=startup or 0.0,
    )
    write_table(plan.workdir, table)
    if plan.seed is not None:
        write_seed(plan.workdir, plan.seed)
    children = str(plan.config.mutation.max_children)
    argv = [plan.python, "-m", "mutmut", "run", "--max-children", children]
    argv += ["--", *plan.names] if plan.names else []
    done = proc.run(argv, cwd=plan.workdir, env=plan.env, timeout=timeout)
    # pyproject.toml is always there: it carries the table just written
    copied = tuple(f for f in CONFIG_FILES if f == "pyproject.toml" or f in table["also_copy"])
    return _Attempt(done, isolation, copied)


def _outcome(
    plan: _Plan, attempt: _Attempt, notes: list[str], *, started: float, timeout: float | None
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
        run=run, files=files, test_durations=results.test_durations, isolation=attempt.isolation
    )


def _reason(
    plan: _Plan, attempt: _Attempt, files: Mapping[str, FileMutation], timeout: float | None
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

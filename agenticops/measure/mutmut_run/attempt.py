"""One `mutmut run` in the measurement copy: what it is given (Plan), what it left (Attempt)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import NamedTuple

from agenticops import proc
from agenticops.config import Config
from agenticops.measure.mutmut_config import CONFIG_FILES, Probe, mutmut_table, write_table
from agenticops.measure.mutmut_seed import Seed, write_seed


class Plan(NamedTuple):
    workdir: Path
    config: Config
    python: str
    env: dict[str, str]
    files: tuple[str, ...]
    names: tuple[str, ...]
    probe: Probe
    seed: Seed | None = None  # the test mapping to give mutmut instead of its stats run


class Attempt(NamedTuple):
    done: proc.Completed
    isolation: str
    copied: tuple[str, ...]  # config files copied beside the mutants


def time_left(timeout: float | None, started: float) -> float | None:
    """What is left of the whole run's time limit (None: no limit) for one more attempt."""
    return None if timeout is None else max(timeout - (time.monotonic() - started), 0.0)


def run_attempt(
    plan: Plan, isolation: str, timeout: float | None, *, startup: float | None = None
) -> Attempt:
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
    return Attempt(done, isolation, copied)

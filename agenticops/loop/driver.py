"""Driving one loop run: choose the agent, prepare the run, iterate to a verdict, clean up."""

from __future__ import annotations

import shutil
from pathlib import Path

from agenticops.config import Config
from agenticops.errors import Interrupted
from agenticops.gate import state_dir
from agenticops.ledger import RUNS_DIR, Ledger, new_run_id
from agenticops.loop.agent import choose_agent
from agenticops.loop.events import record_start
from agenticops.loop.iteration import iterate
from agenticops.loop.state import LoopState, Notify
from agenticops.loop.verdict import LoopResult, apply_accepted, finish
from agenticops.loop_setup import Limits, merge_budget, prepare_run
from agenticops.measure.project import MeasureOptions
from agenticops.spec import load_spec


def run_loop(
    spec_dir: Path,
    config: Config,
    *,
    agent_spec: str | None,
    limits: Limits,
    options: MeasureOptions,
    apply: bool = False,
    notify: Notify = lambda _: None,
) -> LoopResult:
    """Run the loop to a verdict; the user's tree is untouched unless apply and ACCEPTED."""
    spec = load_spec(spec_dir)
    budget = merge_budget(spec, limits)
    agent = choose_agent(agent_spec, config, options)
    run_dir = state_dir(config.root) / RUNS_DIR / new_run_id()
    ledger = Ledger(run_dir)
    notify(f"run directory {run_dir}")
    run = prepare_run(spec, spec_dir, config, run_dir, budget, options)
    record_start(ledger, run, agent)
    state = LoopState()
    try:
        result = iterate(run, agent, ledger, state, options, notify)
        if apply and result.verdict == "accepted":
            result = apply_accepted(run, ledger, result)
    except KeyboardInterrupt as stop:  # what a stopped stage kept, when it says (mutation)
        finish(run, ledger, state, "rejected", "interrupted by the user")
        raise Interrupted.after(stop, f"the ledger is complete up to here: {ledger.path}") from None
    finally:
        for scratch in (run.start, run.baseline):  # final.patch and workspace/ say it all
            shutil.rmtree(scratch, ignore_errors=True)
    return result

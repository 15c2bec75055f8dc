"""The mutation stage: cached verdicts where they still hold, mutmut for the rest.

Order: read what every in-scope function is now (mutation_state), the configuration
fingerprint and the cache; decide per function (mutation_plan); run mutmut only when some
mutant needs testing or a file's mutant count is unknown, naming just those mutants (a glob
per new or changed function, exact names for the survivors a new test may kill); then join
cached and fresh verdicts (mutation_join) and write the cache back. When every verdict still
holds, mutmut does not run at all; when it runs, it gets coverage's tests of every function
(mutmut_seed) instead of running the suite once more for its own. Timeouts are said apart.

Scope: `only_functions` (a PR's changed functions) and `shard` (a stable share of the
functions) choose the functions whose mutants are tested and reported; mutation sites stay
per whole file. With `cache_dir=None` (`--no-cache`) the cache is neither read nor written.
When mutmut fails, nothing is cached and the run has no evidence (ran=False), as without a
cache. When it is stopped (the time limit, or Ctrl-C, which is raised again as a
KeyboardInterrupt saying so), the verdicts it finished are cached all the same: the next run
tests only the rest.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from agenticops.config import Config
from agenticops.measure.mutation_stage.finish import _finish
from agenticops.measure.mutation_stage.mutmut_call import NO_MATCH as NO_MATCH
from agenticops.measure.mutation_stage.mutmut_call import NO_MUTANTS as NO_MUTANTS
from agenticops.measure.mutation_stage.mutmut_call import _finished, _run
from agenticops.measure.mutation_stage.mutmut_call import (
    with_known_isolation as with_known_isolation,
)
from agenticops.measure.mutation_stage.planning import _plan
from agenticops.measure.mutation_stage.records import StageOptions as StageOptions
from agenticops.measure.mutation_stage.records import StageResult as StageResult
from agenticops.measure.mutation_stage.stopped import _keep_finished, _unfinished
from agenticops.measure.mutation_state import mutmut_seed
from agenticops.measure.mutmut_run import MutationInterrupted
from agenticops.model import Measurements, MutationRun


def run_stage(
    workdir: Path, config: Config, options: StageOptions, measurements: Measurements
) -> StageResult:
    """Mutation for measurements.files (those in only_functions, when given)."""
    started = time.monotonic()
    only = options.only_functions
    paths = [f.path for f in measurements.files if only is None or f.path in only]
    if not paths:
        run = MutationRun(ran=False, reason="no source files to mutate")
        return StageResult(measurements=replace(measurements, mutation=run))
    plan = _plan(workdir, config, options, measurements, paths)
    outcome = None
    if plan.names:
        seed = mutmut_seed(plan.state, measurements, plan.run_paths)
        try:
            outcome = _run(workdir, config, options, plan=plan, seed=seed)
        except MutationInterrupted as stop:
            kept = _keep_finished(options.cache_dir, workdir, plan=plan, outcome=stop.outcome)
            raise KeyboardInterrupt(*kept) from None
        if not _finished(outcome, plan.run_paths):
            return _unfinished(workdir, options, plan=plan, outcome=outcome)
    return _finish(workdir, config, options, plan=plan, outcome=outcome, started=started)

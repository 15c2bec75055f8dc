"""What mutmut must test: a decision per in-scope function, the files to mutate, and the
mutant names to ask for."""

from __future__ import annotations

from agenticops.measure import mutation_cache as store
from agenticops.measure.mutation_join import function_glob, mutant_id
from agenticops.measure.mutation_plan import decide, known_count
from agenticops.measure.mutation_stage.records import Decisions
from agenticops.measure.mutation_state import ProjectState
from agenticops.measure.mutmut_names import mutmut_key


def _decide(state: ProjectState, cache: store.Cache) -> Decisions:
    return {
        (p, q): decide(
            cache.functions.get(store.key(p, q)),
            state.functions[p][q].digest,
            state.tests[p][q],
        )
        for p, qualnames in state.scope.items()
        for q in qualnames
    }


def _needs_run(path: str, state: ProjectState, decisions: Decisions, cache: store.Cache) -> bool:
    """Some in-scope mutant of the file needs testing, or its mutant count is unknown."""
    if any(decisions[(path, q)].runs for q in state.scope[path]):
        return True
    return any(
        known_count(cache.functions.get(store.key(path, q)), fn.digest) is None
        for q, fn in state.functions[path].items()
    )


def _names(run_paths: list[str], state: ProjectState, decisions: Decisions) -> tuple[str, ...]:
    """What to ask mutmut for: a glob per new or changed function, exact names otherwise; a
    name matching nothing when only mutant counts are wanted (mutmut then stops after making
    the mutants, and says so)."""
    names: list[str] = []
    for path in run_paths:
        for q in sorted(state.scope[path]):
            rerun = decisions[(path, q)].rerun
            if rerun is None:
                names.append(function_glob(path, q, state.functions[path]))
            else:
                names.extend(mutant_id(path, q, n) for n in rerun)
    if not names:
        names.append(f"{mutmut_key(run_paths[0], 'x_')}_agenticops_count_only__mutmut_0")
    return tuple(names)

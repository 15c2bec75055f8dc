"""The environment of mutmut's processes: the caller's, without what mutmut tells its children."""

from __future__ import annotations

from collections.abc import Mapping

#: what mutmut's own processes set; inherited, they would switch mutants on in the child
_CHILD_ONLY = frozenset({"MUTANT_UNDER_TEST", "PY_IGNORE_IMPORTMISMATCH"})


def child_env(env: Mapping[str, str]) -> dict[str, str]:
    """env without the variables mutmut uses to talk to its own children.

    COLUMNS is fixed so pytest's short summary, which the diagnoses quote, does not depend on
    the terminal agenticops happens to run in.
    """
    kept = {k: v for k, v in env.items() if k not in _CHILD_ONLY and not k.startswith("MUTMUT_")}
    return {**kept, "COLUMNS": "200"}

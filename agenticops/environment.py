"""The environment the project's tools run in: ours, minus what would leak into their runs."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

#: variables that would change how coverage, pytest or mutmut behave inside the copy
_LEAKY_PREFIXES = ("COVERAGE_", "PYTEST_", "MUTANT_UNDER_TEST", "AGENTICOPS_", "COV_CORE_")


def clean_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """A copy of base (default: this process's environment) without leaky variables."""
    source = os.environ if base is None else base
    env = {k: v for k, v in source.items() if not k.startswith(_LEAKY_PREFIXES)}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def import_roots(workdir: Path, source: Sequence[str]) -> tuple[str, ...]:
    """Where the copy's source must be importable from, so it shadows an editable install.

    A package dir (has __init__.py) is imported from its parent, a plain dir (like src/)
    from itself, a module file from its directory.
    """
    roots: list[str] = []
    for rel in source:
        path = workdir / rel
        root = path if path.is_dir() and not (path / "__init__.py").is_file() else path.parent
        if str(root) not in roots:
            roots.append(str(root))
    return tuple(roots)


def with_pythonpath(env: Mapping[str, str], roots: Sequence[str]) -> dict[str, str]:
    """env with roots put first on PYTHONPATH."""
    parts = [*roots, *(p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p)]
    return {**env, "PYTHONPATH": os.pathsep.join(parts)}

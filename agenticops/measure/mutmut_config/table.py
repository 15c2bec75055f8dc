"""The `[tool.mutmut]` table for one run: source roots, files to mutate, what to copy beside
the mutants, pytest's arguments, time limits and process isolation."""

from __future__ import annotations

import glob
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from agenticops.config import Config
from agenticops.workspace.copy import is_excluded


def source_paths(config: Config, files: Sequence[str]) -> list[str]:
    """The source roots holding `files`: configured roots first, else each file's top entry."""
    roots: list[str] = []
    for file in files:
        path = PurePosixPath(file)
        root = next(
            (
                s
                for s in config.source
                if path == PurePosixPath(s) or PurePosixPath(s) in path.parents
            ),
            path.parts[0],
        )
        if root not in roots:
            roots.append(root)
    return roots


def also_copy(workdir: Path, config: Config, roots: Sequence[str]) -> list[str]:
    """Everything at the top of the copy that tests may read (config files, conftest.py, data,
    docs, helper packages), except the source roots and tool debris; then the user's extras."""
    skip = {PurePosixPath(r).as_posix() for r in roots}
    top = sorted(
        p.name for p in workdir.iterdir() if p.name not in skip and not is_excluded(p, at_root=True)
    )
    return top + [extra for extra in config.mutation.also_copy if extra not in top]


def pytest_args(config: Config, *, pytest_cov: bool) -> list[str]:
    """Arguments for every pytest run inside mutants/."""
    return [
        "-p",
        "no:cacheprovider",
        *(["--no-cov"] if pytest_cov else []),
        *config.pytest_args,
        *config.mutation.pytest_args,
    ]


def mutmut_table(
    workdir: Path,
    config: Config,
    files: Sequence[str],
    *,
    isolation: str,
    pytest_cov: bool,
    warmup: str = "collect",
    startup: float = 0.0,
) -> dict[str, Any]:
    """The whole `[tool.mutmut]` table for one run. `warmup`: what mutmut's fork server does
    before forking the workers (its default, "collect", collects the suite once; "none": each
    worker collects for itself); `startup`: seconds added to every mutant's time floor for
    what a worker does before its tests run."""
    roots = source_paths(config, files)
    return {
        "source_paths": roots,
        "only_mutate": sorted(glob.escape(f) for f in files),
        "also_copy": also_copy(workdir, config, roots),
        "pytest_add_cli_args_test_selection": list(config.tests),
        "pytest_add_cli_args": pytest_args(config, pytest_cov=pytest_cov),
        "timeout_multiplier": config.mutation.timeout_factor,
        "timeout_constant": config.mutation.timeout_floor + startup,
        "process_isolation": isolation,
        "forkserver_warmup": warmup,
        "use_git_change_detection": False,
        "debug": False,
    }

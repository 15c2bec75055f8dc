"""The locked part of a loop's workspace: the spec, its generated tests, and the boundary."""

from __future__ import annotations

import shutil
from pathlib import Path

from agenticops.config import Config
from agenticops.spec import Spec, write_contract_tests
from agenticops.workspace.guard import Boundary

GENERATED_DIR = "agenticops_contract"


def lock_contract(
    spec: Spec, spec_dir: Path, config: Config, workspace: Path, baseline: Path
) -> tuple[str, tuple[Path, ...]]:
    """Place the spec and write its tests into workspace, then copy that to baseline.

    Returns the spec's path inside the workspace and the test files written.
    """
    spec_rel = _place_spec(spec_dir, config.root, workspace, spec.name)
    (workspace / config.source[0]).mkdir(parents=True, exist_ok=True)
    tests_dir = config.tests[0]
    generated = write_contract_tests(spec, workspace / spec_rel, workspace, tests_dir=tests_dir)
    shutil.copytree(workspace, baseline, symlinks=True)
    return spec_rel, generated


def contract_boundary(spec: Spec, spec_rel: str, generated_dir: str) -> Boundary:
    """The agent writes only where the contract says; the spec and its tests are locked."""
    return Boundary(
        writable=tuple(spec.writable), locked=(spec_rel, generated_dir, "pyproject.toml")
    )


def _place_spec(spec_dir: Path, root: Path, workspace: Path, name: str) -> str:
    """The spec's path inside the workspace: where it is in the project, else specs/NAME."""
    resolved = spec_dir.resolve()
    if resolved.is_relative_to(root):
        return resolved.relative_to(root).as_posix()
    rel = f"specs/{name}"
    shutil.copytree(resolved, workspace / rel, dirs_exist_ok=True)
    return rel

"""The generated tests written into a workspace, with the feature files and the spec's steps."""

from __future__ import annotations

import shutil
from pathlib import Path

from agenticops import textfile
from agenticops.spec.generate.layout import FEATURES_DIR, contract_package
from agenticops.spec.generate.modules import render_contract_tests
from agenticops.spec.generate.steps import copy_steps
from agenticops.spec.records import Spec


def write_contract_tests(
    spec: Spec, spec_dir: Path, workspace: Path, *, tests_dir: str = "tests"
) -> tuple[Path, ...]:
    """(Re)write workspace/<tests_dir>/agenticops_contract/: the generated tests, the feature
    files, and the human steps (steps.py as conftest.py, steps/ with a conftest importing it).
    Returns every file written, sorted."""
    target = contract_package(workspace, tests_dir)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name, text in render_contract_tests(spec).items():
        textfile.write(target / name, text)
    for feature in spec.features:
        copy = target / FEATURES_DIR / feature.path
        copy.parent.mkdir(parents=True, exist_ok=True)
        textfile.write(copy, feature.text)
    if spec.steps is not None:
        copy_steps(spec, spec_dir / spec.steps.relative_to(spec.root), target)
    return tuple(sorted(p for p in target.rglob("*") if p.is_file()))

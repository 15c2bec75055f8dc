"""The environment of the suite's child process, and the standalone copy of our pytest plugin."""

from __future__ import annotations

import os
import py_compile
import shutil
from pathlib import Path

import pytest

from agenticops.measure.tests_cov import child


def test_the_child_env_adds_the_plugin_before_the_projects_pythonpath(tmp_path: Path) -> None:
    env = {
        "PATH": "/bin",
        "PYTHONPATH": "/project/lib",
        "COVERAGE_FILE": "/elsewhere/.coverage",
        "PYTEST_ADDOPTS": "--no-such-option",
        "MY_COVERAGE_": "kept",
    }
    assert child._child_env(env, tmp_path) == {
        "PATH": "/bin",
        "PYTHONPATH": f"{tmp_path / 'plugin'}{os.pathsep}/project/lib",
        "MY_COVERAGE_": "kept",
        "PYTHONDONTWRITEBYTECODE": "1",
        "AGENTICOPS_TESTS_JSON": str(tmp_path / "tests.jsonl"),
    }


def test_without_a_pythonpath_the_child_env_has_only_the_plugin_on_it(tmp_path: Path) -> None:
    env = child._child_env({"PATH": "/bin"}, tmp_path)
    assert env["PYTHONPATH"] == str(tmp_path / "plugin")


def test_the_plugin_copy_is_importable_source_without_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "installed"  # as pip leaves a package: compiled bytecode beside it
    shutil.copytree(child._PLUGIN_SOURCE, installed)
    sources = sorted(p.name for p in installed.glob("*.py"))
    for name in sources:
        py_compile.compile(str(installed / name), doraise=True)
    assert (installed / "__pycache__").is_dir()
    for name in sources:  # what mutmut 3.8.1 leaves beside each source file it mutates
        (installed / f"{name}.meta").write_text("{}", encoding="utf-8")
        (installed / f"{name}.spans").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(child, "_PLUGIN_SOURCE", installed)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = child._child_env({}, scratch)
    copy = Path(env["PYTHONPATH"]) / child.PLUGIN
    assert sorted(p.relative_to(copy).as_posix() for p in copy.rglob("*")) == sources

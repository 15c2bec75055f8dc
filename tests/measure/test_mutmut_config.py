"""The `[tool.mutmut]` table agenticops writes, and the probe of the target interpreter."""

from __future__ import annotations

import importlib.util
import os
import sys
import tomllib
from pathlib import Path

import pytest

from agenticops.config import Config, MutationSettings
from agenticops.errors import ConfigError, ToolError
from agenticops.measure.mutmut_config import (
    Probe,
    also_copy,
    check_version,
    mutmut_table,
    probe,
    pytest_args,
    source_paths,
    write_table,
)
from agenticops.model import Thresholds


def config(root: Path, source: tuple[str, ...] = ("pkg",), **mutation: object) -> Config:
    off = Thresholds(
        coverage=None, complexity=None, crap=None, mutation_score=None, mutation_sites=None
    )
    return Config(
        root=root,
        pyproject=None,
        source=source,
        tests=("tests", "more_tests"),
        profile="default",
        agent=None,
        thresholds=off,
        mutation=MutationSettings(**mutation),  # type: ignore[arg-type]
    )


def tree(root: Path, *paths: str) -> Path:
    for rel in paths:
        path = root / rel
        if rel.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("")
    return root


def test_probe_of_this_interpreter(tmp_path: Path) -> None:
    has_cov = importlib.util.find_spec("pytest_cov") is not None  # a dev dependency
    assert probe(sys.executable, env=dict(os.environ), cwd=tmp_path) == Probe(
        version="3.8.1", pytest_cov=has_cov
    )


def test_probe_refuses_another_mutmut_version(tmp_path: Path) -> None:
    # an installed mutmut 3.7.0 as importlib.metadata sees it, earlier on sys.path
    dist = tmp_path / "site" / "mutmut-3.7.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: mutmut\nVersion: 3.7.0\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    with pytest.raises(ToolError) as caught:
        probe(sys.executable, env=env, cwd=tmp_path)
    assert str(caught.value) == (
        f"mutmut 3.7.0 is installed for {sys.executable}; agenticops supports mutmut==3.8.1 "
        "only (pip install mutmut==3.8.1)"
    )


def test_probe_of_a_broken_interpreter(tmp_path: Path) -> None:
    script = tmp_path / "python"
    script.write_text("#!/bin/sh\necho 'Fatal Python error: init failed' >&2\nexit 1\n")
    script.chmod(0o755)
    with pytest.raises(ToolError) as caught:
        probe(str(script), env=dict(os.environ), cwd=tmp_path)
    assert str(caught.value) == (
        f"{script}: cannot ask it for mutmut's version: Fatal Python error: init failed"
    )
    script.write_text("#!/bin/sh\necho 'not json'\n")
    with pytest.raises(ToolError, match=r"cannot ask it for mutmut's version: not json$"):
        probe(str(script), env=dict(os.environ), cwd=tmp_path)
    script.write_text("#!/bin/sh\nexit 0\n")
    with pytest.raises(ToolError, match=r"cannot ask it for mutmut's version: no output$"):
        probe(str(script), env=dict(os.environ), cwd=tmp_path)


def test_check_version() -> None:
    with pytest.raises(ToolError) as caught:
        check_version(None, python="py", pytest_cov=False)
    assert str(caught.value) == (
        "mutmut is not installed for py; agenticops needs mutmut==3.8.1 there "
        "(pip install mutmut==3.8.1)"
    )
    assert check_version("3.8.1", python="py", pytest_cov=False) == Probe("3.8.1", False)


def test_source_paths(tmp_path: Path) -> None:
    cfg = config(tmp_path, ("src/pkg", "calc.py", "tools"))
    files = ["src/pkg/a.py", "calc.py", "src/pkg/sub/b.py", "other/c.py", "top.py", "other/d.py"]
    assert source_paths(cfg, files) == ["src/pkg", "calc.py", "other", "top.py"]


def test_also_copy_takes_everything_but_sources_and_debris(tmp_path: Path) -> None:
    root = tree(
        tmp_path,
        "pkg/m.py",
        "tests/test_m.py",
        "pytest.ini",
        ".pytest.ini",
        "tox.ini",
        "conftest.py",
        "data/x.json",
        "docs/index.rst",
        "README.md",
        "mutants/",
        ".git/",
        ".venv/",
        "__pycache__/",
        ".coverage",
        "build/",
        "x.egg-info/",
    )
    cfg = config(root, also_copy=("data/x.json", "docs/extra"))
    assert also_copy(root, cfg, ["pkg"]) == [
        ".pytest.ini",
        "README.md",
        "conftest.py",
        "data",
        "docs",
        "pytest.ini",
        "tests",
        "tox.ini",
        "data/x.json",
        "docs/extra",
    ]


def test_pytest_args() -> None:
    cfg = config(Path("."), pytest_args=("-k", "not deep"))
    assert pytest_args(cfg, pytest_cov=True) == [
        "-p",
        "no:cacheprovider",
        "--no-cov",
        "-k",
        "not deep",
    ]
    assert pytest_args(cfg, pytest_cov=False) == ["-p", "no:cacheprovider", "-k", "not deep"]


def test_mutmut_table(tmp_path: Path) -> None:
    root = tree(tmp_path, "src/pkg/a.py", "src/pkg/[b].py", "tests/t.py")
    cfg = config(root, ("src",), timeout_factor=2.5, timeout_floor=0.75)
    table = mutmut_table(
        root, cfg, ["src/pkg/a.py", "src/pkg/[b].py"], isolation="forkserver", pytest_cov=False
    )
    assert table == {
        "source_paths": ["src"],
        "only_mutate": ["src/pkg/[[]b].py", "src/pkg/a.py"],
        "also_copy": ["tests"],
        "pytest_add_cli_args_test_selection": ["tests", "more_tests"],
        "pytest_add_cli_args": ["-p", "no:cacheprovider"],
        "timeout_multiplier": 2.5,
        "timeout_constant": 0.75,
        "process_isolation": "forkserver",
        "forkserver_warmup": "collect",
        "use_git_change_detection": False,
        "debug": False,
    }


def test_write_table_replaces_only_tool_mutmut(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "p"\n\n[tool.mutmut]\nsource_paths = ["x"]\n\n'
        '[tool.pytest.ini_options]\naddopts = "-q"\n'
    )
    write_table(tmp_path, {"source_paths": ["pkg"], "debug": False})
    assert tomllib.loads((tmp_path / "pyproject.toml").read_text()) == {
        "project": {"name": "p"},
        "tool": {
            "mutmut": {"source_paths": ["pkg"], "debug": False},
            "pytest": {"ini_options": {"addopts": "-q"}},
        },
    }


def test_write_table_creates_the_file_or_replaces_a_bad_tool(tmp_path: Path) -> None:
    write_table(tmp_path, {"debug": False})
    assert tomllib.loads((tmp_path / "pyproject.toml").read_text()) == {
        "tool": {"mutmut": {"debug": False}}
    }
    (tmp_path / "pyproject.toml").write_text('tool = "odd"\n')
    write_table(tmp_path, {"debug": False})
    assert tomllib.loads((tmp_path / "pyproject.toml").read_text()) == {
        "tool": {"mutmut": {"debug": False}}
    }
    (tmp_path / "pyproject.toml").write_text("[tool\n")
    with pytest.raises(ConfigError, match=r"^pyproject\.toml: invalid TOML"):
        write_table(tmp_path, {"debug": False})


def test_probe_answers_as_the_interpreter_does_in_the_project(tmp_path: Path) -> None:
    # `python -c` imports from its working directory first: the project's, where mutmut runs
    dist = tmp_path / "mutmut-3.7.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: mutmut\nVersion: 3.7.0\n")
    with pytest.raises(ToolError, match=r"^mutmut 3\.7\.0 is installed for "):
        probe(sys.executable, env=dict(os.environ), cwd=tmp_path)


def test_a_broken_interpreter_is_named_by_its_last_line_of_output(tmp_path: Path) -> None:
    script = tmp_path / "python"
    script.write_text("#!/bin/sh\necho 'Traceback (most recent call last):'\necho 'Boom' >&2\n")
    script.chmod(0o755)
    with pytest.raises(ToolError) as caught:
        probe(str(script), env=dict(os.environ), cwd=tmp_path)
    assert str(caught.value) == f"{script}: cannot ask it for mutmut's version: Boom"


def test_the_table_turns_pytest_cov_off_when_the_interpreter_has_it(tmp_path: Path) -> None:
    table = mutmut_table(
        tmp_path, config(tmp_path), ["pkg/m.py"], isolation="fork", pytest_cov=True
    )
    assert table["pytest_add_cli_args"] == ["-p", "no:cacheprovider", "--no-cov"]

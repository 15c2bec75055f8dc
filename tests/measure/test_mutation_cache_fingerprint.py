"""The configuration fingerprint: every setting that can change a verdict, by name."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

import pytest

from agenticops import __version__, proc
from agenticops.config import Config, MutationSettings
from agenticops.errors import ToolError
from agenticops.measure.mutation_fingerprint import (
    CACHE_SCHEMA,
    changed,
    fingerprint,
    pytest_settings,
    summary,
    tool_versions,
)
from agenticops.model import Thresholds

VERSIONS = {"coverage": "7", "mutmut": "3.8.1", "pytest": "9", "python": "3.11"}


def config(root: Path, **mutation: object) -> Config:
    return Config(
        root=root,
        pyproject=None,
        source=("src",),
        tests=("tests",),
        profile="default",
        agent=None,
        thresholds=Thresholds(
            coverage=None, complexity=None, crap=None, mutation_score=80, mutation_sites=None
        ),
        mutation=dataclasses.replace(MutationSettings(max_children=2), **mutation),  # type: ignore[arg-type]
    )


def test_tool_versions_of_a_real_interpreter(tmp_path: Path) -> None:
    found = tool_versions(sys.executable, env={}, cwd=tmp_path)
    assert list(found) == ["coverage", "mutmut", "pytest", "python"]
    assert found["mutmut"] == "3.8.1"
    assert found["python"] == sys.version


@pytest.mark.parametrize("python", ["/bin/false", "/bin/echo"])
def test_tool_versions_of_something_else(tmp_path: Path, python: str) -> None:
    with pytest.raises(ToolError, match=rf"^{python}: cannot ask it for its tool versions: "):
        tool_versions(python, env={}, cwd=tmp_path)


def test_fingerprint_parts(tmp_path: Path) -> None:
    parts = fingerprint(tmp_path, config(tmp_path), versions=VERSIONS, support="s")
    assert parts == {
        "schema": CACHE_SCHEMA,
        "agenticops": __version__,
        "version:coverage": "7",
        "version:mutmut": "3.8.1",
        "version:pytest": "9",
        "version:python": "3.11",
        "isolation": "auto",
        "pytest_args": "[]",
        "also_copy": "[]",
        "timeouts": "3.0 1.0",
        "tests": '["tests"]',
        "pytest_config": pytest_settings(tmp_path),
        "test_support": "s",
    }
    other = fingerprint(
        tmp_path,
        config(tmp_path, timeout_factor=2.0, max_children=7),  # workers do not change verdicts
        versions=VERSIONS,
        support="s",
    )
    assert changed(parts, other) == ["timeouts"]
    assert summary(parts) != summary(other)
    assert summary(parts) == summary(dict(reversed(parts.items())))


def test_pytest_settings_follow_pytest_config_only(tmp_path: Path) -> None:
    empty = pytest_settings(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert pytest_settings(tmp_path) == (base := pytest_settings(tmp_path))
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "y"\n[tool.black]\nx = 1\n')
    assert pytest_settings(tmp_path) == base  # nothing pytest reads changed
    (tmp_path / "pyproject.toml").write_text('[tool.pytest.ini_options]\naddopts = "-q"\n')
    with_ini = pytest_settings(tmp_path)
    assert with_ini not in (base, empty)
    (tmp_path / "pyproject.toml").write_text('[tool.pytest]\naddopts = ["-q"]\n')
    assert pytest_settings(tmp_path) != with_ini
    (tmp_path / "pyproject.toml").write_text("tool = 1\n")
    assert pytest_settings(tmp_path) == base
    (tmp_path / "pyproject.toml").write_text("[broken\n")
    broken = pytest_settings(tmp_path)
    assert broken != base
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    assert pytest_settings(tmp_path) != broken


def fake_mutmut(where: Path) -> Path:
    """A distribution named mutmut, version 9.9.9, that importlib.metadata finds in where."""
    meta = where / "mutmut-9.9.9.dist-info"
    meta.mkdir(parents=True)
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: mutmut\nVersion: 9.9.9\n")
    return where


def test_tool_versions_are_asked_in_the_workdir(tmp_path: Path) -> None:
    # `python -c` imports from its working directory first, as the mutation run will
    found = tool_versions(sys.executable, env={}, cwd=fake_mutmut(tmp_path / "work"))
    assert found["mutmut"] == "9.9.9"


def test_tool_versions_are_asked_with_the_env_given(tmp_path: Path) -> None:
    (work := tmp_path / "work").mkdir()
    env = {"PYTHONPATH": str(fake_mutmut(tmp_path / "site"))}
    assert tool_versions(sys.executable, env=env, cwd=work)["mutmut"] == "9.9.9"
    assert tool_versions(sys.executable, env={}, cwd=work)["mutmut"] == "3.8.1"


def test_the_version_probe_is_bounded_in_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[float | None] = []
    real = proc.run

    def run(argv: list[str], **kwargs: Any) -> proc.Completed:
        seen.append(kwargs.get("timeout"))
        return real(argv, **kwargs)

    monkeypatch.setattr(proc, "run", run)
    tool_versions(sys.executable, env={}, cwd=tmp_path)
    assert seen == [60]


@pytest.mark.parametrize(
    ("script", "said"),
    [
        ("echo first\necho second >&2\necho last words >&2\nexit 1\n", "last words"),
        ('echo \'{"python": "3"}\'\necho still broken >&2\nexit 2\n', "still broken"),
        ("exit 1\n", "no output"),
    ],
)
def test_a_failed_probe_says_its_last_line(tmp_path: Path, script: str, said: str) -> None:
    python = tmp_path / "python"
    python.write_text("#!/bin/sh\n" + script)
    python.chmod(0o755)
    with pytest.raises(ToolError) as caught:
        tool_versions(str(python), env={}, cwd=tmp_path)
    assert str(caught.value) == f"{python}: cannot ask it for its tool versions: {said}"

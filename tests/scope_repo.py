"""Real git repositories in tmp dirs for the PR-scope tests (`gate --diff`)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

#: no user or system git config leaks in (hooks, signing, diff drivers, default branch)
GIT_ENV = {
    **{k: v for k, v in os.environ.items() if not k.startswith("GIT_")},
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.com",
}

PYPROJECT = """\
[project]
name = "calc"
version = "0.1.0"

[tool.agenticops]
source = ["src"]
tests = ["tests"]

[tool.pytest.ini_options]
pythonpath = ["src"]
# none of the heavy plugins installed beside pytest here is needed: importing hypothesis
# under coverage alone costs seconds per run
addopts = "-p no:hypothesispytest -p no:pytest-bdd -p no:anyio"
"""

#: line numbers matter: the tests pin them
OPS = '''\
"""Tiny integer helpers."""

LIMIT = 10


def clamp(x: int) -> int:
    if x > LIMIT:
        return LIMIT
    return x


def sign(x: int) -> int:
    if x < 0:
        return -1
    if x > 0:
        return 1
    return 0
'''

TESTS = """\
from calc.ops import clamp, sign


def test_clamp() -> None:
    assert clamp(11) == 10
    assert clamp(3) == 3
    assert clamp(10) == 10


def test_sign() -> None:
    assert sign(-5) == -1
    assert sign(4) == 1
    assert sign(0) == 0
"""

PROJECT = {
    "pyproject.toml": PYPROJECT,
    "src/calc/__init__.py": "",
    "src/calc/ops.py": OPS,
    "tests/test_ops.py": TESTS,
    ".gitignore": ".agenticops/\n",
}


def git(root: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=root, env=GIT_ENV, capture_output=True, text=True, check=True
    )
    return done.stdout


def write(root: Path, files: Mapping[str, str | bytes]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def init(root: Path, files: Mapping[str, str | bytes]) -> Path:
    """A repository at root with files as its first commit."""
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main")
    write(root, files)
    commit(root, "first")
    return root


def commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "--no-verify", "-m", message)

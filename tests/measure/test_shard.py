"""Shard assignment (stable, by function) and what a shard report carries."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from agenticops.measure.shard import (
    content_digest,
    git_commit,
    in_shard,
    shard_extra,
    shard_of,
    spec,
)

FUNCTIONS = [("pkg/calc.py", q) for q in ("add", "sign", "Box.size", "Box.big")]


def test_shard_of_is_pinned() -> None:
    # sha256("path::qualname")[:8] mod N + 1: the same on every machine, in every run
    assert [shard_of(p, q, 3) for p, q in FUNCTIONS] == [1, 3, 1, 2]
    assert [shard_of(p, q, 2) for p, q in FUNCTIONS] == [2, 1, 1, 1]
    assert shard_of("src/a.py", "f", 1) == 1


def test_every_function_lands_in_exactly_one_shard() -> None:
    names = [(f"src/m{i}.py", f"f{j}") for i in range(20) for j in range(20)]
    for count in (1, 2, 3, 7):
        owners = [[k for k in range(1, count + 1) if in_shard(p, q, (k, count))] for p, q in names]
        assert all(len(o) == 1 for o in owners)
        spread = {o[0] for o in owners}
        assert spread == set(range(1, count + 1))  # 400 functions reach every shard


def test_no_shard_means_everything() -> None:
    assert in_shard("a.py", "f", None)
    assert not in_shard("pkg/calc.py", "add", (2, 3))
    assert in_shard("pkg/calc.py", "add", (1, 3))


def test_spec_and_extra() -> None:
    assert spec((2, 5)) == "2/5"
    assert shard_extra((1, 3), commit=None, content="sha256:x", config="abc") == {
        "shard": "1/3",
        "commit": None,
        "content": "sha256:x",
        "config": "abc",
    }


def test_content_digest_is_pinned_and_skips_tool_debris(tmp_path: Path) -> None:
    (tmp_path / "src/pkg/__pycache__").mkdir(parents=True)
    (tmp_path / "src/pkg/a.py").write_text("x = 1\n")
    (tmp_path / "src/pkg/__pycache__/a.pyc").write_bytes(b"junk")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests/test_a.py").write_text("def test(): pass\n")
    first = content_digest(tmp_path, ["src", "tests/test_a.py", "missing"])
    assert first == content_digest(tmp_path, ["src", "tests/test_a.py"])
    assert first.startswith("sha256:")
    assert len(first) == 71
    (tmp_path / "src/pkg/__pycache__/a.pyc").write_bytes(b"other junk")
    assert content_digest(tmp_path, ["src", "tests/test_a.py"]) == first
    (tmp_path / "src/pkg/a.py").write_text("x = 2\n")
    assert content_digest(tmp_path, ["src", "tests/test_a.py"]) != first


GIT_ENV = {
    **{k: v for k, v in os.environ.items() if not k.startswith("GIT_")},
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_AUTHOR_NAME": "T",
    "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "T",
    "GIT_COMMITTER_EMAIL": "t@example.com",
}


def test_git_commit_of_a_repository_and_of_a_plain_directory(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    assert git_commit(plain) is None
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "a.py").write_text("x = 1\n")
    for argv in (["init", "-q"], ["add", "a.py"], ["commit", "-q", "-m", "one"]):
        subprocess.run(["git", *argv], cwd=repo, env=GIT_ENV, check=True)
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, env=GIT_ENV, check=True, capture_output=True
    )
    assert git_commit(repo) == head.stdout.decode().strip()


def test_git_commit_without_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no git to be found
    assert git_commit(tmp_path) is None

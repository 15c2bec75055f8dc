"""git_commit: only a commit hash git answers is taken, and a hung git is not waited on forever.

A real hang would take a minute: proc.run is wrapped to record the limit it is given."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from agenticops import proc
from agenticops.measure.shard import GIT_TIMEOUT, git_commit


def test_git_runs_with_a_time_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real = proc.run
    limits: list[float | None] = []

    def run(
        argv: Sequence[str],
        *,
        cwd: Path,
        env: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> proc.Completed:
        limits.append(timeout)
        return real(argv, cwd=cwd, env=env, timeout=timeout)

    monkeypatch.setattr(proc, "run", run)
    assert git_commit(tmp_path) is None  # not a repository
    assert limits == [GIT_TIMEOUT]


def test_an_answer_that_is_not_a_commit_hash_is_no_commit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # a git (or a wrapper in its place) that succeeds without printing a commit hash
    fake = tmp_path / "bin" / "git"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'HEAD'\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    assert git_commit(tmp_path) is None


@pytest.mark.parametrize("head", ["a" * 40, "0123456789abcdef" * 4])
def test_a_sha1_or_sha256_commit_is_taken(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, head: str
) -> None:
    fake = tmp_path / "bin" / "git"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\necho '{head}'\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    assert git_commit(tmp_path) == head

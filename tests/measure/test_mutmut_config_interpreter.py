"""probe: a target interpreter that hangs is stopped after a minute, not waited on forever.

A real hang would take that minute: proc.run is wrapped to record the limit it is given."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from agenticops import proc
from agenticops.measure.mutmut_config import probe


def test_the_probe_runs_with_a_one_minute_limit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
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
    assert probe(sys.executable, env=dict(os.environ), cwd=tmp_path).version == "3.8.1"
    assert limits == [60]

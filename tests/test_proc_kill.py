"""Stopping a child's process group: a group already gone is no error."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenticops.proc import _kill_group

PID_MAX = Path("/proc/sys/kernel/pid_max")


@pytest.mark.skipif(not PID_MAX.is_file(), reason="needs Linux's pid_max")
def test_a_process_group_already_gone_is_left_alone() -> None:
    gone = int(PID_MAX.read_text()) + 1  # no process, hence no group, can have this id
    _kill_group(gone)

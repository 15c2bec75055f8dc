"""The one door to subprocesses: run(argv, cwd=, env=, timeout=) -> Completed."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from agenticops.errors import ToolError


@dataclass(frozen=True, slots=True, kw_only=True)
class Completed:
    """What a finished (or timed-out) child process left behind."""

    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool
    duration: float

    @property
    def output(self) -> str:
        """stdout and stderr together, for diagnostics."""
        return self.stdout + self.stderr


def run(
    argv: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
    stdin: str | None = None,
) -> Completed:
    """Run argv to completion; on timeout kill the whole process group and say so.

    The child gets its own process group so a hung test suite (and every worker it forked)
    is stopped together, and a Ctrl-C in the terminal reaches us first.
    """

    started = time.monotonic()
    try:
        proc = subprocess.Popen(
            list(argv),
            cwd=cwd,
            env=dict(env) if env is not None else None,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            start_new_session=True,
        )
    except FileNotFoundError as exc:
        raise ToolError(f"cannot run {argv[0]!r}: not found") from exc
    timed_out = False
    try:
        out, err = proc.communicate(input=stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill_group(proc.pid)
        out, err = proc.communicate()
    except BaseException:
        _kill_group(proc.pid)
        proc.communicate()
        raise
    return Completed(
        argv=tuple(argv),
        returncode=proc.returncode,
        stdout=out,
        stderr=err,
        timed_out=timed_out,
        duration=time.monotonic() - started,
    )


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # already gone
        os.killpg(pid, signal.SIGKILL)

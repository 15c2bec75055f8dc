"""The one-line error of a failed agent command: timed out, exited non-zero, or reported one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agenticops import proc
from agenticops.agents.base import clip

ERROR_TAIL = 2_000  # characters of stderr kept in the error of a failed command


def failure(done: proc.Completed, report: Mapping[str, Any], limit: float) -> str:
    """Why the command failed, or '' when it did not."""
    if done.timed_out:
        return f"agent command timed out after {limit:g} s (and was killed)"
    if done.returncode != 0:
        tail = clip((done.stderr or done.stdout).strip(), ERROR_TAIL)
        return f"agent command exited with code {done.returncode}: {tail}"
    if report.get("is_error") is True:
        return f"agent reported an error ({report.get('subtype', 'error')}): {report.get('result')}"
    return ""

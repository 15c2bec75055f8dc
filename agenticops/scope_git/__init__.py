"""What changed since a git ref: the new-side lines of every changed file, read from `git diff`.

The working tree is compared with the ref (with where HEAD's branch left it: their merge base),
so committed, staged and unstaged changes all count, and untracked files that git does not
ignore count as changed from their first line to their last.
Deleted files are left out: there is nothing left of them to measure. Paths are relative to the
project root (which may sit below the git top level), with `/`.
"""

from __future__ import annotations

from agenticops.scope_git.change import ChangedLines
from agenticops.scope_git.diff_paths import new_path
from agenticops.scope_git.git import GIT_TIMEOUT
from agenticops.scope_git.git import _git as _git
from agenticops.scope_git.unified_diff import parse_diff, whole_files
from agenticops.scope_git.working_tree import changed_lines

__all__ = [
    "GIT_TIMEOUT",
    "ChangedLines",
    "changed_lines",
    "new_path",
    "parse_diff",
    "whole_files",
]

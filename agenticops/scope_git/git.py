"""The git commands scope needs, run through proc: a ref resolved, its merge base with HEAD."""

from __future__ import annotations

from pathlib import Path

from agenticops import proc
from agenticops.errors import ConfigError, ToolError

GIT_TIMEOUT = 120.0


def _resolve(root: Path, base: str) -> str:
    unknown = ConfigError(
        f"--diff {base!r}: no such commit in the git repository at {root} "
        "(a remote branch must be fetched first; a shallow clone may lack it)"
    )
    if not base or base.startswith("-"):  # never let a ref pass for an option of git's
        raise unknown
    found = _git(root, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}", check=False)
    if found.returncode != 0:
        raise unknown
    return found.stdout.strip()


def _since(root: Path, commit: str) -> str:
    """Where HEAD's branch left the base (their merge base), so that commits the base gained
    since do not count as this change; the base itself when they share no history."""
    fork = _git(root, "merge-base", commit, "HEAD", check=False)
    return fork.stdout.strip() if fork.returncode == 0 else commit


def _git(root: Path, *args: str, check: bool = True) -> proc.Completed:
    """git, its output plain ASCII: every name that is not is C-quoted (diff_paths.unquote),
    whatever the user's config says, so no byte is lost to decoding."""
    argv = ["git", "-c", "core.quotePath=true", *args]
    done = proc.run(argv, cwd=root, timeout=GIT_TIMEOUT)
    if check and (done.returncode != 0 or done.timed_out):
        lines = done.output.strip().splitlines() or ["no output"]
        raise ToolError(f"git {args[0]} in {root} failed: {lines[-1]}")
    return done

"""The accepted change as a patch; applying it to the user's tree only if that tree held still."""

from __future__ import annotations

import difflib
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

from agenticops import textfile
from agenticops.errors import ConfigError
from agenticops.workspace.guard import changed, snapshot


def make_patch(baseline: Path, workspace: Path, paths: Sequence[str]) -> str:
    """A git-style unified diff of paths from baseline to workspace (binary files named only)."""
    chunks: list[str] = []
    for rel in paths:
        old, new = baseline / rel, workspace / rel
        old_text, new_text = _read(old), _read(new)
        if old_text is None or new_text is None:
            chunks.append(f"diff --git a/{rel} b/{rel}\nBinary files differ\n")
            continue
        a = f"a/{rel}" if old.exists() else "/dev/null"
        b = f"b/{rel}" if new.exists() else "/dev/null"
        diff = difflib.unified_diff(
            old_text.splitlines(keepends=True), new_text.splitlines(keepends=True), a, b
        )
        body = "".join(
            line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            for line in diff
        )
        if body:
            chunks.append(f"diff --git a/{rel} b/{rel}\n{body}")
    return "".join(chunks)


def _read(path: Path) -> str | None:
    if not path.exists():
        return ""
    try:
        return textfile.read(path)
    except UnicodeDecodeError:
        return None


def apply_change(
    workspace: Path, target: Path, paths: Sequence[str], target_before: Mapping[str, str]
) -> None:
    """Copy the changed paths from workspace into target; refuse if target changed meanwhile."""
    moved = changed(target_before, user_snapshot(target))
    if moved:
        raise ConfigError(
            f"{target}: the project changed since the run began ({', '.join(moved[:3])}); "
            "not applied — the accepted change is in final.patch"
        )
    for rel in paths:
        src, dst = workspace / rel, target / rel
        if src.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
        elif dst.exists():
            dst.unlink()


_USER_SKIP = frozenset({".git", ".agenticops", "mutants", "node_modules", ".tox", ".nox"})


def user_snapshot(root: Path) -> dict[str, str]:
    """The user's tree as the loop sees it: without VCS data, our state and environments."""
    return snapshot(root, skip=_USER_SKIP)

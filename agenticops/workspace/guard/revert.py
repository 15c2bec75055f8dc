"""Reverting one path of the workspace to what the baseline copy holds."""

from __future__ import annotations

import shutil
from pathlib import Path


def restore(workspace: Path, baseline: Path, rel: str) -> None:
    """Put rel back as it is in baseline, or remove it if baseline has none."""
    target, original = workspace / rel, baseline / rel
    if target.is_symlink() or target.is_file():
        target.unlink()
    elif target.is_dir():
        shutil.rmtree(target)
    if original.exists() or original.is_symlink():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(original, target, follow_symlinks=False)

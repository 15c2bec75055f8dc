"""Paths from the model, confined to the workspace: refused when absolute, escaping or protected."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

#: directories the agent may never write into
PROTECTED = frozenset({".git", ".agenticops"})


class Refused(Exception):
    """A path the tools will not touch; the message goes back to the model."""


def confine(workspace: Path, path: str, *, writing: bool = False) -> Path:
    """The real location of `path` inside the workspace, or Refused saying why not."""
    pure = PurePosixPath(path)
    if not path.strip() or "\x00" in path:
        raise Refused(f"{path!r}: not a usable path")
    if pure.is_absolute():
        raise Refused(f"{path}: absolute paths are refused; give a path relative to the workspace")
    if ".." in pure.parts:
        raise Refused(f"{path}: '..' is refused; paths must stay inside the workspace")
    root = workspace.resolve()
    target = (root / pure).resolve()
    if not target.is_relative_to(root):
        raise Refused(f"{path}: resolves outside the workspace (through a symlink); refused")
    inside = target.relative_to(root).parts
    if writing and inside and inside[0] in PROTECTED:
        raise Refused(f"{path}: {inside[0]}/ is managed by agenticops and git; writing refused")
    return target


def relative(workspace: Path, target: Path) -> str:
    """target as a workspace-relative path with /."""
    return target.relative_to(workspace.resolve()).as_posix()

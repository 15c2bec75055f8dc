"""Past one machine: which mutants shard K of N tests, and what its report must carry.

Shards split by function: a function's mutants all go to shard
`int(sha256("path::qualname")[:8]) mod N + 1`, so the same mutant always lands in the same
shard, whatever else changed and on whatever machine. A shard report's `extra` holds
`shard` ("K/N"), `commit` (git HEAD of the project, or null outside git), `content` (a digest
of the source and test files measured) and `config` (the mutation configuration
fingerprint): `report --merge` refuses shards that disagree on any of them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

from agenticops import proc
from agenticops.errors import ToolError

GIT_TIMEOUT = 60.0
_COMMIT = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")  # SHA-1 or SHA-256 repositories
_SKIPPED = frozenset({"__pycache__", "mutants", ".agenticops"})


def shard_of(path: str, qualname: str, count: int) -> int:
    """The shard (1..count) the mutants of one function belong to."""
    value = hashlib.sha256(f"{path}::{qualname}".encode()).digest()
    return int.from_bytes(value[:8], "big") % count + 1


def in_shard(path: str, qualname: str, shard: tuple[int, int] | None) -> bool:
    """Whether the function's mutants are this run's to test (no shard: all are)."""
    return shard is None or shard_of(path, qualname, shard[1]) == shard[0]


def spec(shard: tuple[int, int]) -> str:
    return f"{shard[0]}/{shard[1]}"


def git_commit(root: Path) -> str | None:
    """HEAD of the git repository holding root (SHA-1 or SHA-256), or None (no git, not a
    repository)."""
    try:
        done = proc.run(["git", "rev-parse", "HEAD"], cwd=root, timeout=GIT_TIMEOUT)
    except ToolError:  # git itself is missing
        return None
    text = done.stdout.strip()
    return text if done.returncode == 0 and _COMMIT.fullmatch(text) else None


def content_digest(workdir: Path, paths: Sequence[str]) -> str:
    """sha256 over every file under paths (relative names and bytes), in name order."""
    files: set[Path] = set()
    for rel in paths:
        top = workdir / rel
        if top.is_file():
            files.add(top)
        elif top.is_dir():
            files.update(p for p in top.rglob("*") if p.is_file() and not _skipped(p, top))
    h = hashlib.sha256()
    for path in sorted(files):
        h.update(path.relative_to(workdir).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return "sha256:" + h.hexdigest()


def _skipped(path: Path, top: Path) -> bool:
    return any(part in _SKIPPED for part in path.relative_to(top).parts)


def shard_extra(
    shard: tuple[int, int], *, commit: str | None, content: str, config: str
) -> dict[str, object]:
    """What a shard's report carries in Report.extra."""
    return {"shard": spec(shard), "commit": commit, "content": content, "config": config}

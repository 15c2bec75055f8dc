"""Cheat markers: new skip, xfail and pragma markers in the Python files the agent wrote."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from agenticops import textfile
from agenticops.workspace.guard.boundary import Violation

#: markers that hide code from the gates: adding one in the agent's files is a violation
CHEATS: Mapping[str, re.Pattern[str]] = {
    "pragma: no cover": re.compile(r"pragma:\s*no\s*cover", re.IGNORECASE),
    "pragma: no mutate": re.compile(r"pragma:\s*no\s*mutate", re.IGNORECASE),
    "pytest.skip": re.compile(r"\bpytest\.skip\b|\bmark\.skip\b|\bunittest\.skip"),
    "skipif": re.compile(r"\bskipif\b|\bskipUnless\b"),
    "xfail": re.compile(r"\bxfail\b|\bexpectedFailure\b"),
}


def cheats(workspace: Path, baseline: Path, paths: Sequence[str]) -> list[Violation]:
    """New skip/xfail/pragma markers in files the agent wrote."""
    found = []
    for rel in paths:
        now = _text(workspace / rel)
        then = _text(baseline / rel)
        for name, pattern in CHEATS.items():
            added = len(pattern.findall(now)) - len(pattern.findall(then))
            if added > 0:
                found.append(Violation(path=rel, kind="cheat", detail=f"added {name} ({added}x)"))
    return found


def _text(path: Path) -> str:
    if path.suffix != ".py" or path.is_symlink() or not path.is_file():
        return ""
    return textfile.read(path, errors="replace")

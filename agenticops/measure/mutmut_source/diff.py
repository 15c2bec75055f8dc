"""Where a mutant differs from the original: the first changed line and a `- old/+ new` diff
of two generated copies of one function."""

from __future__ import annotations

import difflib
from collections.abc import Sequence


def locate(
    original: Sequence[str],
    mutant: Sequence[str],
    *,
    copies: tuple[str, str],
    name: str,
    def_line: int,
) -> tuple[int, str]:
    """(line in the original file where the mutant first differs, `- old\\n+ new` diff).

    `original`/`mutant` are two generated copies from their `def` line, named `copies`; both
    get the function's real `name` back, so their `def` lines differ only when mutated.
    """
    if not original or not mutant:  # a copy mutmut did not write: nothing to compare
        return def_line, ""
    old = _renamed(original, copies[0], name)
    new = _renamed(mutant, copies[1], name)
    changes = [
        op
        for op in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    if not changes:
        return def_line, ""
    hunks = [_hunk(old[i1:i2], new[j1:j2]) for _, i1, i2, j1, j2 in changes]
    return def_line + changes[0][1], "\n".join(hunks)


def _renamed(lines: Sequence[str], copy: str, name: str) -> list[str]:
    return [lines[0].replace(copy, name, 1), *lines[1:]]


def _hunk(old: Sequence[str], new: Sequence[str]) -> str:
    text = [line for line in (*old, *new) if line.strip()]
    indent = min((len(line) - len(line.lstrip()) for line in text), default=0)
    return "\n".join(
        [f"- {line[indent:].rstrip()}" for line in old]
        + [f"+ {line[indent:].rstrip()}" for line in new]
    )

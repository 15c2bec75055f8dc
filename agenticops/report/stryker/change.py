"""Where a mutant changes its source line, rebuilt from its diff (mutmut names no columns)."""

from __future__ import annotations

from agenticops.report.stryker.span import Change, one_line


def _changed_lines(diff: str) -> tuple[list[str], list[str]]:
    """The removed and the added lines of a unified diff, without their +/- marks."""
    lines = [ln for ln in diff.splitlines() if not ln.startswith(("---", "+++"))]
    return [ln[1:] for ln in lines if ln.startswith("-")], [ln[1:] for ln in lines if ln[:1] == "+"]


def change(diff: str, source_line: str) -> Change:
    """The changed span of a mutant's first changed line, located in `source_line`."""
    removed, added = _changed_lines(diff)
    if not removed:  # nothing to locate by: the whole line, from its first character
        indent = len(source_line) - len(source_line.lstrip())
        return Change(indent + 1, len(source_line) + 1, 0, "\n".join(added))
    old = removed[0]
    # mutmut diffs a function on its own: a method's lines lose the class indentation
    offset = len(source_line) - len(old) if source_line.endswith(old) else 0
    if len(removed) == 1 and len(added) == 1:
        return one_line(old, added[0], offset)
    indent = len(old) - len(old.lstrip())
    last = removed[-1]
    replacement = "\n".join(added).strip()
    return Change(offset + indent + 1, offset + len(last) + 1, len(removed) - 1, replacement)

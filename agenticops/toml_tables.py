"""Where a TOML document's tables are, found line by line: header keys and table line spans."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

_HEADER = re.compile(r"[ \t]*\[\[?(?P<key>[^\[\]#]+)\]\]?[ \t]*(?:#.*)?\r?")
_COMMENT = re.compile(r"[ \t]*#.*")


def header_key(line: str) -> tuple[str, ...] | None:
    """The key path of a `[a.b]` / `[[a.b]]` header line, unquoted; None for any other line."""
    match = _HEADER.fullmatch(line)
    if match is None:
        return None
    return tuple(part.strip().strip("\"'") for part in match.group("key").split("."))


def table_spans(text: str, key: Sequence[str]) -> list[tuple[int, int]]:
    """Line ranges [start, end) of the tables `key` and `key.*`, adjacent ones merged.

    A table ends where the next header starts, less the comment lines right above that
    header: they describe the next table and stay with it.
    """
    lines = text.split("\n")
    headers: list[tuple[int, tuple[str, ...] | None]] = [
        (i, k) for i, line in enumerate(lines) if (k := header_key(line)) is not None
    ]
    headers.append((len(lines), None))  # the end of the document
    spans: list[tuple[int, int]] = []
    for (header, found), (following_at, following) in itertools.pairwise(headers):
        if not _within(found, key):
            continue
        end = following_at
        if following is not None and not _within(following, key):
            end = _before_comments(lines, header, end)
        start = spans.pop()[0] if spans and spans[-1][1] == header else header
        spans.append((start, end))
    return spans


def _within(found: tuple[str, ...] | None, key: Sequence[str]) -> bool:
    return found is not None and found[: len(key)] == tuple(key)


def _before_comments(lines: Sequence[str], header: int, end: int) -> int:
    """end, moved up past the comment lines right above it (they belong to the next table)."""
    while end > header + 1 and _COMMENT.fullmatch(lines[end - 1]):
        end -= 1
    return end

"""Markdown pieces that survive any text: escaped prose, code spans, fences, table heads."""

from __future__ import annotations

import html
import re


def table_head(*columns: str) -> str:
    """A table head; a column named with a trailing ":" is right-aligned."""
    names = " | ".join(c.rstrip(":") for c in columns)
    rules = " | ".join("---:" if c.endswith(":") else "---" for c in columns)
    return f"| {names} |\n| {rules} |"


def plain(text: str) -> str:
    """Text safe in a Markdown paragraph or table cell: no HTML, no markup, one line."""
    escaped = html.escape(text, quote=False)
    escaped = re.sub(r"([\\`*_\[\]|~])", r"\\\1", escaped)
    return " ".join(escaped.split())


def code(text: str, *, cell: bool = False) -> str:
    """An inline code span that survives backticks (and pipes, inside a table `cell`)."""
    text = " ".join(text.split())
    text = text.replace("|", "\\|") if cell else text
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def fence(text: str, info: str) -> str:
    """A fenced code block longer than any backtick run inside it."""
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    ticks = "`" * (longest + 1)
    return f"{ticks}{info}\n{text.rstrip()}\n{ticks}"

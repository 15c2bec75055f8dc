"""Edit a TOML document as text: append a block, or replace one table family, every other byte kept.

Never a round trip through a TOML writer, which would drop comments and reformat the user's
file. Headers are found line by line; the caller re-parses the result to prove nothing else
changed (a header-like line inside a multi-line string would otherwise fool the search).
"""

from __future__ import annotations

from collections.abc import Sequence

from agenticops.toml_tables import header_key, table_spans

__all__ = ["append_block", "header_key", "newline_of", "replace_tables", "table_spans"]


def newline_of(text: str) -> str:
    """The document's line ending: CRLF when it uses any, else LF."""
    return "\r\n" if "\r\n" in text else "\n"


def append_block(text: str, block: str) -> str:
    """text, then block (in text's line endings) after a blank line; text itself is kept."""
    newline = newline_of(text)
    if text and not text.endswith("\n"):
        text += newline
    if text.strip():
        text += newline
    return text + block.replace("\n", newline)


def replace_tables(text: str, key: Sequence[str], block: str) -> str:
    """text with the tables `key` and `key.*` removed and block put where the first one was.

    ValueError when there is no such table header (the key is set by dotted keys or an
    inline table, which is not edited as text).
    """
    spans = table_spans(text, key)
    if not spans:
        raise ValueError(f"no [{'.'.join(key)}] table header")
    lines = text.split("\n")
    newline = newline_of(text)
    first = spans[0][0]
    removed = {i for start, end in spans for i in range(start, end)}
    after = [line for i, line in enumerate(lines) if i >= first and i not in removed]
    new = block.replace("\n", newline) + (newline if after else "")
    return "".join(line + "\n" for line in lines[:first]) + new + "\n".join(after)

"""File names as git writes them (C-quoted when not plain ASCII), and as the file system names
them: UTF-8, an undecodable byte kept as a surrogate (os.fsdecode's way)."""

from __future__ import annotations

import re

_ESCAPE = re.compile(rb"\\([0-7]{3}|.)", re.DOTALL)
_ESCAPES = {
    b"a": b"\a",
    b"b": b"\b",
    b"f": b"\f",
    b"n": b"\n",
    b"r": b"\r",
    b"t": b"\t",
    b"v": b"\v",
}


def new_path(text: str) -> str | None:
    """The path of a `+++ ` header: None for /dev/null, C-quoted names unquoted, `b/` dropped."""
    text = text.removesuffix("\t")  # git adds a tab after a name holding a space
    if text == "/dev/null":
        return None
    return unquote(text).removeprefix("b/")


def unquote(text: str) -> str:
    """A name git wrote, C-quoted or not, as the file system names it."""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        raw = _ESCAPE.sub(_unescape, text[1:-1].encode("utf-8"))
        return raw.decode("utf-8", "surrogateescape")
    return text


def _unescape(match: re.Match[bytes]) -> bytes:
    code = match[1]
    return bytes([int(code, 8)]) if len(code) == 3 else _ESCAPES.get(code, code)

"""Every text file agenticops reads or writes is UTF-8, whatever the locale: said once, here."""

from __future__ import annotations

from pathlib import Path

ENCODING = "utf-8"


def read(path: Path, *, errors: str = "strict") -> str:
    """The file's text; `errors="replace"` for files that may hold anything (user sources)."""
    return path.read_text(encoding=ENCODING, errors=errors)


def write(path: Path, text: str) -> None:
    """Replace the file's text (not atomic; see mutation_cache.storage for that)."""
    path.write_text(text, encoding=ENCODING)

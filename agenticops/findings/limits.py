"""How long a findings section gets: MAX_ITEMS entries, then how many more were left out."""

from __future__ import annotations

MAX_ITEMS = 25  # per section: enough to act on, short enough to read
MAX_MESSAGE_LINES = 30


def _more(count: int) -> str:
    return f"\n\n… and {count - MAX_ITEMS} more" if count > MAX_ITEMS else ""

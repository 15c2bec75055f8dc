"""What every terminal section is built from: headings, capped listings, "… N more" notes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from agenticops.report.terminal.rich_api import RenderableType, Text

#: at most this many items per list; the rest is counted
LIMIT = 10


def heading(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def more(total: int) -> Iterator[Text]:
    if total > LIMIT:
        yield Text(f"… {total - LIMIT} more (see .agenticops/report.json)", style="dim")


def listing(title: str, lines: Sequence[str]) -> Iterator[RenderableType]:
    if lines:
        yield heading(f"{title} ({len(lines)})")
        yield Text("\n".join(f"  {line}" for line in lines[:LIMIT]))
        yield from more(len(lines))

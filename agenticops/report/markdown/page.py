"""The job summary page: head and sections, its bulkiest lists halved until it fits."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from agenticops.model import Report
from agenticops.report.markdown.evidence import evidence
from agenticops.report.markdown.head import head
from agenticops.report.markdown.lists import lists
from agenticops.report.markdown.section import Section, render_section

LIMIT_BYTES = 1_000_000
_TRIMMED = "\n_Trimmed to fit a GitHub job summary; the full report is in the artifact._\n"


def render(report: Report, *, root: Path) -> str:
    """The job summary page, kept under 1 MiB."""
    return render_limited(report, root=root)


def render_limited(report: Report, *, root: Path, limit_bytes: int = LIMIT_BYTES) -> str:
    """The page, its bulkiest lists halved (and saying so) until it fits in `limit_bytes`."""
    del root  # sources are not shown in the summary
    sections = _sections(report)
    shown = [len(s.items) for s in sections]
    page = _page(report, sections, shown)
    while len(page.encode()) > limit_bytes and any(shown):
        sizes = [
            sum(len(i.encode()) for i in s.items[:n]) for s, n in zip(sections, shown, strict=True)
        ]
        bulkiest = max(range(len(sections)), key=lambda k: sizes[k])
        shown[bulkiest] //= 2
        page = _page(report, sections, shown)
    data = page.encode()
    if len(data) > limit_bytes:  # even without lists: cut the bytes, keep the note
        room = limit_bytes - len(_TRIMMED.encode())
        page = data[: max(room, 0)].decode(errors="ignore") + _TRIMMED
    return page


def _page(report: Report, sections: Sequence[Section], shown: Sequence[int]) -> str:
    parts = [head(report)]
    parts += [render_section(s, n) for s, n in zip(sections, shown, strict=True) if s.items]
    if any(n < len(s.items) for s, n in zip(sections, shown, strict=True)):
        parts.append(_TRIMMED)
    return "\n".join(parts)


def _sections(report: Report) -> list[Section]:
    return [*evidence(report), *lists(report)]

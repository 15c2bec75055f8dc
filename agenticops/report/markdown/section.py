"""One collapsible list of the page, and how it renders when only part of it is shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agenticops.report.markdown.markup import plain


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    title: str
    noun: str  # what the items are, for "… N more <noun> omitted"
    items: Sequence[str]
    header: str = ""  # table head, shown above the items
    block: bool = False  # items are paragraphs and code blocks, not table rows or list items
    counted: bool = True  # show the number of items in the summary line


def render_section(section: Section, shown: int) -> str:
    body = [section.header] if section.header else []
    body += section.items[:shown]
    omitted = len(section.items) - shown
    if omitted:
        body.append(f"\n… {omitted} more {section.noun} omitted; see the artifact.")
    summary = f"{section.title} ({len(section.items)})" if section.counted else section.title
    joined = ("\n\n" if section.block else "\n").join(body)
    return f"<details><summary>{plain(summary)}</summary>\n\n{joined}\n\n</details>\n"

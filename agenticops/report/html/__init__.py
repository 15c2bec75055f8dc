"""One self-contained offline HTML page: verdict, gates, sortable functions, annotated sources.

Everything from the report or a source file is escaped; the page loads nothing (a strict
Content-Security-Policy forbids it) and its only script sorts the functions table.
"""

from __future__ import annotations

from agenticops.report.html.page import render as render

"""The report as GitHub-flavoured Markdown, sized for a job summary ($GITHUB_STEP_SUMMARY).

GitHub drops a step summary over 1 MiB entirely, so `render_limited` halves the bulkiest list
until the page fits, and says in the page what it left out.
"""

from __future__ import annotations

from agenticops.report.markdown.markup import code as code
from agenticops.report.markdown.markup import fence as fence
from agenticops.report.markdown.markup import plain as plain
from agenticops.report.markdown.page import _TRIMMED as _TRIMMED
from agenticops.report.markdown.page import LIMIT_BYTES as LIMIT_BYTES
from agenticops.report.markdown.page import render as render
from agenticops.report.markdown.page import render_limited as render_limited

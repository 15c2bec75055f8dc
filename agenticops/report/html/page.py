"""The page around the sections: head, verdict header, gate table, failing tests, footer."""

from __future__ import annotations

from html import escape
from pathlib import Path

from agenticops.model import Report
from agenticops.report import select
from agenticops.report.html.functions import functions
from agenticops.report.html.survivors import survivors
from agenticops.report.html_assets import CSP, SCRIPT, STYLE
from agenticops.report.text import STATUS_LABEL, measure, verdict


def render(report: Report, *, root: Path) -> str:
    """The whole page as one string."""
    state = "passed" if report.passed else "failed"
    parts = [_header(report), _gates(report), _tests(report), functions(report)]
    body = "\n".join([*parts, survivors(report, root)])
    made = (f"agenticops {report.tool_version}".strip(), report.created)
    footer = " · ".join(part for part in made if part)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>agenticops gate {state}</title>
<style>{STYLE}</style>
</head>
<body>
{body}
<footer>{escape(footer)}</footer>
<script>{SCRIPT}</script>
</body>
</html>
"""


def _header(report: Report) -> str:
    state = "passed" if report.passed else "failed"
    icon = "✓" if report.passed else "✗"
    m = report.measurements
    facts = f"profile {report.profile} · scope {m.scope} · root {report.root}"
    return (
        f'<header class="verdict {state}"><h1>{icon} agenticops gate {state}</h1>'
        f'<p id="verdict">{escape(verdict(report))}</p>'
        f'<p class="facts">{escape(facts)}</p></header>'
    )


def _gates(report: Report) -> str:
    rows = "".join(
        f'<tr data-gate="{escape(g.name)}"><td>{escape(g.name)}</td>'
        f'<td><span class="status {g.status}">{STATUS_LABEL[g.status]}</span></td>'
        f"<td>{escape(measure(g))}</td><td>{escape(g.reason)}</td></tr>"
        for g in report.gates
    )
    head = "<tr><th>Gate</th><th>Status</th><th>Measured</th><th>Reason</th></tr>"
    table = f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>"
    return f'<section id="gates"><h2>Gates</h2>{table}</section>'


def _tests(report: Report) -> str:
    failed = select.failing_tests(report)
    items = "".join(
        f'<li class="failed-test"><code>{escape(o.nodeid)}</code> ({escape(o.status)})'
        f"<pre>{escape(o.message)}</pre></li>"
        for o in failed
    )
    output = select.test_output(report)
    if not items and not output:
        return ""
    shown = f"<ul>{items}</ul>" if items else ""
    shown += f'<pre class="output">{escape(output)}</pre>' if output else ""
    return f'<section id="tests"><h2>Failing tests ({len(failed)})</h2>{shown}</section>'

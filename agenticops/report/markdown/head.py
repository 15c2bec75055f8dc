"""The page head: verdict, facts about the run, and the gate table."""

from __future__ import annotations

from agenticops.model import Report
from agenticops.report.markdown.markup import plain
from agenticops.report.text import STATUS_LABEL, measure, verdict

_ICON = {"passed": "✅", "failed": "❌", "not_run": "⚠️", "off": "➖"}


def head(report: Report) -> str:
    icon = "✅" if report.passed else "❌"
    word = "passed" if report.passed else "failed"
    m = report.measurements
    facts = [f"profile `{report.profile}`", f"scope {plain(m.scope)}"]
    facts += [f"agenticops {plain(report.tool_version)}"] if report.tool_version else []
    facts += [plain(report.created)] if report.created else []
    rows = [
        f"| {plain(g.name)} | {_ICON[g.status]} {STATUS_LABEL[g.status]} | {plain(measure(g))} "
        f"| {plain(g.reason)} |"
        for g in report.gates
    ]
    return "\n".join(
        [
            f"## {icon} agenticops gate {word}",
            "",
            f"**{plain(verdict(report))}**",
            "",
            " · ".join(facts),
            "",
            "| Gate | Status | Measured | Reason |",
            "| --- | --- | --- | --- |",
            *rows,
            "",
        ]
    )

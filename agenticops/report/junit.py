"""JUnit XML: one `<testsuite name="agenticops">`, one `<testcase>` per gate.

A failed gate is a `<failure>`; a gate that did not run is an `<error>` (it could not be
checked, and it counts against the verdict, so CI shows it red); a gate switched off is
`<skipped>`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from agenticops.model import GateResult, Report
from agenticops.report import select
from agenticops.report.text import measure

#: characters XML 1.0 forbids (ANSI escapes in pytest output would make the file unreadable)
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """`text` without the characters XML 1.0 cannot carry."""
    return _FORBIDDEN.sub("", text)


def _details(report: Report, gate: GateResult) -> str:
    lines = [gate.reason] if gate.reason else []
    messages = {o.nodeid: o.message for o in select.failing_tests(report)}
    for offender in gate.offenders:
        lines.append(offender)
        message = messages.get(offender, "") if gate.name == "tests" else ""
        lines += [f"    {line}" for line in message.splitlines()]
    output = select.test_output(report) if gate.name == "tests" else ""
    return "\n".join([*lines, output] if output else lines)


def _testcase(report: Report, gate: GateResult) -> ET.Element:
    case = ET.Element("testcase", classname="agenticops", name=gate.name)
    summary = f"{gate.name}: {measure(gate)}"
    if gate.status == "failed":
        message = f"{summary} ({gate.reason})" if gate.reason else summary
        child = ET.SubElement(case, "failure", message=xml_text(message), type="gate")
        child.text = xml_text(_details(report, gate)) or None
    elif gate.status == "not_run":
        message = f"not run: {gate.reason}" if gate.reason else "not run"
        ET.SubElement(case, "error", message=xml_text(message), type="not_run")
    elif gate.status == "off":
        ET.SubElement(case, "skipped", message="switched off in the configuration")
    return case


def render(report: Report, *, root: Path) -> str:
    """The JUnit XML document, for GitLab, Jenkins and the GitHub test-report actions."""
    del root  # no source text in JUnit
    counts = {
        "tests": len(report.gates),
        "failures": sum(g.status == "failed" for g in report.gates),
        "errors": sum(g.status == "not_run" for g in report.gates),
        "skipped": sum(g.status == "off" for g in report.gates),
    }
    attributes = {key: str(value) for key, value in counts.items()}
    suites = ET.Element("testsuites", {"name": "agenticops", **attributes})
    suite = ET.SubElement(suites, "testsuite", {"name": "agenticops", **attributes})
    if report.created:
        suite.set("timestamp", report.created)
    properties = ET.SubElement(suite, "properties")
    facts = {
        "profile": report.profile,
        "scope": report.measurements.scope,
        "tool_version": report.tool_version,
    }
    for name, value in facts.items():
        ET.SubElement(properties, "property", name=name, value=xml_text(value))
    suite.extend(_testcase(report, g) for g in report.gates)
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'

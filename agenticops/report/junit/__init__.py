"""JUnit XML: one `<testsuite name="agenticops">`, one `<testcase>` per gate.

A failed gate is a `<failure>`; a gate that did not run is an `<error>` (it could not be
checked, and it counts against the verdict, so CI shows it red); a gate switched off is
`<skipped>`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from agenticops.model import Report
from agenticops.report.junit.counts import suite_counts
from agenticops.report.junit.testcase import testcase
from agenticops.report.junit.xmltext import xml_text as xml_text


def render(report: Report, *, root: Path) -> str:
    """The JUnit XML document, for GitLab, Jenkins and the GitHub test-report actions."""
    del root  # no source text in JUnit
    attributes = suite_counts(report)
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
    suite.extend(testcase(report, g) for g in report.gates)
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'

"""One gate as a `<testcase>`: a `<failure>`, an `<error>` (not run) or `<skipped>` (off)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from agenticops.model import GateResult, Report
from agenticops.report.junit.xmltext import details, xml_text
from agenticops.report.text import measure


def testcase(report: Report, gate: GateResult) -> ET.Element:
    """The `<testcase>` element of `gate`; a passed gate has no child."""
    case = ET.Element("testcase", classname="agenticops", name=gate.name)
    summary = f"{gate.name}: {measure(gate)}"
    if gate.status == "failed":
        message = f"{summary} ({gate.reason})" if gate.reason else summary
        child = ET.SubElement(case, "failure", message=xml_text(message), type="gate")
        child.text = xml_text(details(report, gate)) or None
    elif gate.status == "not_run":
        message = f"not run: {gate.reason}" if gate.reason else "not run"
        ET.SubElement(case, "error", message=xml_text(message), type="not_run")
    elif gate.status == "off":
        ET.SubElement(case, "skipped", message="switched off in the configuration")
    return case

"""JUnit XML: one testcase per gate; failure, error (not run) and skipped (off)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from agenticops.model import GateResult, Report, TestOutcome
from agenticops.report.junit import render, xml_text


def test_full_report_matches_its_golden_file(
    report: Report, project: Path, golden: Callable[[str, str], None]
) -> None:
    golden("full.junit.xml", render(report, root=project))


def test_blocked_report_matches_its_golden_file(
    blocked: Report, project: Path, golden: Callable[[str, str], None]
) -> None:
    golden("blocked.junit.xml", render(blocked, root=project))


def _cases(text: str) -> dict[str, tuple[str, str]]:
    root = ET.fromstring(text.encode())
    suite = root.find("testsuite")
    assert suite is not None
    result = {}
    for case in suite.findall("testcase"):
        child = next(iter(case), None)
        result[case.get("name", "")] = (
            ("passed", "") if child is None else (child.tag, child.get("message", ""))
        )
    return result


def test_each_gate_is_one_testcase(report: Report, project: Path) -> None:
    assert _cases(render(report, root=project)) == {
        "tests": ("failure", "tests: 1 failed (1 of 6 tests failed)"),
        "coverage": ("failure", "coverage: 76.47% < 90%"),
        "complexity": ("passed", ""),
        "crap": ("failure", "crap: 17.8 > 8"),
        "mutation_score": ("failure", "mutation_score: 50% < 95%"),
        "mutation_sites": ("skipped", "switched off in the configuration"),
    }


def test_not_run_is_an_error_and_counted(blocked: Report, project: Path) -> None:
    text = render(blocked, root=project)
    cases = _cases(text)
    assert cases["coverage"] == ("error", "not run: not measured: the tests did not pass")
    suites = ET.fromstring(text.encode())
    suite = suites.find("testsuite")
    assert suite is not None
    for element in (suites, suite):
        assert (
            element.get("tests"),
            element.get("failures"),
            element.get("errors"),
            element.get("skipped"),
        ) == (
            "6",
            "1",
            "4",
            "1",
        )
    assert suite.get("timestamp") is None  # the blocked report has no time stamp


def test_a_not_run_gate_without_reason(report: Report, project: Path) -> None:
    gate = GateResult(name="crap", status="not_run", actual=None, threshold=8)
    assert _cases(render(replace(report, gates=(gate,)), root=project)) == {
        "crap": ("error", "not run")
    }


def test_a_failed_gate_without_details_has_no_body(report: Report, project: Path) -> None:
    gate = GateResult(name="coverage", status="failed", actual=70.0, threshold=80)
    root = ET.fromstring(render(replace(report, gates=(gate,)), root=project).encode())
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.text is None


def test_control_characters_never_reach_the_xml(report: Report, project: Path) -> None:
    run = report.measurements.tests
    assert run is not None
    ansi = TestOutcome(
        nodeid="tests/test_ledger.py::test_reconcile_balances",
        status="failed",
        message="\x1b[31mE   assert 1 == 2\x1b[0m\x00",
    )
    measurements = replace(report.measurements, tests=replace(run, outcomes=(ansi,)))
    text = render(replace(report, measurements=measurements), root=project)
    ET.fromstring(text.encode())  # well-formed
    assert "[31mE   assert 1 == 2[0m" in text
    assert xml_text("a\x01b\tc\nd\ud800") == "ab\tc\nd"

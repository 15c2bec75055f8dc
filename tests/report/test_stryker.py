"""The Stryker mutation-testing report, validated against the schema from npm
mutation-testing-report-schema 3.8.4 (vendored)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any, get_args

import pytest
from jsonschema import Draft7Validator

from agenticops.model import GateResult, MutantResult, MutantStatus, Report
from agenticops.report.stryker import STATUS, Change, change, render, to_stryker

SCHEMA = json.loads(
    (Path(__file__).parent / "schemas" / "mutation-testing-report-schema.json").read_text(
        encoding="utf-8"
    )
)


def _valid(data: dict[str, Any]) -> None:
    errors = list(Draft7Validator(SCHEMA).iter_errors(data))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


@pytest.mark.parametrize("name", ["report", "blocked", "green"])
def test_reports_are_valid(name: str, project: Path, request: pytest.FixtureRequest) -> None:
    _valid(json.loads(render(request.getfixturevalue(name), root=project)))


def test_the_schema_rejects_zero_columns(report: Report, project: Path) -> None:
    data = to_stryker(report, root=project)
    data["files"]["src/pkg/util.py"]["mutants"][0]["location"]["start"]["column"] = 0
    with pytest.raises(AssertionError):
        _valid(data)


def test_every_mutmut_status_has_a_stryker_status() -> None:
    assert set(STATUS) == set(get_args(MutantStatus))
    assert STATUS == {
        "killed": "Killed",
        "survived": "Survived",
        "no_tests": "NoCoverage",
        "timeout": "Timeout",
        "type_check": "CompileError",
        "segfault": "RuntimeError",
        "suspicious": "RuntimeError",
        "skipped": "Ignored",
        "not_checked": "Pending",
        "interrupted": "Pending",
    }


def _spans(data: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(file, status, source text at the location, replacement) for single-line mutants."""
    found = []
    for path, file in data["files"].items():
        lines = file["source"].splitlines()
        for m in file["mutants"]:
            start, end = m["location"]["start"], m["location"]["end"]
            text = lines[start["line"] - 1][start["column"] - 1 : end["column"] - 1]
            found.append((path, m["status"], text, m["replacement"]))
    return found


def test_locations_point_at_the_changed_tokens(report: Report, project: Path) -> None:
    data = to_stryker(report, root=project)
    assert list(data["files"]) == ["src/pkg/ledger.py", "src/pkg/util.py"]  # no mutants: left out
    assert _spans(data) == [
        ("src/pkg/ledger.py", "Killed", "==", "!="),
        ("src/pkg/ledger.py", "Timeout", "statement", "None"),
        ("src/pkg/ledger.py", "Survived", "not ", ""),
        ("src/pkg/ledger.py", "NoCoverage", "-", "+"),
        ("src/pkg/ledger.py", "Ignored", "return sum(self.entries)", ""),
        ("src/pkg/util.py", "Survived", "-", "XX-XX"),
        ("src/pkg/util.py", "Killed", " ", "XX XX"),
    ]


def test_mutant_fields(report: Report, project: Path) -> None:
    data = to_stryker(report, root=project)
    survivor = data["files"]["src/pkg/ledger.py"]["mutants"][2]
    assert survivor == {
        "id": "pkg.ledger.xǁLedgerǁreconcile__mutmut_3",
        "mutatorName": "mutmut",
        "location": {"start": {"line": 24, "column": 23}, "end": {"line": 24, "column": 27}},
        "status": "Survived",
        "description": "Ledger.reconcile: pkg.ledger.xǁLedgerǁreconcile__mutmut_3",
        "replacement": "",
        "duration": 400.0,
    }
    assert "duration" not in data["files"]["src/pkg/ledger.py"]["mutants"][3]
    assert data["files"]["src/pkg/ledger.py"]["source"].startswith('"""A tiny ledger."""')
    assert data["framework"] == {"name": "agenticops", "version": "0.1.0"}
    assert data["projectRoot"] == "."
    assert data["schemaVersion"] == "2"


def test_thresholds_follow_the_mutation_score_gate(
    report: Report, green: Report, blocked: Report, project: Path
) -> None:
    assert to_stryker(report, root=project)["thresholds"] == {"high": 95, "low": 95}
    gate = GateResult(name="mutation_score", status="passed", actual=90.0, threshold=85.5)
    assert to_stryker(replace(report, gates=(gate,)), root=project)["thresholds"] == {
        "high": 86,
        "low": 86,
    }
    off = GateResult(name="mutation_score", status="off", actual=None, threshold=None)
    assert to_stryker(replace(report, gates=(off,)), root=project)["thresholds"] == {
        "high": 80,
        "low": 60,
    }
    assert to_stryker(replace(report, gates=()), root=project)["thresholds"] == {
        "high": 80,
        "low": 60,
    }
    assert "version" not in to_stryker(blocked, root=project)["framework"]


def test_a_missing_source_still_validates(report: Report, tmp_path: Path) -> None:
    data = to_stryker(report, root=tmp_path)
    _valid(data)
    assert data["files"]["src/pkg/util.py"]["source"] == ""
    locations = [m["location"] for m in data["files"]["src/pkg/util.py"]["mutants"]]
    assert locations[0] == {"start": {"line": 7, "column": 17}, "end": {"line": 7, "column": 18}}


def test_lines_beyond_the_source_clamp_to_valid_positions(report: Report, project: Path) -> None:
    odd = (
        MutantResult(id="a", line=0, function="f", status="survived"),
        MutantResult(id="b", line=999, function="f", status="survived", diff="-x\n+y"),
    )
    util = replace(report.measurements.files[2], mutants=odd)
    other = replace(report, measurements=replace(report.measurements, files=(util,)))
    data = to_stryker(other, root=project)
    _valid(data)
    assert [m["location"] for m in data["files"]["src/pkg/util.py"]["mutants"]] == [
        {"start": {"line": 1, "column": 1}, "end": {"line": 1, "column": 15}},
        {"start": {"line": 999, "column": 1}, "end": {"line": 999, "column": 2}},
    ]


def test_change_of_a_single_line() -> None:
    assert change("-    if a == 0:\n+    if a != 0:", "    if a == 0:") == Change(10, 12, 0, "!=")
    # a method's line in mutmut's diff lacks the class indentation: shifted back into place
    assert change("-    return x\n+    return None", "        return x") == Change(
        16, 17, 0, "None"
    )
    assert change("-x = f(a)\n+x = f(a, b)", "x = f(a)") == Change(8, 8, 0, ", b")


def test_change_of_several_lines_or_none() -> None:
    diff = "--- a.py\n+++ a.py\n@@ -1,3 +1,1 @@\n-    a = 1\n-    b = 22\n+    pass"
    assert change(diff, "        a = 1") == Change(9, 15, 1, "pass")
    assert change("", "    return 1") == Change(5, 13, 0, "")
    assert change("+extra", "") == Change(1, 1, 0, "extra")


def test_the_report_is_written_indented_and_in_plain_unicode(report: Report, project: Path) -> None:
    text = render(report, root=project)
    assert text.startswith(
        '{\n  "schemaVersion": "2",\n  "thresholds": {\n    "high": 95,\n    "low": 95\n  },\n'
    )
    assert '\n          "id": "pkg.ledger.xǁLedgerǁpost__mutmut_1",\n' in text
    assert text.endswith('\n    "version": "0.1.0"\n  }\n}\n')
    assert json.loads(text) == to_stryker(report, root=project)


def test_thresholds_are_whole_percents_from_0_to_100(report: Report, project: Path) -> None:
    def thresholds(limit: float) -> Any:
        gate = GateResult(name="mutation_score", status="not_run", actual=None, threshold=limit)
        return to_stryker(replace(report, gates=(gate,)), root=project)["thresholds"]

    assert thresholds(0) == {"high": 0, "low": 0}
    assert thresholds(100) == {"high": 100, "low": 100}
    assert thresholds(100.5) == {"high": 100, "low": 100}


def test_change_of_several_lines_spans_to_the_end_of_the_last() -> None:
    diff = "-    x = f(\n-        a,\n-    )\n+    x = g(\n+        a,\n+    )"
    assert change(diff, "    x = f(") == Change(5, 6, 2, "x = g(\n        a,\n    )")


def test_change_adding_lines_replaces_the_whole_line_with_them() -> None:
    assert change("+a = 1\n+b = 2", "    pass") == Change(5, 9, 0, "a = 1\nb = 2")

"""SARIF 2.1.0, validated against the official schema (vendored from npm @microsoft/jest-sarif)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

from agenticops.model import GateResult, Report
from agenticops.report.sarif import render, to_sarif

SCHEMA = json.loads(
    (Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8")
)


def _valid(log: dict[str, Any]) -> None:
    validator = Draft4Validator(SCHEMA, format_checker=Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


@pytest.mark.parametrize("name", ["report", "blocked", "green"])
def test_logs_are_valid_sarif(name: str, project: Path, request: pytest.FixtureRequest) -> None:
    log = json.loads(render(request.getfixturevalue(name), root=project))
    _valid(log)
    assert log["version"] == "2.1.0"
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"


def test_the_schema_rejects_what_github_would(report: Report, project: Path) -> None:
    log = to_sarif(report, root=project)
    del log["runs"][0]["tool"]["driver"]["name"]
    with pytest.raises(AssertionError):
        _valid(log)


def test_one_rule_per_gate(report: Report, project: Path) -> None:
    driver = to_sarif(report, root=project)["runs"][0]["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == [
        "agenticops/tests",
        "agenticops/coverage",
        "agenticops/complexity",
        "agenticops/crap",
        "agenticops/mutation_score",
        "agenticops/mutation_sites",
    ]
    assert driver["rules"][3]["shortDescription"] == {"text": "CRAP score above the maximum"}
    assert driver["semanticVersion"] == "0.1.0"


def _where(result: dict[str, Any]) -> tuple[str, str, str, int, int | None]:
    location = result["locations"][0]["physicalLocation"]
    region = location["region"]
    uri = location["artifactLocation"]["uri"]
    return (result["ruleId"], result["level"], uri, region["startLine"], region.get("endLine"))


def test_one_result_per_located_offender(report: Report, project: Path) -> None:
    run = to_sarif(report, root=project)["runs"][0]
    assert [_where(r) for r in run["results"]] == [
        ("agenticops/tests", "error", "tests/test_ledger.py", 8, None),
        ("agenticops/coverage", "error", "src/pkg/ledger.py", 24, None),
        ("agenticops/coverage", "error", "src/pkg/util.py", 6, None),
        ("agenticops/crap", "error", "src/pkg/ledger.py", 21, None),  # the def line only
        ("agenticops/mutation_score", "error", "src/pkg/ledger.py", 24, None),
        ("agenticops/mutation_score", "error", "src/pkg/ledger.py", 27, None),
        ("agenticops/mutation_score", "error", "src/pkg/util.py", 7, None),
        ("agenticops/mutation_score", "warning", "src/pkg/ledger.py", 32, None),
    ]
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])
    assert run["results"][3]["message"]["text"].startswith("CRAP 17.8 > 8: Ledger.reconcile\n\n")
    assert run["properties"]["passed"] is False
    assert run["properties"]["gates"][3] == {
        "name": "crap",
        "status": "failed",
        "measured": "17.8 > 8",
        "reason": "",
    }


def test_run_level_findings_have_no_result(blocked: Report, project: Path) -> None:
    run = to_sarif(blocked, root=project)["runs"][0]
    assert run["results"] == []
    assert "semanticVersion" not in run["tool"]["driver"]


def test_unknown_gates_and_unlocated_lines_still_make_valid_sarif(
    report: Report, project: Path
) -> None:
    gates = (
        GateResult(name="custom", status="failed", actual=1.0, threshold=0.0, offenders=("x.py",)),
        GateResult(
            name="complexity",
            status="failed",
            actual=9.0,
            threshold=1,
            offenders=("src/pkg/ledger.py::Ledger.post",),
        ),
    )
    ledger = report.measurements.files[1]
    files = (replace(ledger, functions=(ledger.functions[1],)),)
    other = replace(report, gates=gates, measurements=replace(report.measurements, files=files))
    log = to_sarif(other, root=project)
    _valid(log)
    run = log["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [
        "agenticops/custom",
        "agenticops/complexity",
        "agenticops/mutation_score",  # the unmutated function's rule, though that gate is absent
    ]
    assert run["tool"]["driver"]["rules"][0]["help"] == {"text": "See the agenticops report."}
    assert [_where(r) for r in run["results"]] == [
        ("agenticops/custom", "error", "x.py", 1, None),
        ("agenticops/complexity", "error", "src/pkg/ledger.py", 12, None),
        ("agenticops/mutation_score", "warning", "src/pkg/ledger.py", 1, None),
    ]


def test_the_log_is_written_indented_and_in_plain_unicode(report: Report, project: Path) -> None:
    text = render(report, root=project)
    assert text.startswith(
        '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n'
        '  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": {\n'
    )
    assert '\n            "measured": "5 ≤ 10",\n' in text
    assert text.endswith("\n  ]\n}\n")
    assert json.loads(text) == to_sarif(report, root=project)


def test_the_tool_is_agenticops_and_the_run_names_its_profile(green: Report, project: Path) -> None:
    run = to_sarif(green, root=project)["runs"][0]
    assert run["tool"]["driver"]["name"] == "agenticops"
    assert run["properties"]["passed"] is True
    assert run["properties"]["profile"] == "strict"
    assert [g["name"] for g in run["properties"]["gates"]] == [g.name for g in green.gates]

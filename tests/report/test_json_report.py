"""The JSON report: DESIGN.md's shape, an exact round trip, and a strict reader."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agenticops.errors import ConfigError
from agenticops.model import (
    SCHEMA,
    FileMetrics,
    FunctionMetrics,
    GateResult,
    Measurements,
    MutantResult,
    MutationRun,
    Report,
    TestOutcome,
    TestRun,
)
from agenticops.report import json_report
from agenticops.report.json_parse import difference
from agenticops.report.json_report import from_dict, load, to_dict


def test_full_report_matches_its_golden_file(
    report: Report, project: Path, golden: Callable[[str, str], None]
) -> None:
    golden("full.json", json_report.render(report, root=project))


def test_blocked_report_matches_its_golden_file(
    blocked: Report, project: Path, golden: Callable[[str, str], None]
) -> None:
    golden("blocked.json", json_report.render(blocked, root=project))


def test_design_keys_come_first_in_design_order(report: Report) -> None:
    data = to_dict(report)
    assert list(data)[:4] == ["schema", "passed", "gates", "files"]
    assert data["schema"] == "agenticops.gate-report/1"
    assert data["passed"] is False
    assert list(data["gates"][0])[:5] == ["name", "passed", "actual", "threshold", "offenders"]
    ledger = data["files"][1]
    assert list(ledger)[:5] == ["path", "coverage", "mutation_sites", "functions", "mutants"]
    assert list(ledger["functions"][0])[:5] == ["name", "line", "complexity", "coverage", "crap"]
    assert list(ledger["mutants"][0])[:4] == ["id", "line", "status", "diff"]


def test_pinned_values_of_the_full_report(report: Report) -> None:
    data = to_dict(report)
    crap = data["gates"][3]
    assert crap == {
        "name": "crap",
        "passed": False,
        "actual": 17.8,
        "threshold": 8.0,
        "offenders": ["src/pkg/ledger.py::Ledger.reconcile"],
        "status": "failed",
        "reason": "",
    }
    assert data["gates"][5]["passed"] is True  # off passes
    assert data["tests"]["collected"] == 6
    assert data["tests"]["failed"] == [
        {
            "nodeid": "tests/test_ledger.py::test_reconcile_balances",
            "message": "AssertionError: assert [5] == []\n"
            "  +  where [5] = <Ledger>.reconcile([5, -3])",
        }
    ]
    assert data["files"][1]["missing_branches"] == [[24, 25], [26, 27]]
    assert data["files"][1]["functions"][3]["end_line"] == 28
    assert data["mutation"] == {
        "ran": True,
        "reason": "",
        "duration": 14.5,
        "diagnostics": ["mutmut: 1 mutant skipped (# pragma: no mutate)"],
    }


def test_coverage_percents_are_rounded_to_two_decimals(report: Report) -> None:
    files = (replace(report.measurements.files[0], coverage=66.666666),)
    measurements = replace(report.measurements, coverage_total=76.4749, files=files)
    data = to_dict(replace(report, measurements=measurements))
    assert data["coverage_total"] == 76.47
    assert data["files"][0]["coverage"] == 66.67


@pytest.mark.parametrize("name", ["report", "blocked", "green"])
def test_round_trip_is_exact(name: str, request: pytest.FixtureRequest) -> None:
    original: Report = request.getfixturevalue(name)
    text = json_report.render(original, root=Path("."))
    again = from_dict(json.loads(text), source="report.json")
    assert again == original
    assert to_dict(again) == json.loads(text)


def test_a_report_without_a_test_run_round_trips() -> None:
    empty = Report(
        gates=(GateResult(name="tests", status="failed", actual=None, threshold=0.0),),
        measurements=Measurements(
            tests=None, coverage_total=None, files=(), mutation=MutationRun(ran=False)
        ),
        profile="default",
    )
    data = json.loads(json.dumps(to_dict(empty)))
    assert data["tests"] is None
    assert from_dict(data, source="x") == empty


def _mutate(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of data with the key at dotted `path` set (or deleted when value is DELETE)."""
    data = copy.deepcopy(data)
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is DELETE:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return data


DELETE = object()

BAD = [
    ("schema", "agenticops.gate-report/2", "schema is 'agenticops.gate-report/2', expected"),
    ("schema", DELETE, "missing key schema"),
    ("gates", {}, "gates is {}, expected a list"),
    ("gates.0", "x", "gates[0] is not an object"),
    ("gates.0.status", "red", "gates[0].status is 'red', expected one of passed, failed"),
    ("gates.0.actual", "1", "gates[0].actual is '1', expected a number or null"),
    ("gates.0.actual", True, "gates[0].actual is True, expected a number or null"),
    ("gates.0.offenders", ["a", 1], "gates[0].offenders[1] is 1, expected a string"),
    ("gates.0.reason", DELETE, "missing key gates[0].reason"),
    ("gates.0.passed", True, "gates[0].passed is True, which disagrees with the rest"),
    ("gates.0.passed", DELETE, "missing key gates[0].passed"),
    ("passed", True, "passed is True, which disagrees with the rest of the report (False)"),
    ("files.1.functions.0.line", 9.0, "files[1].functions[0].line is 9.0, expected an integer"),
    ("files.1.functions.0.crap", None, "files[1].functions[0].crap is None, expected a number"),
    ("files.1.coverage", 58.333, "files[1].coverage is 58.333, which disagrees"),
    ("files.1.missing_branches", [[1, 2, 3]], "expected a [from, to] pair"),
    ("files.1.missing_lines", [1, "2"], "files[1].missing_lines[1] is '2', expected an integer"),
    ("files.1.mutants.0.status", "dead", "files[1].mutants[0].status is 'dead', expected one of"),
    ("files.1.mutants.0.duration", "1s", "files[1].mutants[0].duration is '1s', expected a number"),
    ("files.1.mutation_sites", 1.5, "files[1].mutation_sites is 1.5, expected an integer or null"),
    ("files.1.extra_key", 1, "unexpected key files[1].extra_key"),
    ("tests.outcomes.0.status", "ok", "tests.outcomes[0].status is 'ok', expected one of"),
    ("tests.timed_out", 0, "tests.timed_out is 0, expected true or false"),
    ("tests.collected", 7, "tests.collected is 7, which disagrees with the rest of the report (6)"),
    ("tests.collected", True, "tests.collected is True, which disagrees"),
    ("tests.failed", [], "tests.failed is [], which disagrees"),
    ("tests", [], "tests is not an object"),
    ("mutation", DELETE, "missing key mutation"),
    ("extra", [], "extra is [], expected an object"),
    ("surprise", 1, "unexpected key surprise"),
    ("diagnostics", "x", "diagnostics is 'x', expected a list"),
]


@pytest.mark.parametrize(("path", "value", "problem"), BAD)
def test_anything_but_a_gate_report_is_a_config_error(
    report: Report, path: str, value: Any, problem: str
) -> None:
    data = _mutate(json.loads(json.dumps(to_dict(report))), path, value)
    with pytest.raises(ConfigError) as caught:
        from_dict(data, source=".agenticops/report.json")
    message = str(caught.value)
    assert message.startswith(".agenticops/report.json: not an agenticops gate report (")
    assert problem in message
    assert "\n" not in message


@pytest.mark.parametrize("data", [[], "report", None, 3])
def test_non_objects_are_rejected(data: object) -> None:
    with pytest.raises(ConfigError, match=r"^r\.json: .*\(the top level is not an object\)$"):
        from_dict(data, source="r.json")


def test_difference_pins_its_messages() -> None:
    assert difference({"a": [1, {"b": 2}]}, {"a": [1, {"b": 2}]}) == ""
    assert (
        difference({"a": [1, 2]}, {"a": [1]})
        == "a is [1], which disagrees with the rest of the report ([1, 2])"
    )
    assert (
        difference({"a": 1}, {"a": 1.0})
        == "a is 1.0, which disagrees with the rest of the report (1)"
    )
    assert difference({"a": {"b": 1}}, {"a": {}}) == "missing key a.b"
    assert difference({"a": {}}, {"a": {"z": 1, "y": 2}}) == "unexpected key a.y"
    assert (
        difference([{"a": 1}], [{"a": 2}], "xs")
        == "xs[0].a is 2, which disagrees with the rest of the report (1)"
    )


def test_load_reads_a_report_file(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text(json_report.render(report, root=tmp_path), encoding="utf-8")
    assert load(path) == report


def test_load_names_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    with pytest.raises(
        ConfigError, match=r"report\.json: no gate report here \(run `agenticops gate` first\)$"
    ):
        load(path)


def test_load_names_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(
        ConfigError, match=r"not an agenticops gate report \(invalid JSON: Expecting"
    ):
        load(path)


@pytest.mark.parametrize("content", [None, b"\xff\xfe{"])
def test_load_names_an_unreadable_file(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "report.json"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(ConfigError, match=r"report\.json: cannot read the gate report \("):
        load(path)


# --- property: any report (coverage at 2 decimals) survives JSON text exactly -------------

texts = st.text(max_size=8)
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
percent2 = st.integers(0, 10_000).map(lambda n: n / 100)
lines = st.integers(1, 10_000)

functions = st.builds(
    FunctionMetrics,
    name=texts,
    line=lines,
    end_line=lines,
    complexity=st.integers(1, 50),
    coverage=percent2,
    crap=finite,
)
mutants = st.builds(
    MutantResult,
    id=texts,
    line=lines,
    function=texts,
    status=st.sampled_from(["killed", "survived", "no_tests", "timeout", "not_checked"]),
    diff=texts,
    duration=st.none() | finite,
)
files = st.builds(
    FileMetrics,
    path=texts,
    coverage=st.none() | percent2,
    statements=st.integers(0, 500),
    missing_lines=st.lists(lines, max_size=4).map(tuple),
    missing_branches=st.lists(st.tuples(lines, st.integers(-1, 99)), max_size=3).map(tuple),
    functions=st.lists(functions, max_size=3).map(tuple),
    mutation_sites=st.none() | st.integers(0, 500),
    mutants=st.lists(mutants, max_size=3).map(tuple),
    unmutated=st.lists(texts, max_size=2).map(tuple),
)
outcomes = st.builds(
    TestOutcome,
    nodeid=texts,
    status=st.sampled_from(["passed", "failed", "error", "skipped", "xfailed", "xpassed"]),
    duration=finite,
    message=texts,
)
gates = st.builds(
    GateResult,
    name=texts,
    status=st.sampled_from(["passed", "failed", "not_run", "off"]),
    actual=st.none() | finite | st.integers(0, 100),
    threshold=st.none() | finite | st.integers(0, 100),
    offenders=st.lists(texts, max_size=3).map(tuple),
    reason=texts,
)
reports = st.builds(
    Report,
    gates=st.lists(gates, max_size=6).map(tuple),
    measurements=st.builds(
        Measurements,
        tests=st.none()
        | st.builds(
            TestRun,
            outcomes=st.lists(outcomes, max_size=4).map(tuple),
            exit_code=st.integers(-9, 5),
            timed_out=st.booleans(),
            duration=finite,
            output=texts,
        ),
        coverage_total=st.none() | percent2,
        files=st.lists(files, max_size=3).map(tuple),
        mutation=st.builds(
            MutationRun,
            ran=st.booleans(),
            reason=texts,
            duration=finite,
            diagnostics=st.lists(texts, max_size=2).map(tuple),
        ),
        scope=texts,
        diagnostics=st.lists(texts, max_size=2).map(tuple),
    ),
    profile=texts,
    root=texts,
    tool_version=texts,
    created=texts,
    extra=st.dictionaries(texts, st.none() | st.integers() | texts, max_size=3),
)


@settings(max_examples=150, deadline=None)
@given(reports)
def test_every_report_survives_its_json_text(original: Report) -> None:
    text = json_report.render(original, root=Path("."))
    assert from_dict(json.loads(text), source="r") == original


def test_schema_constant_is_the_designed_one() -> None:
    assert SCHEMA == "agenticops.gate-report/1"


def test_another_schema_is_named_with_the_one_expected(report: Report) -> None:
    data = {**to_dict(report), "schema": "agenticops.gate-report/2"}
    with pytest.raises(ConfigError) as caught:
        from_dict(data, source="r.json")
    assert str(caught.value) == (
        "r.json: not an agenticops gate report "
        "(schema is 'agenticops.gate-report/2', expected 'agenticops.gate-report/1')"
    )


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("gates.0.threshold", "gates[0].threshold is 'x', expected a number or null)"),
        ("files.1.coverage", "files[1].coverage is 'x', expected a number or null)"),
        ("coverage_total", "coverage_total is 'x', expected a number or null)"),
    ],
)
def test_optional_numbers_say_what_they_expect(report: Report, path: str, problem: str) -> None:
    data = _mutate(json.loads(json.dumps(to_dict(report))), path, "x")
    with pytest.raises(ConfigError) as caught:
        from_dict(data, source="r.json")
    assert str(caught.value) == f"r.json: not an agenticops gate report ({problem}"

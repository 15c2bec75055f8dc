"""`report --merge`: three real shard runs of a tiny project, joined, equal one unsharded run."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from agenticops.cli import main
from agenticops.errors import ConfigError
from agenticops.gates import judge
from agenticops.model import GateResult, Report
from agenticops.report.json_report import from_dict, to_dict
from agenticops.report.merge import (
    load_shards,
    merge_reports,
    report_path,
    source_order,
    thresholds,
)
from tests.mutation_project import FILES, THRESHOLDS, mutate, suite_of, write


def as_report(result_measurements: object) -> Report:
    m = result_measurements
    return Report(
        gates=judge(m, THRESHOLDS),  # type: ignore[arg-type]
        measurements=m,  # type: ignore[arg-type]
        profile="default",
        tool_version="0.1.0",
        created="2025-01-01T00:00:00+00:00",
        extra=dict(m.extra),  # type: ignore[attr-defined]
    )


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    root = tmp_path_factory.mktemp("merge")
    project = write(root / "project", FILES)
    work = root / "work"
    measured = suite_of(project, work)
    found = {"whole": as_report(mutate(project, work, measured, cache=None).measurements)}
    for k in (1, 2, 3):
        shard = mutate(project, work, measured, cache=None, shard=(k, 3))
        # through JSON and back, as CI artifacts travel
        found[f"{k}/3"] = from_dict(to_dict(as_report(shard.measurements)), source="test")
    return found


def shards(reports: dict[str, Report], *names: str) -> list[tuple[str, Report]]:
    return [(f"shard{name[0]}", reports[name]) for name in names]


def ids(report: Report) -> list[tuple[str, int, str]]:
    return [(m.id, m.line, m.status) for f in report.measurements.files for m in f.mutants]


def test_each_shard_tests_only_its_functions(reports: dict[str, Report]) -> None:
    functions = {
        k: sorted({m.function for f in reports[k].measurements.files for m in f.mutants})
        for k in ("1/3", "2/3", "3/3")
    }
    assert functions == {"1/3": ["Box.size", "add"], "2/3": ["Box.big"], "3/3": ["sign"]}
    for k in ("1/3", "2/3", "3/3"):
        sites = {f.path: f.mutation_sites for f in reports[k].measurements.files}
        assert sites == {"pkg/__init__.py": 0, "pkg/calc.py": 8}  # sites: the whole file
        assert reports[k].extra["shard"] == k
        assert reports[k].extra["commit"] is None  # not a git repository
        assert str(reports[k].extra["content"]).startswith("sha256:")


def test_three_shards_merged_equal_the_unsharded_run(reports: dict[str, Report]) -> None:
    merged = merge_reports(shards(reports, "2/3", "3/3", "1/3"))
    whole = reports["whole"]
    assert ids(merged) == ids(whole)
    assert len(ids(merged)) == 8
    assert merged.gates == whole.gates
    assert merged.passed == whole.passed
    assert [f.mutation_sites for f in merged.measurements.files] == [0, 8]
    assert merged.extra["merged"] == ["1/3", "2/3", "3/3"]
    assert merged.extra["config"] == reports["1/3"].extra["config"]
    assert merged.measurements.mutation.ran


def test_merged_report_survives_json(reports: dict[str, Report]) -> None:
    merged = merge_reports(shards(reports, "1/3", "2/3", "3/3"))
    assert to_dict(from_dict(to_dict(merged), source="merged")) == to_dict(merged)


def test_a_failed_shard_fails_the_merge(reports: dict[str, Report]) -> None:
    bad = reports["2/3"]
    run = replace(bad.measurements.mutation, ran=False, reason="mutmut did not finish")
    failed = replace(bad, measurements=replace(bad.measurements, mutation=run))
    merged = merge_reports([*shards(reports, "1/3", "3/3"), ("shard2", failed)])
    assert merged.measurements.mutation.reason == "shard 2/3: mutmut did not finish"
    assert not merged.passed


def with_extra(report: Report, **extra: object) -> Report:
    return replace(report, extra={**report.extra, **extra})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda r: with_extra(r, shard="2/2"),
            "shard3 is shard 2/2 but shard1 is shard 1/3: shards of different splits",
        ),
        (lambda r: with_extra(r, shard="1/3"), "shard1 and shard3 are both shard 1/3"),
        (
            lambda r: with_extra(r, commit="b" * 40),
            f"shard1 and shard3 measured different commits (None vs {'b' * 40})",
        ),
        (
            lambda r: with_extra(r, config="0123"),
            "shard1 and shard3 measured different configs",
        ),
        (
            lambda r: replace(
                r, gates=(*r.gates[:1], replace(r.gates[1], threshold=99.0), *r.gates[2:])
            ),
            "shard1 and shard3 were judged with different thresholds",
        ),
        (
            lambda r: replace(r, measurements=replace(r.measurements, coverage_total=1.0)),
            "shard1 and shard3 disagree on coverage",
        ),
        (
            lambda r: replace(
                r, measurements=replace(r.measurements, files=r.measurements.files[1:])
            ),
            "shard1 and shard3 disagree on the files (coverage, complexity, CRAP, mutation sites)",
        ),
    ],
)
def test_refusals(reports: dict[str, Report], change: object, message: str) -> None:
    third = change(reports["3/3"])  # type: ignore[operator]
    given = [*shards(reports, "1/3", "2/3"), ("shard3", third)]
    with pytest.raises(ConfigError) as error:
        merge_reports(given)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


def test_refusals_of_the_set(reports: dict[str, Report]) -> None:
    with pytest.raises(ConfigError, match=r"^--merge: no shard reports given$"):
        merge_reports([])
    with pytest.raises(ConfigError, match=r"^shard 3/3 missing: merge needs every shard"):
        merge_reports(shards(reports, "1/3", "2/3"))
    with pytest.raises(ConfigError, match=r"^whole: not a shard report \(made by `agenticops"):
        merge_reports([("whole", reports["whole"])])


def test_thresholds_read_back_from_gates(reports: dict[str, Report]) -> None:
    assert thresholds(reports["1/3"]) == THRESHOLDS
    off = replace(
        reports["1/3"],
        gates=(
            *reports["1/3"].gates[:-1],
            GateResult(name="mutation_sites", status="off", actual=None, threshold=None),
        ),
    )
    assert thresholds(off) == replace(THRESHOLDS, mutation_sites=None)


def test_source_order(reports: dict[str, Report]) -> None:
    mutants = [m for f in reports["whole"].measurements.files for m in f.mutants]
    assert source_order(list(reversed(mutants))) == tuple(mutants)


def save(report: Report, directory: Path, rel: str) -> Path:
    path = directory / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(to_dict(report)))
    return directory


def test_report_paths(reports: dict[str, Report], tmp_path: Path) -> None:
    a = save(reports["1/3"], tmp_path / "a", ".agenticops/report.json")
    b = save(reports["2/3"], tmp_path / "b", "report.json")
    assert report_path(a) == a / ".agenticops/report.json"
    assert report_path(b) == b / "report.json"
    assert [s for s, _ in load_shards([a, b])] == [
        str(a / ".agenticops/report.json"),
        str(b / "report.json"),
    ]
    with pytest.raises(
        ConfigError, match=r"no shard report \(\.agenticops/report\.json or report\.json\)$"
    ):
        report_path(tmp_path / "nothing")


def test_cli_merge(
    reports: dict[str, Report], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dirs = [str(save(reports[k], tmp_path / k[0], "report.json")) for k in ("1/3", "2/3", "3/3")]
    out = tmp_path / "merged.json"
    code = main(["report", "--merge", *dirs, "--format", "json", "--output", str(out)])
    merged = json.loads(out.read_text())
    assert code == (0 if merged["passed"] else 1)
    assert [m["id"] for f in merged["files"] for m in f["mutants"]] == [
        i for i, _, _ in ids(reports["whole"])
    ]
    assert main(["report", "--merge", *dirs[:2]]) == 4
    assert capsys.readouterr().err.strip() == (
        "agenticops: error: shard 3/3 missing: merge needs every shard of the split"
    )
    assert main(["report", *dirs[:2]]) == 2
    assert "report takes one PATH" in capsys.readouterr().err

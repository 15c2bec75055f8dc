"""The benchmark's pure parts: verdicts read back, compared, and tabulated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from projects import HUMANIZE, PROJECTS, SEMVER, Edit
from results import (
    Run,
    compare,
    counts,
    forget_durations,
    read_meta_files,
    read_report,
    retested_from,
    rows,
    status_of,
    table,
    targets,
    timeout_share,
)
from run import Out, missing_commands, write_results


def meta(path: Path, codes: dict[str, int | None], durations: dict[str, float]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "exit_code_by_key": codes,
                "hash_by_function_name": {},
                "type_check_error_by_key": {},
                "durations_by_key": durations,
                "estimated_durations_by_key": {},
            }
        )
    )


def test_meta_files_and_forgetting_durations(tmp_path: Path) -> None:
    meta(
        tmp_path / "src/a.py.meta",
        {"a.x_f__mutmut_1": 1, "a.x_f__mutmut_2": 0},
        {"a.x_f__mutmut_1": 0.5},
    )
    meta(tmp_path / "src/b/c.py.meta", {"b.c.x_g__mutmut_1": -24, "b.c.x_g__mutmut_2": None}, {})
    statuses, durations = read_meta_files(tmp_path)
    assert statuses == {
        "a.x_f__mutmut_1": "killed",
        "a.x_f__mutmut_2": "survived",
        "b.c.x_g__mutmut_1": "timeout",
        "b.c.x_g__mutmut_2": "not_checked",
    }
    assert durations == {"a.x_f__mutmut_1": 0.5}
    forget_durations(tmp_path)
    assert read_meta_files(tmp_path) == (statuses, {})


def test_status_of_unknown_codes() -> None:
    assert status_of(99) == "suspicious"
    assert status_of(33) == "no_tests"


def test_report_and_cache_note(tmp_path: Path) -> None:
    report = {
        "files": [{"mutants": [{"id": "m1", "status": "killed", "duration": None}]}],
        "mutation": {"diagnostics": ["mutation cache: 3 verdicts reused, 1 mutants re-tested"]},
    }
    (tmp_path / "r.json").write_text(json.dumps(report))
    statuses, durations, notes = read_report(tmp_path / "r.json")
    assert (statuses, durations) == ({"m1": "killed"}, {"m1": None})
    assert retested_from(notes) == 1
    assert retested_from(["x", "mutation cache: all 12 verdicts reused; mutmut not run"]) == 0
    assert retested_from(["nothing"]) is None


def test_timeout_share() -> None:
    statuses = {"a": "killed", "b": "timeout", "c": "survived"}
    assert timeout_share(statuses, {"a": 1.0, "b": 3.0, "c": 0.0}) == 0.75
    assert timeout_share(statuses, {"a": None, "b": 0.0}) is None  # forkserver: no durations
    assert timeout_share({"a": "killed"}, {}) == 0.0


def test_counts_and_comparison() -> None:
    assert counts({"a": "killed", "b": "survived", "c": "killed", "d": "no_tests"}) == (
        "4: 2 killed, 1 no tests, 1 survived"
    )
    assert counts({}) == "0"
    plain = {"a": "killed", "b": "timeout", "c": "survived", "d": "killed"}
    gate = {"a": "killed", "b": "killed", "c": "killed", "e": "killed"}
    agreement = compare(plain, gate)
    assert not agreement.same_ids
    assert agreement.differing == ("b", "c")
    assert agreement.differing_detection == ("c",)


def test_rows_and_table() -> None:
    a = Run(
        wall=100.0, cpu=150.0, peak_mb=90.0, returncodes=(0,), statuses={"x": "killed"}, retested=1
    )
    b = Run(wall=105.0, cpu=140.0, peak_mb=120.0, returncodes=(1,), statuses={"x": "killed"})
    assert rows("semver", "cold", a, b) == [
        "| semver | cold | a: plain | 100.0 | 150.0 | 90 | 1: 1 killed | 1 | | | |",
        "| semver | cold | b: gate | 105.0 | 140.0 | 120 | 1: 1 killed | – | 1.05 | 0.93 | +30 |",
    ]
    assert table(["| row |"]).splitlines()[2] == "| row |"


def test_edits(tmp_path: Path) -> None:
    (tmp_path / "f.py").write_text("a = 1\nb = 2\n")
    Edit("f.py", "b = 2\n", "b = 3\n", "b").apply(tmp_path)
    assert (tmp_path / "f.py").read_text() == "a = 1\nb = 3\n"
    Edit("f.py", "", "c = 4\n", "append").apply(tmp_path)
    Edit("new/g.py", "", "x\n", "create").apply(tmp_path)
    assert (tmp_path / "f.py").read_text().endswith("c = 4\n")
    assert (tmp_path / "new/g.py").read_text() == "x\n"
    with pytest.raises(ValueError, match="not there exactly once"):
        Edit("f.py", "zzz", "y", "missing").apply(tmp_path)


def test_pinned_projects() -> None:
    assert list(PROJECTS) == ["semver", "humanize"]
    assert SEMVER.requirement == "semver==3.1.1"
    assert HUMANIZE.requirement == "humanize==4.17.0"
    assert 'process_isolation = "forkserver"' in SEMVER.mutmut
    assert 'isolation = "forkserver"' in HUMANIZE.agenticops


def test_results_file_keeps_the_text_around_the_markers(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    write_results(path, "first")
    assert "<!-- bench:begin -->\nfirst\n<!-- bench:end -->" in path.read_text()
    path.write_text(
        path.read_text().replace("# Benchmark results", "# Results\n\nnotes") + "\nafter\n"
    )
    write_results(path, "second")
    text = path.read_text()
    assert text.startswith("# Results\n\nnotes")
    assert "second" in text
    assert "first" not in text
    assert text.endswith("after\n")
    bare = tmp_path / "bare.md"
    bare.write_text("just text\n")
    write_results(bare, "body")
    assert bare.read_text() == "just text\n\n<!-- bench:begin -->\nbody\n<!-- bench:end -->\n"


def test_missing_commands() -> None:
    assert missing_commands(["sh", "surely-not-a-command-here"]) == ["surely-not-a-command-here"]


def run(wall: float, statuses: dict[str, str], peak: float = 100.0, **more: object) -> Run:
    return Run(wall=wall, cpu=wall, peak_mb=peak, returncodes=(0,), statuses=statuses, **more)  # type: ignore[arg-type]


def test_targets_lines() -> None:
    same = {"m1": "killed", "m2": "timeout"}
    runs = {
        "cold": (run(100, same), run(105, same, timeout_share=0.05), 90.0),
        "no change": (run(10, same), run(8, same, retested=0), 5.0),
        "function changed": (run(20, same, retested=2), run(12, same, retested=2), 11.0),
        "test added": (run(10, same, retested=0), run(9, same, retested=1, peak=250.0), 5.0),
    }
    assert targets("p", runs) == [
        "p: cold, all gates 105.0 s vs plain tools 100.0 s = 1.05 (target ≤ 1.10: met)",
        "p: cold verdicts: same mutants True, 0 statuses differ, 0 differ in detected or not"
        " (target 0: met)",
        "p: timeouts 1 (plain mutmut: 1); their share of worker time: 5.0 % (target ≤ 10 %)",
        "p: no change 8.0 s (target ≤ 10 s: met); re-tested 0",
        "p: one function changed 12.0 s = 0.11 × cold (target ≤ 0.10: MISSED); mutmut's own"
        " incremental run 11.0 s, ratio 1.09 (target ≤ 1.2: met); re-tested 2 (mutmut: 2)",
        "p: one test added: re-tested 1 (mutmut: 0), 9.0 s",
        "p: peak memory 250 MB, at most +150 MB over the plain tools (target ≤ +100 MB: MISSED)",
    ]
    other = {"m1": "survived", "m2": "timeout"}
    lines = targets("p", {**runs, "cold": (run(100, same), run(100, other), 90.0)})
    assert lines[1] == (
        "p: cold verdicts: same mutants True, 1 statuses differ, 1 differ in detected or not"
        " (target 0: MISSED)"
    )
    assert lines[2].endswith("their share of worker time: unknown (no durations) (target ≤ 10 %)")


def test_out_writes_what_it_has_after_every_addition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "RESULTS.md"
    out = Out("header", path)
    out.rows(["| a |", "| b |"])
    assert "| a |\n| b |" in path.read_text()
    out.note("first", "second")
    text = path.read_text()
    assert text.endswith("| b |\n\n- first\n- second\n<!-- bench:end -->\n")
    assert text.count("header") == 1
    assert capsys.readouterr().out == "| a |\n| b |\n- first\n- second\n"

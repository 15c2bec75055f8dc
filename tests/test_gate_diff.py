"""`agenticops gate --diff BASE` through the real CLI, on tiny git projects built here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agenticops.cli import main
from agenticops.scope import NO_FUNCTION, NO_SOURCE
from tests.scope_repo import OPS, PROJECT, commit, init, write

#: sign() gains an untested branch: lines 17-18 are new, line 18 never runs
SIGN_CHANGED = OPS.replace(
    "        return 1\n", "        return 1\n    if x != x:\n        return 2\n"
)
MUTATION_OFF = ["--set", "mutation_score=false", "--set", "mutation_sites=false"]


def gate(repo: Path, *args: str) -> tuple[int, dict[str, Any]]:
    out = repo.parent / "report.json"
    code = main(["gate", str(repo), "--format", "json", "--output", str(out), *args])
    return code, json.loads(out.read_text(encoding="utf-8"))


def verdicts(report: dict[str, Any]) -> dict[str, tuple[str, Any, str]]:
    return {g["name"]: (g["status"], g["actual"], g["reason"]) for g in report["gates"]}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return init(tmp_path / "repo", PROJECT)


def test_an_unknown_base_fails_before_anything_runs(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["gate", str(repo), "--diff", "origin/main"]) == 4
    assert capsys.readouterr().err == (
        f"agenticops: error: --diff 'origin/main': no such commit in the git repository at "
        f"{repo.resolve()} (a remote branch must be fetched first; a shallow clone may lack it)\n"
    )
    assert not (repo / ".agenticops").exists()  # nothing copied, measured or written


def test_outside_git_is_exit_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain"
    write(plain, PROJECT)
    assert main(["gate", str(plain), "--diff", "HEAD"]) == 4
    assert capsys.readouterr().err == (
        f"agenticops: error: --diff 'HEAD': {plain.resolve()} is not in a git work tree "
        "(fatal: not a git repository (or any of the parent directories): .git)\n"
    )


def test_a_change_without_source_fails_closed_and_says_why(repo: Path) -> None:
    write(repo, {"tests/test_more.py": "def test_more() -> None:\n    assert True\n"})
    code, report = gate(repo, "--diff", "HEAD")
    assert code == 1
    assert report["scope"] == "diff against HEAD: 0 files, 0 changed lines, 0 changed functions"
    gates = verdicts(report)
    assert gates.pop("tests") == ("passed", 0.0, "")  # the whole suite, the new test too
    assert gates == dict.fromkeys(gates, ("failed", None, NO_SOURCE))
    assert len(gates) == 5
    assert report["tests"]["collected"] == 3
    assert report["files"] == []
    assert report["mutation"]["ran"] is False  # mutmut was never started


def test_a_module_level_change_has_no_function_to_judge(repo: Path) -> None:
    ops = repo / "src/calc/ops.py"
    ops.write_text(OPS.replace("LIMIT = 10", "LIMIT = 5 + 5"), encoding="utf-8")
    code, report = gate(repo, "--diff", "HEAD")
    assert code == 1
    gates = verdicts(report)
    assert gates["coverage"] == ("passed", 100.0, "")  # line 3, run at import
    for name in ("complexity", "crap", "mutation_score", "mutation_sites"):
        assert gates[name] == ("failed", None, NO_FUNCTION)


def test_mutation_off_judges_the_changed_function(repo: Path) -> None:
    (repo / "src/calc/ops.py").write_text(SIGN_CHANGED, encoding="utf-8")
    code, report = gate(repo, "--diff", "HEAD", *MUTATION_OFF)
    assert code == 1  # 2 of 4 < 80: the new branch is never taken
    assert report["scope"] == "diff against HEAD: 1 file, 2 changed lines, 1 changed function"
    gates = verdicts(report)
    assert gates["coverage"] == ("failed", 50.0, "")  # 17 run, 18 not; 17->19 taken, 17->18 not
    assert gates["complexity"] == ("passed", 4.0, "")
    assert [g for g, v in gates.items() if v[0] == "off"] == ["mutation_score", "mutation_sites"]
    (ops,) = report["files"]
    assert (ops["path"], ops["coverage"], ops["missing_lines"]) == ("src/calc/ops.py", 50.0, [18])
    assert [f["name"] for f in ops["functions"]] == ["sign"]


@pytest.mark.e2e
def test_a_one_function_commit_mutates_only_that_function(repo: Path) -> None:
    """The real CLI, pytest, coverage.py, radon and mutmut: only sign's mutants are judged."""
    tested = SIGN_CHANGED.replace("    if x != x:\n        return 2\n", "")
    (repo / "src/calc/ops.py").write_text(tested.replace("if x > 0:", "if x >= 1:"), "utf-8")
    commit(repo, "sign: another way to say positive")
    code, report = gate(repo, "--diff", "HEAD~1")
    assert report["scope"] == "diff against HEAD~1: 1 file, 1 changed line, 1 changed function"
    gates = verdicts(report)
    assert gates["coverage"] == ("passed", 100.0, "")  # line 15 and both its branches
    (ops,) = report["files"]
    assert [f["name"] for f in ops["functions"]] == ["sign"]
    assert report["mutation"]["ran"] is True
    # mutmut 3.8.1's eight mutants of sign; clamp's one is not judged, though it counts in
    # the file's mutation sites (the sites gate judges the changed file as a whole)
    assert [(m["line"], m["status"]) for m in ops["mutants"]] == [
        (13, "killed"),
        (13, "killed"),
        (14, "killed"),
        (14, "killed"),
        (15, "survived"),  # x > 1: sign(1) is never asked
        (15, "survived"),  # x >= 2
        (16, "killed"),
        (17, "killed"),
    ]
    assert {m["function"] for m in ops["mutants"]} == {"sign"}
    assert ops["mutation_sites"] == 9
    assert gates["mutation_score"] == ("passed", 75.0, "")
    assert gates["mutation_sites"] == ("passed", 9.0, "")
    assert code == 0


def test_without_diff_the_whole_project_is_judged(repo: Path) -> None:
    (repo / "src/calc/ops.py").write_text(SIGN_CHANGED, encoding="utf-8")
    code, report = gate(repo, *MUTATION_OFF)
    assert code == 0
    assert report["scope"] == "project"
    assert [f["path"] for f in report["files"]] == ["src/calc/__init__.py", "src/calc/ops.py"]
    # 13 statements (18 missed) and 8 branches (17->18 missed): 19 of 21
    assert verdicts(report)["coverage"] == ("passed", round(100 * 19 / 21, 2), "")

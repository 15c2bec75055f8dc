"""End to end: `agenticops loop` through the real CLI with replay, command and Anthropic agents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agenticops.cli import main
from tests.e2e.loop_support import (
    AGENTS,
    BUGGY,
    REFUNDS,
    RIGHT,
    TESTS,
    command_agent,
    refunds_project,
    write_iterations,
)

pytestmark = pytest.mark.e2e


def run_dir(project: Path) -> Path:
    [only] = list((project / ".agenticops" / "runs").iterdir())
    return only


def events(run: Path, kind: str) -> list[dict[str, Any]]:
    lines = (run / "ledger.jsonl").read_text().splitlines()
    return [e for e in map(json.loads, lines) if e["event"] == kind]


def test_replay_example_is_accepted_at_iteration_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = refunds_project(tmp_path, mutation=True)
    recording = REFUNDS / "replay"
    code = main(["loop", str(project / "specs" / "refunds"), "--agent", f"replay:{recording}"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("ACCEPTED after 2 iteration(s): every gate holds at iteration 2")
    run = run_dir(project)
    result = json.loads((run / "result.json").read_text())
    assert result == {
        "verdict": "accepted",
        "reason": "every gate holds at iteration 2",
        "iterations": 2,
        "cost_usd": 0.0,
        "run_dir": str(run),
        "applied": False,
    }
    stages = [(e["iteration"], e["stage"], e["passed"]) for e in events(run, "stage")]
    assert stages == [
        (1, "import", True),
        (1, "tests", True),
        (1, "quality", True),
        (1, "mutation", False),
        (2, "import", True),
        (2, "tests", True),
        (2, "quality", True),
        (2, "mutation", True),
    ]
    second = (run / "prompts" / "iteration-2.md").read_text()
    assert "mutants survived" in second
    assert '+ raise ValueError("XXamounts must not be negativeXX")' in second
    report = json.loads((run / "report.json").read_text())
    assert report["passed"] is True
    # every iteration goes through the project's verdict cache; iteration 2 rewrote tests
    # that cover `refundable`, so none of iteration 1's verdicts could be reused
    mutants = [m for f in report["files"] for m in f["mutants"]]
    assert report["mutation"]["diagnostics"][0] == (
        f"mutation cache: 0 verdicts reused, {len(mutants)} mutants re-tested"
    )
    cache = json.loads((project / ".agenticops" / "cache" / "mutation.json").read_text())
    [cached] = cache["functions"].values()
    assert [m["status"] for m in cached["mutants"]] == [m["status"] for m in mutants]
    patch = (run / "final.patch").read_text()
    assert "+++ b/src/refunds.py" in patch
    assert "+++ b/tests/test_refunds.py" in patch
    assert not (project / "src" / "refunds.py").exists()  # the user's tree is untouched


def test_buggy_then_right_command_agent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = refunds_project(tmp_path)
    recording = write_iterations(
        tmp_path / "rec",
        {
            1: {"src/refunds.py": BUGGY, "tests/test_refunds.py": TESTS},
            2: {"src/refunds.py": RIGHT},
        },
    )
    code = main(
        [
            "loop",
            str(project / "specs" / "refunds"),
            "--agent",
            command_agent(AGENTS / "copy_iteration.sh", recording),
            "--json",
            "--apply",
        ]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (result["verdict"], result["iterations"], result["applied"]) == ("accepted", 2, True)
    second = (Path(result["run_dir"]) / "prompts" / "iteration-2.md").read_text()
    assert "Scenario 'Refund what the chargeback left'" in second
    assert "assert 10000 == 7500" in second or "7500" in second
    assert (project / "src" / "refunds.py").read_text() == RIGHT  # --apply
    assert (project / "tests" / "agenticops_contract").is_dir()


def test_never_right_is_rejected_when_iterations_run_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = refunds_project(tmp_path)
    recording = write_iterations(
        tmp_path / "rec", {1: {"src/refunds.py": BUGGY, "tests/test_refunds.py": TESTS}}
    )
    code = main(
        [
            "loop",
            str(project / "specs" / "refunds"),
            "--agent",
            command_agent(AGENTS / "copy_iteration.sh", recording),
            "--max-iterations",
            "2",
        ]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("REJECTED after 2 iteration(s): budget spent: 2 of 2 iterations used")
    assert not (project / "src" / "refunds.py").exists()


def test_tampering_is_reverted_recorded_and_never_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = refunds_project(tmp_path)
    feature = (project / "specs" / "refunds" / "refunds.feature").read_text()
    pyproject = (project / "pyproject.toml").read_text()
    recording = write_iterations(
        tmp_path / "rec",
        {
            1: {
                "src/refunds.py": RIGHT,
                "tests/test_refunds.py": TESTS,
                "specs/refunds/refunds.feature": feature.replace("7500", "9999"),
                "pyproject.toml": pyproject + "\n[tool.agenticops.gates]\ncoverage = 1\n",
                "tests/agenticops_contract/conftest.py": "collect_ignore_glob = ['*']\n",
            },
        },
    )
    code = main(
        [
            "loop",
            str(project / "specs" / "refunds"),
            "--agent",
            command_agent(AGENTS / "copy_iteration.sh", recording),
            "--json",
        ]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert result["iterations"] == 2  # iteration 1 had violations, so it could not be accepted
    run = Path(result["run_dir"])
    violations = {(e["iteration"], e["path"], e["kind"]) for e in events(run, "violation")}
    assert violations == {
        (1, "specs/refunds/refunds.feature", "locked"),
        (1, "pyproject.toml", "locked"),
        (1, "tests/agenticops_contract/conftest.py", "locked"),
    }
    workspace = run / "workspace"
    assert (workspace / "specs" / "refunds" / "refunds.feature").read_text() == feature
    assert (workspace / "pyproject.toml").read_text() == pyproject
    assert "specs/refunds/refunds.feature" in (run / "prompts" / "iteration-2.md").read_text()


def test_bad_spec_is_one_line_exit_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = refunds_project(tmp_path)
    contract = project / "specs" / "refunds" / "contract.toml"
    contract.write_text(
        contract.read_text().replace(
            'holds = "0 <= result <= requested"', 'holds = "0 <= result <="'
        )
    )
    code = main(["loop", str(project / "specs" / "refunds"), "--agent", "replay:x"])
    err = capsys.readouterr().err
    assert code == 4
    assert err.startswith("agenticops: error: ")
    assert "contract.toml:" in err
    assert err.count("\n") == 1


def test_not_a_spec_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["loop", str(tmp_path)]) == 4
    assert (
        capsys.readouterr().err
        == f"agenticops: error: {tmp_path}: not a spec directory (no contract.toml)\n"
    )


def test_no_agent_is_exit_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = refunds_project(tmp_path)
    assert main(["loop", str(project / "specs" / "refunds")]) == 4
    assert "no agent: give --agent" in capsys.readouterr().err

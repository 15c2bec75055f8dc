"""apply_accepted copies the accepted change into the user's project and records that it did."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from agenticops.errors import ConfigError
from agenticops.ledger import Ledger
from agenticops.loop.verdict import LoopResult, apply_accepted
from agenticops.workspace.patch import user_snapshot
from tests.loop.test_loop_agent import make_run, write
from tests.mutation_project import config

RESULT = LoopResult(
    verdict="accepted", reason="all stages passed", iterations=2, cost_usd=0.1234567, run_dir="r"
)


def events(ledger: Ledger) -> list[dict[str, Any]]:
    return [{k: v for k, v in e.items() if k != "at"} for e in ledger.events()]


def accepted_run(tmp_path: Path) -> tuple[Path, Any]:
    """The user's project, and a run whose workspace changed one file, added one, removed one."""
    files = {"pyproject.toml": "[project]\n", "src/a.py": "a = 1\n", "src/old.py": "old = 1\n"}
    project = write(tmp_path / "proj", files)
    run = make_run(tmp_path)
    shutil.rmtree(run.workspace)
    shutil.copytree(project, run.workspace)
    start = tmp_path / "start"
    shutil.copytree(project, start)
    write(run.workspace, {"src/a.py": "a = 2\n", "src/new.py": "new = 1\n"})
    (run.workspace / "src" / "old.py").unlink()
    run = dataclasses.replace(
        run, config=config(project), start=start, user_before=user_snapshot(project)
    )
    return project, run


def test_the_accepted_change_is_applied_and_recorded(tmp_path: Path) -> None:
    project, run = accepted_run(tmp_path)
    ledger = Ledger(tmp_path / "run")

    applied = apply_accepted(run, ledger, RESULT)

    assert applied == dataclasses.replace(RESULT, cost_usd=0.123457, applied=True)
    assert (project / "src" / "a.py").read_text(encoding="utf-8") == "a = 2\n"
    assert (project / "src" / "new.py").read_text(encoding="utf-8") == "new = 1\n"
    assert not (project / "src" / "old.py").exists()
    assert events(ledger) == [
        {"event": "applied", "paths": ["src/a.py", "src/new.py", "src/old.py"]}
    ]
    written = json.loads((tmp_path / "run" / "result.json").read_text(encoding="utf-8"))
    assert written == {
        "verdict": "accepted",
        "reason": "all stages passed",
        "iterations": 2,
        "cost_usd": 0.123457,
        "run_dir": "r",
        "applied": True,
    }


def test_a_project_changed_meanwhile_is_not_applied_to(tmp_path: Path) -> None:
    project, run = accepted_run(tmp_path)
    (project / "src" / "a.py").write_text("a = 99\n", encoding="utf-8")
    ledger = Ledger(tmp_path / "run")

    with pytest.raises(ConfigError, match=r"the project changed since the run began \(src/a.py\)"):
        apply_accepted(run, ledger, RESULT)

    assert (project / "src" / "a.py").read_text(encoding="utf-8") == "a = 99\n"
    assert not (project / "src" / "new.py").exists()
    assert events(ledger) == []
    assert not (tmp_path / "run" / "result.json").exists()

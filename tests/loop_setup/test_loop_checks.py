"""loop_checks: the Checks of a loop run; its operative check reports unchecked step values."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import pytest

from agenticops.loop_setup import checks as checks_module
from agenticops.loop_setup.checks import loop_checks
from agenticops.measure.project import MeasureOptions
from agenticops.spec import load_spec
from agenticops.spec.operative.findings import OperativeFinding
from tests.mutation_project import config

SPEC = Path(__file__).resolve().parents[2] / "examples" / "refunds" / "specs" / "refunds"


def finding(message: str) -> OperativeFinding:
    return OperativeFinding(
        feature="refunds.feature",
        scenario="s",
        line=7,
        original="1",
        replacement="2",
        message=message,
    )


def test_the_checks_name_the_module_the_generated_tests_and_the_scenarios(tmp_path: Path) -> None:
    workspace = tmp_path / "workspace"
    generated = [
        workspace / "tests" / "agenticops_contract" / name
        for name in ("__init__.py", "conftest.py", "test_acceptance.py", "test_examples.py")
    ]
    spec = load_spec(SPEC)
    options = MeasureOptions(python="py", env={})

    checks = loop_checks(spec, workspace, generated, config(workspace), options)

    assert checks.module == "refunds"
    assert checks.required_tests == (
        "tests/agenticops_contract/test_acceptance.py",
        "tests/agenticops_contract/test_examples.py",
    )
    assert checks.labels == {
        "test_refund_what_the_chargeback_left": (
            "Scenario 'Refund what the chargeback left' (refunds.feature:5)"
        ),
        "test_never_more_than_what_is_left": (
            "Scenario 'Never more than what is left' (refunds.feature:11)"
        ),
        "test_inconsistent_books_are_refused": (
            "Scenario 'Inconsistent books are refused' (refunds.feature:24)"
        ),
    }
    # the spec brings its own steps: nothing to probe, nothing found
    assert checks.operative(workspace) == []


def test_the_operative_check_runs_in_the_copy_and_reports_each_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    (work / "pkg").mkdir(parents=True)
    (work / "pkg" / "__init__.py").write_text("", encoding="utf-8")
    calls: list[dict[str, Any]] = []

    def fake(spec: object, workspace: Path, **kwargs: Any) -> tuple[OperativeFinding, ...]:
        calls.append({"spec": spec, "workspace": workspace, **kwargs})
        return (finding("Then steps still pass with 1 → 2"), finding("Examples still pass"))

    monkeypatch.setattr(checks_module, "check_operative", fake)
    spec = load_spec(SPEC)
    cfg = dataclasses.replace(config(tmp_path / "proj"), tests=("t1", "t2"))
    options = MeasureOptions(python="/bin/python9", env={"HOME": "/h", "PYTHONPATH": "/lib"})

    checks = loop_checks(spec, tmp_path / "workspace", [], cfg, options)
    found = checks.operative(work)

    assert found == [
        "### Acceptance steps do not check their values\n\n"
        "- Then steps still pass with 1 → 2\n"
        "- Examples still pass"
    ]
    assert calls == [
        {
            "spec": spec,
            "workspace": work,
            "python": "/bin/python9",
            "env": {"HOME": "/h", "PYTHONPATH": os.pathsep.join([str(work), "/lib"])},
            "timeout": 300,
            "tests_dir": "t1",
        }
    ]

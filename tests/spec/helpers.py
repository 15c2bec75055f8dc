"""Spec builders and a real-pytest runner shared by the tests of agenticops.spec."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from textwrap import dedent
from xml.etree import ElementTree

from agenticops.proc import Completed, run

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "specs"
IMPL = FIXTURES.parent / "impl"
STEPS = FIXTURES.parent / "steps"

FEATURE = """\
Feature: Refunds
  Scenario: Refund after a chargeback
    Given an order paid 100 with 30 charged back
    When the customer asks for 100
    Then the refund is 70
"""

CONTRACT = """\
[contract]
name = "refunds"
intent = "Refund what is left."
module = "refunds"

[[function]]
name = "refundable"
signature = "(paid: int, charged_back: int, refunded: int, requested: int) -> int"
doc = "max(0, min(requested, paid - charged_back - refunded))"

[[invariant]]
function = "refundable"
name = "never more than requested"
holds = "0 <= result <= requested"
where = "charged_back + refunded <= paid"
given = { paid = "integers(0, 1000)" }

[[example]]
function = "refundable"
args = { paid = 100, charged_back = 30, refunded = 0, requested = 100 }
returns = 70

[boundaries]
writable = ["src/**", "tests/**"]
"""


def write_spec(
    root: Path, contract: str = CONTRACT, features: dict[str, str] | None = None
) -> Path:
    """A spec directory at root with the given contract.toml and feature files."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "contract.toml").write_text(dedent(contract), encoding="utf-8")
    for name, text in (features if features is not None else {"refunds.feature": FEATURE}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def make_workspace(root: Path, impl: str, steps: str | None = None) -> Path:
    """A project copy: tests/fixtures/impl/<impl> as src/, and agent steps as tests/conftest.py."""
    shutil.copytree(IMPL / impl, root / "src")
    (root / "tests").mkdir(parents=True)
    if steps is not None:
        shutil.copyfile(STEPS / f"{steps}.py", root / "tests" / "conftest.py")
    return root


def workspace_env(workspace: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(workspace / "src")}


def run_pytest(workspace: Path, *args: str) -> tuple[Completed, dict[str, str]]:
    """Run the real pytest in the workspace; the outcome of each test read from its JUnit XML."""
    report = workspace / "junit.xml"
    argv = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", f"--junitxml={report}"]
    completed = run([*argv, *args], cwd=workspace, env=workspace_env(workspace), timeout=120)
    outcomes = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        module = case.get("classname", "").rpartition(".")[2]
        failed = case.find("failure") is not None or case.find("error") is not None
        outcomes[f"{module}::{case.get('name')}"] = "failed" if failed else "passed"
    return completed, outcomes

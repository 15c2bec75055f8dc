from __future__ import annotations

import shutil
import sys
from pathlib import Path

from agenticops.spec.loader import load_spec
from agenticops.spec.operative import OperativeFinding, check_operative
from agenticops.spec.operative.outcomes import read_outcomes as _outcomes
from agenticops.spec.operative.package import write_package as _write
from agenticops.spec.operative.probes import build_probes as _probes

from .helpers import FIXTURES, STEPS, make_workspace, workspace_env, write_spec

GOLDEN = Path(__file__).resolve().parent / "golden" / "operative"

LAZY = [
    "Then steps of scenario 'Refund after a chargeback' (features/refunds.feature:7) still pass "
    "with 70 → 71: the step definitions do not check this value",
    "Examples of scenario 'Partial refunds' (features/refunds.feature:17) still pass with "
    "60 → 61: the step definitions do not check this value",
    "Examples of scenario 'Partial refunds' (features/refunds.feature:18) still pass with "
    "25 → 26: the step definitions do not check this value",
    "Then steps of scenario 'Negative amounts are refused' (features/refunds.feature:23) match "
    'no step definition with "negative amount" → "Xnegative amountX": the step definitions '
    "match the literal text; capture the value with a parser and check it",
]


def operative(spec, workspace, timeout=120.0):
    return check_operative(
        spec, workspace, python=sys.executable, env=workspace_env(workspace), timeout=timeout
    )


def test_steps_that_check_the_values_pass(refunds_dir, tmp_path):
    workspace = make_workspace(tmp_path / "ws", "refunds_good", steps="steps_good")
    assert operative(load_spec(refunds_dir), workspace) == ()
    assert sorted(p.name for p in (workspace / "tests").iterdir()) == ["__pycache__", "conftest.py"]


def test_steps_that_ignore_the_values_are_found(refunds_dir, tmp_path):
    workspace = make_workspace(tmp_path / "ws", "refunds_good", steps="steps_lazy")
    # the project's own addopts must not select or stop the check's tests
    (workspace / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\naddopts = "-k original"\n'
    )
    findings = operative(load_spec(refunds_dir), workspace)
    assert [f.message for f in findings] == LAZY
    assert findings[0] == OperativeFinding(
        feature="features/refunds.feature",
        scenario="Refund after a chargeback",
        line=7,
        original="70",
        replacement="71",
        message=LAZY[0],
    )
    assert str(findings[0]) == LAZY[0]
    assert sorted(p.name for p in (workspace / "tests").iterdir()) == ["__pycache__", "conftest.py"]
    assert not (workspace / ".pytest_cache").exists()


def test_a_scenario_failing_as_written_is_left_to_the_acceptance_tests(refunds_dir, tmp_path):
    workspace = make_workspace(tmp_path / "ws", "refunds_good", steps="steps_good")
    conftest = workspace / "tests" / "conftest.py"
    text = conftest.read_text()
    conftest.write_text(text.replace('assert order["result"] == amount', "assert amount != 70"))
    findings = operative(load_spec(refunds_dir), workspace)
    assert [f.message for f in findings] == LAZY[1:3]


def test_human_steps_are_not_checked(refunds_dir, tmp_path):
    shutil.copyfile(STEPS / "steps_lazy.py", refunds_dir / "steps.py")
    workspace = tmp_path / "ws"  # nothing to run: the workspace is never touched
    assert operative(load_spec(refunds_dir), workspace) == ()
    assert not workspace.exists()


def test_scenarios_without_literals_need_no_run(tmp_path):
    feature = "Feature: x\n  Scenario: y\n    Given an order\n    Then it is refunded\n"
    spec = load_spec(write_spec(tmp_path / "spec", features={"x.feature": feature}))
    assert operative(spec, tmp_path / "ws") == ()
    assert not (tmp_path / "ws").exists()


def test_a_run_that_collects_nothing_is_a_finding(refunds_dir, tmp_path):
    workspace = make_workspace(tmp_path / "ws", "refunds_good")
    (workspace / "tests" / "conftest.py").write_text(f"raise ImportError('broken {'x' * 300}')\n")
    stale = workspace / "tests" / "agenticops_operative"
    stale.mkdir()  # left over by a killed run: replaced, then removed
    (stale / "test_old.py").write_text("")
    (finding,) = operative(load_spec(refunds_dir), workspace)
    assert finding.feature == finding.scenario == finding.original == finding.replacement == ""
    assert finding.line == 0
    prefix = "the operative check ran no scenario (pytest exit 4: "
    assert finding.message.startswith(prefix)
    assert finding.message.endswith("x)")  # the last line of pytest's output, cut at 200
    assert len(finding.message) == len(prefix) + 200 + 1
    assert "ImportError: broken xxx" in finding.message
    assert not stale.exists()


def test_a_run_that_times_out_is_a_finding(refunds_dir, tmp_path):
    workspace = make_workspace(tmp_path / "ws", "refunds_good", steps="steps_good")
    (finding,) = operative(load_spec(refunds_dir), workspace, timeout=0.01)
    assert finding.message == "the operative check timed out after 0.01 s"
    assert not (workspace / "tests" / "agenticops_operative").exists()


def test_outcomes_fold_to_the_worst_status(tmp_path):
    path = tmp_path / "outcomes.jsonl"
    records = [
        ("a", "passed"),
        ("a", "failed"),
        ("b", "skipped"),
        ("c", "failed"),
        ("c", "undefined"),
        ("d", "passed"),
    ]
    path.write_text("".join(f'{{"test": "{t}", "outcome": "{o}"}}\n' for t, o in records))
    assert _outcomes(path) == {"a": "failed", "b": "skipped", "c": "undefined", "d": "passed"}
    assert _outcomes(tmp_path / "missing.jsonl") == {}


def test_the_probe_package_is_pinned(tmp_path):
    spec = load_spec(FIXTURES / "refunds")
    target = tmp_path / "tests" / "probe"  # no tests directory yet: it is made
    _write(target, _probes(spec))
    assert sorted(p.name for p in target.iterdir()) == [
        "__init__.py",
        "conftest.py",
        "mutant_1.feature",
        "mutant_2.feature",
        "mutant_3.feature",
        "mutant_4.feature",
        "original_1.feature",
        "test_operative.py",
    ]
    for name in ("__init__.py", "conftest.py", "test_operative.py"):
        assert (target / name).read_text() == (GOLDEN / f"{name}.golden").read_text(), name
    assert (target / "original_1.feature").read_text() == spec.features[0].text
    assert 'Then the request is refused with "Xnegative amountX"' in (
        (target / "mutant_4.feature").read_text()
    )

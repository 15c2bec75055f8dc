from __future__ import annotations

import hashlib
import shutil

import pytest

from agenticops.errors import SpecError
from agenticops.spec.loader import digest, load_spec, spec_files
from agenticops.spec.records import Budget

from .helpers import FEATURE, write_spec


def test_load_the_refunds_fixture(refunds_dir):
    spec = load_spec(refunds_dir)
    assert (spec.root, spec.name, spec.module) == (refunds_dir, "refunds", "refunds")
    assert spec.intent.startswith("Tell support how much")
    assert [f.name for f in spec.functions] == ["refundable"]
    assert spec.function("refundable").signature == (
        "(paid: int, charged_back: int, refunded: int, requested: int) -> int"
    )
    assert [i.name for i in spec.invariants] == [
        "never more than requested",
        "never more than what is left",
    ]
    assert [(e.returns, e.raises) for e in spec.examples] == [(70, None), (None, "ValueError")]
    (feature,) = spec.features
    assert feature.path == "features/refunds.feature"
    assert [(s.name, s.line) for s in feature.scenarios] == [
        ("Refund after a chargeback", 4),
        ("Partial refunds", 9),
        ("Negative amounts are refused", 20),
    ]
    assert spec.features[0].scenarios[1].examples[0].rows[0] == ("100", "0", "40", "100", "60")
    assert spec.steps is None
    assert spec.writable == ("src/**", "tests/**")
    assert spec.budget == Budget(max_iterations=5, max_cost_usd=2.0, max_minutes=30.0)
    assert spec.digest == digest(refunds_dir)
    with pytest.raises(KeyError) as caught:
        spec.function("missing")
    assert caught.value.args == ("missing",)


def test_digest_is_sha256_of_relative_paths_and_bytes(tmp_path):
    root = write_spec(tmp_path / "s", "x", {"a.feature": "A"})
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "steps.cpython-311.pyc").write_bytes(b"cache")
    (root / "__pycache__" / "notes").write_bytes(b"cache")
    (root / "stray.pyc").write_bytes(b"cache")
    (root / ".DS_Store").write_bytes(b"finder")
    assert [p.name for p in spec_files(root)] == ["a.feature", "contract.toml"]
    expected = hashlib.sha256(b"a.feature\x001\x00A" + b"contract.toml\x001\x00x").hexdigest()
    assert digest(root) == expected
    (root / "a.feature").write_text("B")
    assert digest(root) != expected


def test_digest_changes_when_a_file_moves(tmp_path):
    root = write_spec(tmp_path / "s", "x", {"a.feature": "A"})
    before = digest(root)
    (root / "a.feature").rename(root / "b.feature")
    assert digest(root) != before


def test_human_steps_file(refunds_dir):
    (refunds_dir / "steps.py").write_text("from pytest_bdd import given\n")
    assert load_spec(refunds_dir).steps == refunds_dir / "steps.py"


def test_human_steps_package(refunds_dir):
    (refunds_dir / "steps").mkdir()
    (refunds_dir / "steps" / "orders.py").write_text("X = 1\n")
    assert load_spec(refunds_dir).steps == refunds_dir / "steps"


def message(path) -> str:
    with pytest.raises(SpecError) as info:
        load_spec(path)
    return str(info.value)


def test_not_a_directory(tmp_path):
    assert message(tmp_path / "nope") == (
        f"{tmp_path}/nope: not a directory (a spec is a directory with contract.toml)"
    )


def test_no_contract(tmp_path):
    assert message(tmp_path) == (
        f"{tmp_path}: no contract.toml (a spec needs contract.toml and *.feature files)"
    )


def test_contract_errors_come_first(tmp_path):
    root = write_spec(tmp_path, "[contract\n", {})
    assert message(root) == (
        f"{tmp_path}/contract.toml:1: invalid TOML: Expected ']' at the end of a table "
        "declaration (at line 1, column 10)"
    )


def test_no_feature_files(tmp_path):
    root = write_spec(tmp_path, features={})
    assert message(root) == f"{tmp_path}: no *.feature files (a spec needs at least one)"


def test_no_scenarios(tmp_path):
    root = write_spec(tmp_path, features={"a.feature": "Feature: empty\n"})
    assert message(root) == f"{tmp_path}: no scenarios in any feature file"


def test_bad_feature_names_file_and_line(tmp_path):
    root = write_spec(
        tmp_path,
        features={"ok.feature": FEATURE, "f/bad.feature": "Feature: x\n  Scenario: a\n    But b\n"},
    )
    assert message(root) == (
        f"{tmp_path}/f/bad.feature:3: the first step must be Given, When or Then, not But"
    )


def test_feature_not_utf8(tmp_path):
    root = write_spec(tmp_path, features={})
    (root / "a.feature").write_bytes(b"Feature: x\n  Scenario: \xff\n")
    assert message(root) == f"{tmp_path}/a.feature:2: not UTF-8 text (invalid start byte)"


def test_steps_file_and_package_together(refunds_dir):
    (refunds_dir / "steps.py").write_text("")
    (refunds_dir / "steps").mkdir()
    assert message(refunds_dir) == f"{refunds_dir}: has both steps.py and steps/; keep one"


def test_steps_that_do_not_parse(refunds_dir):
    (refunds_dir / "steps").mkdir()
    (refunds_dir / "steps" / "__init__.py").write_text("")
    (refunds_dir / "steps" / "orders.py").write_text("def given(:\n")
    assert (
        message(refunds_dir) == f"{refunds_dir}/steps/orders.py:1: invalid Python: invalid syntax"
    )


def test_fixture_is_unchanged_by_loading(refunds_dir, tmp_path):
    before = digest(refunds_dir)
    load_spec(refunds_dir)
    shutil.copytree(refunds_dir, tmp_path / "copy")
    assert digest(tmp_path / "copy") == before


def test_steps_file_that_does_not_parse(refunds_dir):
    (refunds_dir / "steps.py").write_text("x = 1\n@given(\n")
    assert message(refunds_dir) == f"{refunds_dir}/steps.py:2: invalid Python: '(' was never closed"

"""lock_contract places the spec and its generated tests and copies that to the baseline;
scenario_labels names each scenario's test function."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from agenticops.loop_setup import scenario_labels
from agenticops.loop_setup.contract import lock_contract
from agenticops.spec import load_spec
from tests.mutation_project import config

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "refunds"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "specs"

GENERATED = [
    "__init__.py",
    "_support.py",
    "conftest.py",
    "features/refunds.feature",
    "test_acceptance.py",
    "test_examples.py",
    "test_invariants.py",
    "test_signature.py",
]


def tree(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


def project(tmp_path: Path) -> Path:
    """A copy of examples/refunds (src/ and tests/ hold a .gitkeep) without its recording."""
    root = tmp_path.resolve() / "proj"
    ignore = shutil.ignore_patterns("replay", ".agenticops", "__pycache__")
    shutil.copytree(EXAMPLE, root, ignore=ignore)
    return root


def test_a_spec_inside_the_project_stays_where_it_is(tmp_path: Path) -> None:
    root = project(tmp_path)
    workspace = tmp_path / "workspace"
    shutil.copytree(root, workspace)
    (workspace / "src" / "readme.md").symlink_to("../README.md")
    spec_dir = root / "specs" / "refunds"
    cfg = dataclasses.replace(config(root), source=("src",), tests=("tests",))

    spec_rel, generated = lock_contract(
        load_spec(spec_dir), spec_dir, cfg, workspace, tmp_path / "baseline"
    )

    assert spec_rel == "specs/refunds"
    assert [p.relative_to(workspace).as_posix() for p in generated] == [
        f"tests/agenticops_contract/{name}" for name in GENERATED
    ]
    steps = (spec_dir / "steps.py").read_text(encoding="utf-8")
    conftest = workspace / "tests" / "agenticops_contract" / "conftest.py"
    assert steps in conftest.read_text(encoding="utf-8")
    assert not (workspace / "specs" / "refunds" / "specs").exists()
    assert tree(tmp_path / "baseline") == tree(workspace)
    assert tree(workspace) == [
        "README.md",
        "pyproject.toml",
        "specs",
        "specs/refunds",
        "specs/refunds/contract.toml",
        "specs/refunds/refunds.feature",
        "specs/refunds/steps.py",
        "src",
        "src/.gitkeep",
        "src/readme.md",
        "tests",
        "tests/.gitkeep",
        "tests/agenticops_contract",
        "tests/agenticops_contract/__init__.py",
        "tests/agenticops_contract/_support.py",
        "tests/agenticops_contract/conftest.py",
        "tests/agenticops_contract/features",
        "tests/agenticops_contract/features/refunds.feature",
        "tests/agenticops_contract/test_acceptance.py",
        "tests/agenticops_contract/test_examples.py",
        "tests/agenticops_contract/test_invariants.py",
        "tests/agenticops_contract/test_signature.py",
    ]
    link = tmp_path / "baseline" / "src" / "readme.md"
    assert link.is_symlink()  # copied as the link it is
    assert link.readlink() == Path("../README.md")


def test_a_spec_outside_the_project_is_copied_in_under_its_name(tmp_path: Path) -> None:
    root = tmp_path.resolve() / "proj"
    workspace = tmp_path / "workspace"
    for where in (root, workspace):
        where.mkdir()
        (where / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    spec_dir = tmp_path / "elsewhere" / "money"
    shutil.copytree(EXAMPLE / "specs" / "refunds", spec_dir)
    cfg = dataclasses.replace(config(root), source=("lib/app",), tests=("checks",))

    spec_rel, generated = lock_contract(
        load_spec(spec_dir), spec_dir, cfg, workspace, tmp_path / "baseline"
    )

    assert spec_rel == "specs/refunds"
    assert [p.relative_to(workspace).as_posix() for p in generated] == [
        f"checks/agenticops_contract/{name}" for name in GENERATED
    ]
    for name in ("contract.toml", "refunds.feature", "steps.py"):
        placed = workspace / "specs" / "refunds" / name
        assert placed.read_bytes() == (spec_dir / name).read_bytes()
    assert (workspace / "lib" / "app").is_dir()
    assert not (workspace / "tests").exists()
    assert tree(tmp_path / "baseline") == tree(workspace)
    assert not (root / "specs").exists()  # the project itself is left alone


def test_scenario_labels_name_each_scenario_by_its_test_function() -> None:
    assert scenario_labels(load_spec(EXAMPLE / "specs" / "refunds")) == {
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
    nested = load_spec(FIXTURES / "refunds")  # its feature file sits in features/
    assert scenario_labels(nested) == {
        "test_refund_after_a_chargeback": (
            "Scenario 'Refund after a chargeback' (features/refunds.feature:4)"
        ),
        "test_partial_refunds": "Scenario 'Partial refunds' (features/refunds.feature:9)",
        "test_negative_amounts_are_refused": (
            "Scenario 'Negative amounts are refused' (features/refunds.feature:20)"
        ),
    }


def test_a_spec_outside_the_project_replaces_the_workspace_copy_of_its_name(
    tmp_path: Path,
) -> None:
    root = tmp_path.resolve() / "proj"
    workspace = tmp_path / "workspace"
    for where in (root, workspace):
        (where / "specs" / "refunds").mkdir(parents=True)
        (where / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
        (where / "specs" / "refunds" / "contract.toml").write_text("# old\n", encoding="utf-8")
    spec_dir = tmp_path / "elsewhere" / "refunds"
    shutil.copytree(EXAMPLE / "specs" / "refunds", spec_dir)
    cfg = dataclasses.replace(config(root), source=("src",), tests=("tests",))

    spec_rel, _ = lock_contract(load_spec(spec_dir), spec_dir, cfg, workspace, tmp_path / "b")

    assert spec_rel == "specs/refunds"
    for name in ("contract.toml", "refunds.feature", "steps.py"):
        placed = workspace / "specs" / "refunds" / name
        assert placed.read_bytes() == (spec_dir / name).read_bytes()
    assert (root / "specs" / "refunds" / "contract.toml").read_text() == "# old\n"

"""Containment: locked and outside writes are reverted and recorded; cheats are caught."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from agenticops.workspace.guard import (
    Boundary,
    Violation,
    changed,
    contain,
    glob_regex,
    restore,
    snapshot,
)

BOUNDARY = Boundary(
    writable=("src/**", "tests/**"),
    locked=("specs/refunds", "tests/agenticops_contract", "pyproject.toml"),
)


@pytest.mark.parametrize(
    ("glob", "path", "matches"),
    [
        ("src/**", "src/a.py", True),
        ("src/**", "src/pkg/deep/a.py", True),
        ("src/**", "srcx/a.py", False),
        ("src/*.py", "src/a.py", True),
        ("src/*.py", "src/pkg/a.py", False),
        ("**/*.py", "a.py", True),
        ("**/*.py", "x/y/a.py", True),
        ("tests/test_?.py", "tests/test_a.py", True),
        ("tests/test_?.py", "tests/test_ab.py", False),
        ("a+b.py", "a+b.py", True),
    ],
)
def test_glob_regex(glob: str, path: str, matches: bool) -> None:
    assert bool(glob_regex(glob).fullmatch(path)) is matches


def test_boundary_locks_win_over_writable_globs() -> None:
    assert BOUNDARY.allows("src/refunds.py")
    assert BOUNDARY.allows("tests/test_refunds.py")
    assert not BOUNDARY.allows("tests/agenticops_contract/test_contract.py")
    assert not BOUNDARY.allows("tests/agenticops_contract")
    assert not BOUNDARY.allows("pyproject.toml")
    assert not BOUNDARY.allows("README.md")
    assert BOUNDARY.allows("tests/agenticops_contractual.py")


def test_a_lock_may_end_in_a_slash_and_locks_only_its_own_directory() -> None:
    boundary = Boundary(writable=("**",), locked=("build/", "data/X"))
    assert not boundary.allows("build/a.py")
    assert not boundary.allows("data/X/a.csv")
    assert boundary.allows("data/Y.csv")
    assert boundary.allows("builder.py")


def make_workspace(tmp_path: Path) -> tuple[Path, Path]:
    ws = tmp_path / "ws"
    for rel, text in {
        "pyproject.toml": "[tool.agenticops]\n",
        "specs/refunds/refunds.feature": "Feature: x\n",
        "tests/agenticops_contract/test_contract.py": "def test_x(): pass\n",
        "src/refunds.py": "X = 1\n",
        "README.md": "hi\n",
    }.items():
        (ws / rel).parent.mkdir(parents=True, exist_ok=True)
        (ws / rel).write_text(text)
    baseline = tmp_path / "baseline"
    shutil.copytree(ws, baseline, symlinks=True)
    return ws, baseline


def test_snapshot_and_changed(tmp_path: Path) -> None:
    ws, _ = make_workspace(tmp_path)
    (ws / "src" / "__pycache__").mkdir()
    (ws / "src" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    (ws / "venv").mkdir()
    (ws / "venv" / "pyvenv.cfg").write_text("")
    before = snapshot(ws)
    assert sorted(before) == [
        "README.md",
        "pyproject.toml",
        "specs/refunds/refunds.feature",
        "src/refunds.py",
        "tests/agenticops_contract/test_contract.py",
    ]
    (ws / "src" / "refunds.py").write_text("X = 2\n")
    (ws / "README.md").unlink()
    (ws / "src" / "new.py").write_text("")
    assert changed(before, snapshot(ws)) == ("README.md", "src/new.py", "src/refunds.py")
    assert "README.md" not in snapshot(ws, skip=frozenset({"src"}))


def test_contain_reverts_locked_and_outside_writes(tmp_path: Path) -> None:
    ws, baseline = make_workspace(tmp_path)
    before = snapshot(ws)
    (ws / "pyproject.toml").write_text("[tool.agenticops.gates]\ncoverage = 0\n")
    (ws / "specs" / "refunds" / "refunds.feature").unlink()
    (ws / "tests" / "agenticops_contract" / "conftest.py").write_text("collect_ignore = ['x']\n")
    (ws / "notes.txt").write_text("outside")
    (ws / "src" / "refunds.py").write_text("X = 3\n")
    paths, violations = contain(ws, baseline, BOUNDARY, before)
    assert paths == (
        "notes.txt",
        "pyproject.toml",
        "specs/refunds/refunds.feature",
        "src/refunds.py",
        "tests/agenticops_contract/conftest.py",
    )
    assert violations == (
        Violation(
            path="notes.txt",
            kind="outside",
            detail="created outside the writable boundary; removed",
        ),
        Violation(path="pyproject.toml", kind="locked", detail="modified a locked file; reverted"),
        Violation(
            path="specs/refunds/refunds.feature",
            kind="locked",
            detail="deleted a locked file; restored",
        ),
        Violation(
            path="tests/agenticops_contract/conftest.py",
            kind="locked",
            detail="created outside the writable boundary; removed",
        ),
    )
    assert (ws / "pyproject.toml").read_text() == "[tool.agenticops]\n"
    assert (ws / "specs" / "refunds" / "refunds.feature").read_text() == "Feature: x\n"
    assert not (ws / "notes.txt").exists()
    assert not (ws / "tests" / "agenticops_contract" / "conftest.py").exists()
    assert (ws / "src" / "refunds.py").read_text() == "X = 3\n"  # allowed change kept


def test_contain_removes_symlinks_out(tmp_path: Path) -> None:
    ws, baseline = make_workspace(tmp_path)
    before = snapshot(ws)
    secret = tmp_path / "secret.txt"
    secret.write_text("s")
    os.symlink(secret, ws / "src" / "leak.py")
    os.symlink(ws / "README.md", ws / "src" / "inside.md")
    _, violations = contain(ws, baseline, BOUNDARY, before)
    assert violations == (
        Violation(path="src/leak.py", kind="symlink", detail="symlink out of the workspace"),
    )
    assert not (ws / "src" / "leak.py").exists()
    assert (ws / "src" / "inside.md").is_symlink()


def test_contain_catches_new_cheats(tmp_path: Path) -> None:
    ws, baseline = make_workspace(tmp_path)
    (baseline / "src" / "refunds.py").write_text("X = 1  # pragma: no cover\n")
    (ws / "src" / "refunds.py").write_text("X = 1  # pragma: no cover\n")
    before = snapshot(ws)
    (ws / "src" / "refunds.py").write_text(
        "X = 1  # pragma: no cover\ndef f():  # pragma: no cover\n    pass  # pragma: no mutate\n"
    )
    (ws / "tests" / "test_x.py").write_text(
        "import pytest\n@pytest.mark.skip\ndef test_a(): pass\n"
        "@pytest.mark.xfail\ndef test_b(): pass\n"
        "@pytest.mark.skipif(True, reason='')\ndef test_c(): pass\n"
    )
    (ws / "tests" / "data.txt").write_text("pragma: no cover")
    _, violations = contain(ws, baseline, BOUNDARY, before)
    assert [(v.path, v.detail) for v in violations] == [
        ("src/refunds.py", "added pragma: no cover (1x)"),
        ("src/refunds.py", "added pragma: no mutate (1x)"),
        ("tests/test_x.py", "added pytest.skip (1x)"),
        ("tests/test_x.py", "added skipif (1x)"),
        ("tests/test_x.py", "added xfail (1x)"),
    ]
    assert all(v.kind == "cheat" for v in violations)


def test_restore_replaces_a_directory_with_the_file(tmp_path: Path) -> None:
    ws, baseline = make_workspace(tmp_path)
    (ws / "README.md").unlink()
    (ws / "README.md").mkdir()
    (ws / "README.md" / "x").write_text("")
    restore(ws, baseline, "README.md")
    assert (ws / "README.md").read_text() == "hi\n"


def test_a_symlink_pointed_at_another_file_is_a_change(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    for name in ("a.py", "b.py"):
        (tmp_path / "src" / name).write_text("A = 1\n")  # the same content: the target differs
    link = tmp_path / "src" / "current.py"
    link.symlink_to("a.py")
    before = snapshot(tmp_path)
    link.unlink()
    link.symlink_to("b.py")
    assert changed(before, snapshot(tmp_path)) == ("src/current.py",)

"""final.patch, and --apply refusing a tree that moved."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenticops.errors import ConfigError
from agenticops.workspace.patch import apply_change, make_patch, user_snapshot


def tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    return root


def test_make_patch(tmp_path: Path) -> None:
    old = tree(tmp_path / "old", {"a.py": "x = 1\n", "gone.py": "y\n", "img.bin": b"\xff\xfe"})
    new = tree(tmp_path / "new", {"a.py": "x = 2\n", "b.py": "new", "img.bin": b"\xff\x00"})
    patch = make_patch(old, new, ["a.py", "b.py", "gone.py", "img.bin", "same.py"])
    assert patch == (
        "diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n@@ -1 +1 @@\n-x = 1\n+x = 2\n"
        "diff --git a/b.py b/b.py\n--- /dev/null\n+++ b/b.py\n@@ -0,0 +1 @@\n+new\n"
        "\\ No newline at end of file\n"
        "diff --git a/gone.py b/gone.py\n--- a/gone.py\n+++ /dev/null\n@@ -1 +0,0 @@\n-y\n"
        "diff --git a/img.bin b/img.bin\nBinary files differ\n"
    )


def test_apply_change_copies_and_deletes(tmp_path: Path) -> None:
    target = tree(
        tmp_path / "project", {"src/a.py": "old\n", "src/gone.py": "bye\n", ".git/HEAD": "x"}
    )
    before = user_snapshot(target)
    ws = tree(tmp_path / "ws", {"src/a.py": "new\n", "src/b.py": "added\n"})
    apply_change(ws, target, ["src/a.py", "src/b.py", "src/gone.py", "src/never.py"], before)
    assert (target / "src" / "a.py").read_text() == "new\n"
    assert (target / "src" / "b.py").read_text() == "added\n"
    assert not (target / "src" / "gone.py").exists()


def test_apply_refuses_a_tree_that_changed(tmp_path: Path) -> None:
    target = tree(tmp_path / "project", {"src/a.py": "old\n"})
    before = user_snapshot(target)
    (target / "src" / "a.py").write_text("edited by the user meanwhile\n")
    (target / ".agenticops").mkdir()
    (target / ".agenticops" / "report.json").write_text("{}")  # our own state does not count
    ws = tree(tmp_path / "ws", {"src/a.py": "new\n"})
    with pytest.raises(
        ConfigError, match=r"the project changed since the run began \(src/a.py\); not applied"
    ):
        apply_change(ws, target, ["src/a.py"], before)
    assert (target / "src" / "a.py").read_text() == "edited by the user meanwhile\n"


def test_a_new_binary_file_is_named_and_the_paths_after_it_are_still_diffed(
    tmp_path: Path,
) -> None:
    old = tree(tmp_path / "old", {"a.py": "x = 1\n"})
    new = tree(tmp_path / "new", {"a.py": "x = 2\n", "img.bin": b"\xff\xfe"})
    assert make_patch(old, new, ["img.bin", "a.py"]) == (
        "diff --git a/img.bin b/img.bin\nBinary files differ\n"
        "diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n@@ -1 +1 @@\n-x = 1\n+x = 2\n"
    )


def test_apply_names_the_first_three_changes_that_stop_it(tmp_path: Path) -> None:
    target = tree(tmp_path / "project", {f"src/{n}.py": "old\n" for n in "abcd"})
    before = user_snapshot(target)
    for n in "abcd":
        (target / "src" / f"{n}.py").write_text("edited by the user meanwhile\n")
    ws = tree(tmp_path / "ws", {"src/a.py": "new\n"})
    with pytest.raises(ConfigError) as raised:
        apply_change(ws, target, ["src/a.py"], before)
    assert str(raised.value) == (
        f"{target}: the project changed since the run began (src/a.py, src/b.py, src/c.py); "
        "not applied — the accepted change is in final.patch"
    )


def test_apply_makes_the_directories_a_new_file_needs(tmp_path: Path) -> None:
    target = tree(tmp_path / "project", {"pyproject.toml": "[project]\n"})
    before = user_snapshot(target)
    ws = tree(tmp_path / "ws", {"src/pkg/deep/new.py": "N = 1\n"})
    apply_change(ws, target, ["src/pkg/deep/new.py"], before)
    assert (target / "src" / "pkg" / "deep" / "new.py").read_text() == "N = 1\n"

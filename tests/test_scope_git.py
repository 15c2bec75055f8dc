"""What changed since a git ref, read from real git repositories (agenticops/scope_git.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import agenticops.scope_git.git as git_commands
from agenticops.errors import ConfigError, ToolError
from agenticops.scope_git import (
    ChangedLines,
    _git,
    changed_lines,
    new_path,
    parse_diff,
    whole_files,
)
from tests.scope_repo import OPS, PROJECT, commit, git, init, write

#: `git diff --unified=0` as git 2.39 writes it (see test_a_real_diff_parses_the_same)
DIFF = """\
diff --git a/crlf.py b/crlf.py
index 415a78b..ce5d508 100644
--- a/crlf.py
+++ b/crlf.py
@@ -2 +2 @@ x
-y\r
+Y\r
diff --git a/del.py b/del.py
deleted file mode 100644
index 286c5f5..0000000
--- a/del.py
+++ /dev/null
@@ -1 +0,0 @@
-gone
diff --git a/m.txt b/m.txt
index 9405325..799363e 100644
--- a/m.txt
+++ b/m.txt
@@ -2 +2 @@ a
-b
+B
@@ -4 +3,0 @@ c
-d
@@ -5,0 +5,3 @@ e
+f
+++ b/fake.py
+@@ -1 +1,9 @@
diff --git a/new.py b/new.py
new file mode 100644
index 0000000..e573969
--- /dev/null
+++ b/new.py
@@ -0,0 +1,2 @@
+r1
+r2
diff --git a/nonl.py b/nonl.py
index 8d7864f..79cb5ec 100644
--- a/nonl.py
+++ b/nonl.py
@@ -2 +2 @@ p
-q
\\ No newline at end of file
+Q
\\ No newline at end of file
diff --git a/sp ace/f i.py b/sp ace/f i.py
index b68fde2..7692e7d 100644
--- a/sp ace/f i.py\t
+++ b/sp ace/f i.py\t
@@ -1 +1 @@
-k
+K
diff --git "a/ta\\tb.py" "b/ta\\tb.py"
index 718f4d2..62a6e3c 100644
--- "a/ta\\tb.py"
+++ "b/ta\\tb.py"
@@ -1 +1 @@
-t
+T
diff --git "a/\\303\\251.py" "b/\\303\\251.py"
index 4ae8ef0..765140b 100644
--- "a/\\303\\251.py"
+++ "b/\\303\\251.py"
@@ -1 +1 @@
-u
+U
diff --git a/blob.bin b/blob.bin
new file mode 100644
index 0000000..d8a2ea5
Binary files /dev/null and b/blob.bin differ
diff --git a/run.sh b/run.sh
old mode 100644
new mode 100755
"""


def test_hunks_give_the_new_side_lines_of_each_file() -> None:
    lines, removals = parse_diff(DIFF)
    assert lines == {
        "crlf.py": frozenset({2}),
        "m.txt": frozenset({2, 5, 6, 7}),  # `+++ b/fake.py` and `+@@` are body lines
        "new.py": frozenset({1, 2}),
        "nonl.py": frozenset({2}),
        "sp ace/f i.py": frozenset({1}),
        "ta\tb.py": frozenset({1}),
        "é.py": frozenset({1}),
    }
    assert removals == {"m.txt": frozenset({3})}  # old line 4 went, after new line 3
    assert "del.py" not in lines  # deleted: nothing left to measure


def test_an_empty_diff_changes_nothing() -> None:
    assert parse_diff("") == ({}, {})


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("b/src/a.py", "src/a.py"),
        ("/dev/null", None),
        ("b/with space.py\t", "with space.py"),
        ('"b/q\\"uote\\\\d.py"', 'q"uote\\d.py'),
        ('"b/\\a\\b\\f\\n\\r\\v.py"', "\a\b\f\n\r\v.py"),
        ('"b/\\377.py"', "\udcff.py"),  # not UTF-8: kept as the file system would name it
        ('"', '"'),  # too short to be quoted
        ('""', ""),  # quoted, and empty
    ],
)
def test_header_paths(header: str, path: str | None) -> None:
    assert new_path(header) == path


def test_a_real_diff_parses_the_same(tmp_path: Path) -> None:
    """The pinned DIFF above is what git writes; checked against git itself."""
    repo = init(
        tmp_path / "repo",
        {
            "m.txt": "a\nb\nc\nd\ne\n",
            "crlf.py": b"x\r\ny\r\nz\r\n",
            "nonl.py": "p\nq",
            "del.py": "gone\n",
            "sp ace/f i.py": "k\n",
            "ta\tb.py": "t\n",
            "é.py": "u\n",
        },
    )
    write(
        repo,
        {
            "m.txt": "a\nB\nc\ne\nf\n++ b/fake.py\n@@ -1 +1,9 @@\n",
            "crlf.py": b"x\r\nY\r\nz\r\n",
            "nonl.py": "p\nQ",
            "sp ace/f i.py": "K\n",
            "ta\tb.py": "T\n",
            "é.py": "U\n",
            "new.py": "r1\nr2\n",
        },
    )
    (repo / "del.py").unlink()
    git(repo, "add", "new.py")  # staged and unstaged changes count alike
    changes = changed_lines(repo, "HEAD")
    expected = parse_diff(DIFF)[0]
    assert changes.lines == expected
    assert changes.removals == {"m.txt": frozenset({3})}
    assert changes.base == "HEAD"
    assert changes.commit == git(repo, "rev-parse", "HEAD").strip()


def test_renames_are_a_new_file_and_untracked_files_count_whole(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo", {**PROJECT, ".gitignore": "ignored.py\n"})
    git(repo, "mv", "src/calc/ops.py", "src/calc/moved.py")
    write(
        repo,
        {
            "src/calc/fresh.py": "A = 1\r\nB = 2\r\n\r\nC = 3",  # CRLF, no final newline
            "src/calc/empty.py": "",
            "ignored.py": "X = 1\n",
            "notes.txt": "not Python\n",
        },
    )
    os.symlink(repo / "nowhere.py", repo / "src/calc/dangling.py")
    changes = changed_lines(repo, "HEAD")
    assert changes.lines == {
        "src/calc/fresh.py": frozenset({1, 2, 3, 4}),
        "src/calc/moved.py": frozenset(range(1, 18)),  # --no-renames: every line is new
    }
    assert changes.removals == {}


def test_a_project_below_the_git_top_level_sees_only_itself(tmp_path: Path) -> None:
    top = init(tmp_path / "top", {**{f"proj/{k}": v for k, v in PROJECT.items()}, "x.py": "1\n"})
    ops = top / "proj/src/calc/ops.py"
    ops.write_text(ops.read_text().replace("return 0", "return 0  # zero"), encoding="utf-8")
    write(top, {"x.py": "2\n", "other/new.py": "3\n", "proj/tests/test_new.py": "4\n"})
    changes = changed_lines(top / "proj", "HEAD")
    assert changes.lines == {
        "src/calc/ops.py": frozenset({17}),
        "tests/test_new.py": frozenset({1}),
    }


def test_a_ref_names_a_commit_in_the_past(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo", PROJECT)
    git(repo, "switch", "-q", "-c", "feature")
    ops = repo / "src/calc/ops.py"
    ops.write_text(ops.read_text().replace("if x > 0:", "if x >= 1:"), encoding="utf-8")
    commit(repo, "second")
    assert changed_lines(repo, "main").lines == {"src/calc/ops.py": frozenset({15})}
    assert changed_lines(repo, "HEAD~1").lines == {"src/calc/ops.py": frozenset({15})}
    assert changed_lines(repo, "HEAD").lines == {}


def test_commits_the_base_gained_since_are_not_this_change(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo", PROJECT)
    fork = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "switch", "-q", "-c", "feature")
    write(repo, {"src/calc/mine.py": "X = 1\n"})
    commit(repo, "mine")
    git(repo, "switch", "-q", "main")
    ops = repo / "src/calc/ops.py"
    ops.write_text(OPS.replace("return 0", "return 0  # main moved on"), encoding="utf-8")
    commit(repo, "theirs")
    git(repo, "switch", "-q", "feature")
    changes = changed_lines(repo, "main")
    assert changes.lines == {"src/calc/mine.py": frozenset({1})}  # not ops.py line 17
    assert changes.commit == fork


def test_without_shared_history_the_base_itself_is_compared(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo", PROJECT)
    main = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "switch", "-q", "--orphan", "other")
    write(repo, {"src/calc/ops.py": OPS.replace("LIMIT = 10", "LIMIT = 12")})
    commit(repo, "unrelated")
    changes = changed_lines(repo, "main")
    assert changes.commit == main
    assert changes.lines == {"src/calc/ops.py": frozenset({3})}


def test_touches_means_inside_a_line_range(tmp_path: Path) -> None:
    changes = ChangedLines(
        base="HEAD", lines={"a.py": frozenset({5})}, removals={"b.py": frozenset({9})}
    )
    assert changes.touches("a.py", 5, 5)
    assert changes.touches("a.py", 1, 7)
    assert not changes.touches("a.py", 6, 9)
    assert changes.touches("b.py", 9, 12)  # lines removed after line 9
    assert changes.touches("b.py", 3, 9)  # ... perhaps the end of this function: counted
    assert not changes.touches("b.py", 10, 12)
    assert not changes.touches("c.py", 1, 100)
    assert [changes.touched(p) for p in ("a.py", "b.py", "c.py")] == [True, True, False]
    assert not ChangedLines(base="HEAD", lines={"d.py": frozenset()}).touched("d.py")


def test_an_unknown_ref_is_a_config_error(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo", PROJECT).resolve()
    for ref in ("nope", "HEAD~5", "", "--output=x", "HEAD^{tree}"):
        with pytest.raises(ConfigError) as caught:
            changed_lines(repo, ref)
        assert str(caught.value) == (
            f"--diff {ref!r}: no such commit in the git repository at {repo} "
            "(a remote branch must be fetched first; a shallow clone may lack it)"
        )


def test_a_repository_without_commits_knows_no_head(tmp_path: Path) -> None:
    repo = tmp_path / "empty"
    repo.mkdir()
    git(repo, "init", "-q")
    with pytest.raises(ConfigError, match=r"^--diff 'HEAD': no such commit in the git repository"):
        changed_lines(repo, "HEAD")


def test_outside_a_work_tree_is_a_config_error(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(ConfigError) as caught:
        changed_lines(plain, "HEAD")
    assert str(caught.value) == (
        f"--diff 'HEAD': {plain.resolve()} is not in a git work tree "
        "(fatal: not a git repository (or any of the parent directories): .git)"
    )
    repo = init(tmp_path / "repo", PROJECT)
    with pytest.raises(ConfigError) as caught:  # inside .git itself: git says only "false"
        changed_lines(repo / ".git", "HEAD")
    assert (
        str(caught.value) == f"--diff 'HEAD': {(repo / '.git').resolve()} is not in a git work tree"
    )


def test_a_failing_git_command_is_a_tool_error(tmp_path: Path) -> None:
    with pytest.raises(ToolError, match=r"^git frobnicate in .* failed: .*frobnicate"):
        _git(tmp_path, "frobnicate")
    assert _git(tmp_path, "frobnicate", check=False).returncode != 0


def test_a_git_command_that_outlasts_its_timeout_is_a_tool_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "alias.nap", "!sleep 3")  # killed long before it could answer
    monkeypatch.setattr(git_commands, "GIT_TIMEOUT", 0.001)
    with pytest.raises(ToolError) as caught:
        _git(tmp_path, "nap")
    assert str(caught.value) == f"git nap in {tmp_path} failed: no output"


def test_a_file_named_like_the_base_commit_is_not_taken_for_it(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo", PROJECT)
    head = git(repo, "rev-parse", "HEAD").strip()
    write(repo, {head: "", "src/calc/ops.py": OPS.replace("LIMIT = 10", "LIMIT = 11")})
    found = changed_lines(repo, "HEAD")
    assert (found.commit, found.lines) == (head, {"src/calc/ops.py": frozenset({3})})


def test_whole_files_count_lines_as_python_does(tmp_path: Path) -> None:
    write(tmp_path, {"a.py": "1\n2\n", "b.py": "1\r\n2\r3", "c.py": ""})
    found = whole_files(tmp_path, ["a.py", "b.py", "c.py", "missing.py"])
    assert found == {"a.py": frozenset({1, 2}), "b.py": frozenset({1, 2, 3})}

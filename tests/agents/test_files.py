from __future__ import annotations

from pathlib import Path

import pytest

from agenticops.agents import files
from agenticops.agents.files import (
    LIST_LIMIT,
    READ_LIMIT,
    TOOLS,
    Refused,
    ToolOutput,
    confine,
    list_files,
    read_file,
    run_tool,
    write_file,
)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "outside"
    secret.mkdir()
    (secret / "secret.txt").write_text("s3cret", encoding="utf-8")
    return secret


def test_confine_resolves_inside_the_workspace(workspace: Path) -> None:
    assert confine(workspace, "src/pkg/a.py") == workspace.resolve() / "src" / "pkg" / "a.py"
    assert confine(workspace, "./src//b.py") == workspace.resolve() / "src" / "b.py"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "../outside/secret.txt",
            "../outside/secret.txt: '..' is refused; paths must stay inside the workspace",
        ),
        ("src/../../x", "src/../../x: '..' is refused; paths must stay inside the workspace"),
        (
            "/etc/passwd",
            "/etc/passwd: absolute paths are refused; give a path relative to the workspace",
        ),
        ("", "'': not a usable path"),
        ("  ", "'  ': not a usable path"),
        ("a\x00b", "'a\\x00b': not a usable path"),
    ],
)
def test_confine_refuses_paths_that_leave_or_are_unusable(
    workspace: Path, path: str, message: str
) -> None:
    with pytest.raises(Refused) as caught:
        confine(workspace, path)
    assert str(caught.value) == message


def test_confine_refuses_symlinks_out_of_the_workspace(workspace: Path, outside: Path) -> None:
    (workspace / "escape").symlink_to(outside)
    (workspace / "leak.txt").symlink_to(outside / "secret.txt")
    for path in ("escape/secret.txt", "leak.txt", "escape/new.py"):
        with pytest.raises(Refused) as caught:
            confine(workspace, path, writing=True)
        assert str(caught.value) == (
            f"{path}: resolves outside the workspace (through a symlink); refused"
        )


def test_confine_follows_symlinks_that_stay_inside(workspace: Path) -> None:
    (workspace / "real").mkdir()
    (workspace / "alias").symlink_to(workspace / "real")
    assert confine(workspace, "alias/a.py", writing=True) == workspace.resolve() / "real" / "a.py"


@pytest.mark.parametrize("path", [".git/config", ".agenticops/runs/x", "./.git/hooks/pre-commit"])
def test_confine_refuses_writes_into_git_and_agenticops(workspace: Path, path: str) -> None:
    assert confine(workspace, path) == (workspace / path).resolve()  # reading is allowed
    with pytest.raises(Refused) as caught:
        confine(workspace, path, writing=True)
    top = path.removeprefix("./").split("/")[0]
    assert str(caught.value) == f"{path}: {top}/ is managed by agenticops and git; writing refused"


def test_confine_refuses_writes_through_a_link_to_git(workspace: Path) -> None:
    (workspace / ".git").mkdir()
    (workspace / "hooks").symlink_to(workspace / ".git")
    with pytest.raises(Refused, match=r"^hooks/x: \.git/ is managed"):
        confine(workspace, "hooks/x", writing=True)


def test_write_file_creates_parents_and_reports_the_path(workspace: Path) -> None:
    out = write_file(workspace, "src/pkg/refunds.py", "def f():\n    return 'é'\n")
    assert out == ToolOutput("wrote src/pkg/refunds.py (25 bytes)", False, "src/pkg/refunds.py")
    assert (workspace / "src/pkg/refunds.py").read_text(encoding="utf-8") == (
        "def f():\n    return 'é'\n"
    )


def test_write_file_refusals_are_error_outputs_and_write_nothing(
    workspace: Path, outside: Path
) -> None:
    (workspace / "escape").symlink_to(outside)
    assert write_file(workspace, "../evil.py", "x") == ToolOutput(
        "../evil.py: '..' is refused; paths must stay inside the workspace", True
    )
    assert write_file(workspace, "/tmp/evil.py", "x").is_error
    assert write_file(workspace, "escape/secret.txt", "x").is_error
    assert write_file(workspace, ".git/config", "x").is_error
    assert (outside / "secret.txt").read_text(encoding="utf-8") == "s3cret"
    assert not (workspace / ".git").exists()
    assert not (workspace.parent / "evil.py").exists()


def test_write_file_os_errors_are_error_outputs(workspace: Path) -> None:
    (workspace / "afile").write_text("", encoding="utf-8")
    out = write_file(workspace, "afile/child.py", "x")
    assert out == ToolOutput("afile/child.py: cannot write: File exists", True)
    assert write_file(workspace, ".", "x") == ToolOutput(".: cannot write: Is a directory", True)


def test_read_file_reads_text(workspace: Path) -> None:
    (workspace / "a.py").write_text("x = 'é'\n", encoding="utf-8")
    assert read_file(workspace, "a.py") == ToolOutput("x = 'é'\n")


def test_read_file_errors(workspace: Path, outside: Path) -> None:
    (workspace / "leak").symlink_to(outside / "secret.txt")
    (workspace / "blob.bin").write_bytes(b"\x89PNG\x00\x01")
    (workspace / "pkg").mkdir()
    assert read_file(workspace, "leak") == ToolOutput(
        "leak: resolves outside the workspace (through a symlink); refused", True
    )
    assert read_file(workspace, "missing.py") == ToolOutput(
        "missing.py: cannot read: No such file or directory", True
    )
    assert read_file(workspace, "pkg") == ToolOutput("pkg: cannot read: Is a directory", True)
    assert read_file(workspace, "blob.bin") == ToolOutput(
        "blob.bin: a binary file; not shown", True
    )


def test_read_file_truncates_big_files_with_a_note(workspace: Path) -> None:
    (workspace / "exact.txt").write_text("a" * READ_LIMIT, encoding="utf-8")
    assert read_file(workspace, "exact.txt") == ToolOutput("a" * READ_LIMIT)
    (workspace / "big.txt").write_text("b" * (READ_LIMIT + 10), encoding="utf-8")
    out = read_file(workspace, "big.txt")
    assert not out.is_error
    assert out.text == "b" * READ_LIMIT + (
        f"\n[truncated: showing the first {READ_LIMIT} of {READ_LIMIT + 10} bytes]"
    )


def test_read_file_replaces_bytes_that_are_not_utf8(workspace: Path) -> None:
    (workspace / "latin1.txt").write_bytes("café\n".encode("latin-1"))
    assert read_file(workspace, "latin1.txt") == ToolOutput("caf\ufffd\n")


def test_list_files_is_recursive_sorted_and_skips_caches(workspace: Path, outside: Path) -> None:
    for rel in ("src/b.py", "src/a.py", "README.md", "src/__pycache__/a.pyc", ".git/HEAD",
                ".agenticops/report.json", ".venv/bin/python", "tests/test_a.py"):  # fmt: skip
        (workspace / rel).parent.mkdir(parents=True, exist_ok=True)
        (workspace / rel).write_text("", encoding="utf-8")
    (workspace / "escape").symlink_to(outside)  # listed as a name, never followed
    assert list_files(workspace) == ToolOutput("README.md\nsrc/a.py\nsrc/b.py\ntests/test_a.py")
    assert list_files(workspace, "src") == ToolOutput("src/a.py\nsrc/b.py")
    assert list_files(workspace, "src/a.py") == ToolOutput("src/a.py")


def test_list_files_errors_and_empty(workspace: Path) -> None:
    (workspace / "empty").mkdir()
    assert list_files(workspace, "empty") == ToolOutput("empty: no files")
    assert list_files(workspace, "nope") == ToolOutput("nope: no such directory", True)
    assert list_files(workspace, "..") == ToolOutput(
        "..: '..' is refused; paths must stay inside the workspace", True
    )


def test_list_files_truncates(workspace: Path) -> None:
    for i in range(LIST_LIMIT):
        (workspace / f"f{i:05}.txt").touch()
    assert list_files(workspace).text.splitlines()[-1] == f"f{LIST_LIMIT - 1:05}.txt"
    for i in range(LIST_LIMIT, LIST_LIMIT + 5):
        (workspace / f"f{i:05}.txt").touch()
    lines = list_files(workspace).text.splitlines()
    assert len(lines) == LIST_LIMIT + 1
    assert lines[0] == "f00000.txt"
    assert lines[-2] == f"f{LIST_LIMIT - 1:05}.txt"
    assert lines[-1] == f"[truncated at {LIST_LIMIT} entries; list a subdirectory to see more]"


def test_run_tool_dispatches_and_checks_the_input(workspace: Path) -> None:
    assert run_tool(workspace, "write_file", {"path": "a.py", "content": "x"}).written == "a.py"
    assert run_tool(workspace, "read_file", {"path": "a.py"}) == ToolOutput("x")
    assert run_tool(workspace, "list_files", {}) == ToolOutput("a.py")
    assert run_tool(workspace, "list_files", {"path": "."}) == ToolOutput("a.py")
    (workspace / "src").mkdir()
    assert run_tool(workspace, "list_files", {"path": "src"}) == ToolOutput("src: no files")
    assert run_tool(workspace, "read_file", {"path": 3}) == ToolOutput(
        "read_file needs path as strings", True
    )
    assert run_tool(workspace, "write_file", {"path": "a.py"}) == ToolOutput(
        "write_file needs path and content as strings", True
    )
    assert run_tool(workspace, "write_file", "not a dict") == ToolOutput(
        "write_file needs path and content as strings", True
    )
    assert run_tool(workspace, "bash", {"command": "rm -rf /"}) == ToolOutput(
        "no such tool: bash; use list_files, read_file or write_file", True
    )


def test_tool_definitions_are_messages_api_tools() -> None:
    assert [t["name"] for t in TOOLS] == ["list_files", "read_file", "write_file"]
    for tool in TOOLS:
        assert tool["input_schema"]["type"] == "object"
        assert tool["description"]
    assert TOOLS[2]["input_schema"]["required"] == ["path", "content"]
    assert {".git", ".agenticops"} == files.PROTECTED

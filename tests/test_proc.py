"""The subprocess door: output, exit codes, timeouts that kill the whole group, missing tools."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from agenticops.errors import ToolError
from agenticops.proc import run


def test_captures_output_and_code(tmp_path: Path) -> None:
    done = run(
        [
            sys.executable,
            "-c",
            "import sys; print('out'); print('err', file=sys.stderr); sys.exit(3)",
        ],
        cwd=tmp_path,
    )
    assert (done.returncode, done.stdout, done.stderr) == (3, "out\n", "err\n")
    assert done.output == "out\nerr\n"
    assert not done.timed_out
    assert done.argv[0] == sys.executable


def test_stdin_and_env_and_cwd(tmp_path: Path) -> None:
    code = "import os, sys; print(sys.stdin.read(), os.environ['X'], os.getcwd())"
    done = run([sys.executable, "-c", code], cwd=tmp_path, env={"X": "42"}, stdin="hello")
    assert done.stdout.split() == ["hello", "42", str(tmp_path)]


def test_timeout_kills_the_process_group(tmp_path: Path) -> None:
    marker = tmp_path / "grandchild-alive"
    grandchild = tmp_path / "grandchild.py"
    grandchild.write_text(f"import time\ntime.sleep(1.5)\nopen({str(marker)!r}, 'w').close()\n")
    code = (
        "import subprocess, sys, time\n"
        f"subprocess.Popen([sys.executable, {str(grandchild)!r}])\n"
        "time.sleep(60)\n"
    )
    started = time.monotonic()
    done = run([sys.executable, "-c", code], cwd=tmp_path, timeout=0.5)
    assert done.timed_out
    assert time.monotonic() - started < 10
    time.sleep(2)
    assert not marker.exists()  # the grandchild died with the group


def test_missing_tool_is_a_tool_error(tmp_path: Path) -> None:
    with pytest.raises(ToolError, match="cannot run 'no-such-tool-xyz': not found"):
        run(["no-such-tool-xyz"], cwd=tmp_path)


def test_interrupt_kills_the_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    def interrupted(
        self: subprocess.Popen[str], input: str | None = None, timeout: float | None = None
    ) -> tuple[str, str]:
        if timeout is None:
            return ("", "")
        raise KeyboardInterrupt

    monkeypatch.setattr(subprocess.Popen, "communicate", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run([sys.executable, "-c", "import time; time.sleep(30)"], cwd=tmp_path, timeout=5)

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from agenticops.agents.base import TurnRequest, TurnResult
from agenticops.agents.replay import ReplayAgent
from agenticops.errors import AgentError

Turn = Callable[..., TurnRequest]


def record(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    root = tmp_path / "replay"
    record(root / "1", {"src/refunds.py": "v1\n", "tests/test_refunds.py": "t1\n"})
    record(root / "2", {"src/refunds.py": "v2\n", "pkg/sub/deep.py": "d2\n"})
    return root


def test_each_iteration_writes_its_tree(recording: Path, workspace: Path, turn: Turn) -> None:
    agent = ReplayAgent(recording, label="replay")
    assert agent.name == "replay:replay"
    (workspace / "src").mkdir()
    (workspace / "src" / "keep.py").write_text("kept\n", encoding="utf-8")
    first = agent.run(turn())
    assert first.ok
    assert first.error == ""
    assert first.written == ("src/refunds.py", "tests/test_refunds.py")
    assert first.transcript == (
        f"replayed 2 files from {recording / '1'}:\nsrc/refunds.py\ntests/test_refunds.py"
    )
    assert (first.cost_usd, first.input_tokens, first.calls) == (0.0, 0, ())
    assert (workspace / "src/refunds.py").read_text(encoding="utf-8") == "v1\n"
    assert 0 < first.duration < 10
    second = agent.run(turn(iteration=2))
    assert second.written == ("pkg/sub/deep.py", "src/refunds.py")
    assert (workspace / "pkg/sub/deep.py").read_text(encoding="utf-8") == "d2\n"
    assert (workspace / "src/refunds.py").read_text(encoding="utf-8") == "v2\n"
    assert (workspace / "tests/test_refunds.py").read_text(encoding="utf-8") == "t1\n"
    assert (workspace / "src/keep.py").read_text(encoding="utf-8") == "kept\n"


def test_an_iteration_without_recording(recording: Path, turn: Turn) -> None:
    assert ReplayAgent(recording, label="r").run(turn(iteration=3)) == TurnResult(
        ok=False, error="recording has no iteration 3"
    )


def test_a_missing_recording_is_refused_at_make_time(tmp_path: Path) -> None:
    with pytest.raises(AgentError) as caught:
        ReplayAgent(tmp_path / "nope", label="nope")
    assert str(caught.value) == f"replay:nope: recording directory {tmp_path / 'nope'} not found"
    (tmp_path / "empty").mkdir()
    with pytest.raises(AgentError) as caught:
        ReplayAgent(tmp_path / "empty", label="empty")
    assert str(caught.value) == (
        f"replay:empty: {tmp_path / 'empty'} has no iteration 1 (expected empty/1/)"
    )


def test_a_symlink_out_of_the_recording_is_refused_and_nothing_written(
    recording: Path, tmp_path: Path, workspace: Path, turn: Turn
) -> None:
    (tmp_path / "secret").write_text("s3cret", encoding="utf-8")
    (recording / "1" / "src" / "zz.py").symlink_to(tmp_path / "secret")
    result = ReplayAgent(recording, label="r").run(turn())
    assert result.ok is False
    assert result.error == (
        f"{recording / '1' / 'src' / 'zz.py'}: a symlink pointing outside the recording; refused"
    )
    assert 0 < result.duration < 10
    assert not (workspace / "src").exists()


def test_a_directory_symlink_out_of_the_recording_is_refused(
    recording: Path, tmp_path: Path, turn: Turn
) -> None:
    (recording / "1" / "etc").symlink_to(tmp_path)
    result = ReplayAgent(recording, label="r").run(turn())
    assert (
        result.error
        == f"{recording / '1' / 'etc'}: a symlink pointing outside the recording; refused"
    )


def test_symlinks_inside_the_recording(recording: Path, workspace: Path, turn: Turn) -> None:
    (recording / "1" / "copy.py").symlink_to(recording / "1" / "src" / "refunds.py")
    result = ReplayAgent(recording, label="r").run(turn())
    assert result.ok
    assert (workspace / "copy.py").read_text(encoding="utf-8") == "v1\n"
    assert not (workspace / "copy.py").is_symlink()
    (recording / "2" / "alias").symlink_to(recording / "2" / "src")
    result = ReplayAgent(recording, label="r").run(turn(iteration=2))
    assert result.error == (
        f"{recording / '2' / 'alias'}: not a regular file; a recording holds files only"
    )


def test_destinations_stay_inside_the_workspace(
    recording: Path, tmp_path: Path, workspace: Path, turn: Turn
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (workspace / "src").symlink_to(outside)
    result = ReplayAgent(recording, label="r").run(turn())
    assert (
        result.error
        == "src/refunds.py: resolves outside the workspace (through a symlink); refused"
    )
    assert list(outside.iterdir()) == []
    record(recording / "2", {".git/hooks/pre-commit": "evil"})
    result = ReplayAgent(recording, label="r").run(turn(iteration=2))
    assert result.error == (
        ".git/hooks/pre-commit: .git/ is managed by agenticops and git; writing refused"
    )

"""check_import: the module is imported in the copy, from its source roots, within 60 seconds;
what went wrong (the end of the output, or that it timed out) goes back to the agent."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from agenticops.environment import clean_env
from agenticops.measure.project import MeasureOptions
from agenticops.proc import Completed
from agenticops.verify import StageResult, import_stage
from tests.mutation_project import config, write


def options() -> MeasureOptions:
    return MeasureOptions(python=sys.executable, env=clean_env())


def src_layout(tmp_path: Path, files: Mapping[str, str]) -> Path:
    return write(tmp_path / "work", {"pyproject.toml": "[project]\nname = 'app'\n", **files})


def test_a_src_layout_module_imports_from_its_source_root_inside_the_copy(tmp_path: Path) -> None:
    # settings.py sits at the root of the copy: importable only when the copy is the cwd
    work = src_layout(tmp_path, {"src/app.py": "import settings\n", "settings.py": "X = 1\n"})
    cfg = dataclasses.replace(config(work), source=("src",))

    stage = import_stage.check_import(work, cfg, "app", options())

    assert stage == StageResult(name="import", passed=True, summary="`app` imports")


def test_a_failed_import_reports_the_last_15_lines_of_its_output(tmp_path: Path) -> None:
    noisy = "for i in range(20):\n    print(f'line {i}')\nraise SystemExit(3)\n"
    work = src_layout(tmp_path, {"src/app.py": noisy})
    cfg = dataclasses.replace(config(work), source=("src",))

    stage = import_stage.check_import(work, cfg, "app", options())

    tail = "\n".join(f"line {i}" for i in range(5, 20))
    assert stage == StageResult(
        name="import",
        passed=False,
        summary="`import app` failed",
        findings=(f"### `import app` failed\n\n```\n{tail}\n```",),
    )


def test_an_import_that_hangs_is_stopped_after_60_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = src_layout(tmp_path, {"src/app.py": "import time\ntime.sleep(3600)\n"})
    cfg = dataclasses.replace(config(work), source=("src",))
    calls: list[tuple[tuple[str, ...], Path, Mapping[str, str] | None, float | None]] = []

    def run(
        argv: Sequence[str],
        *,
        cwd: Path,
        env: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> Completed:
        """The import as proc.run would end it at the timeout: killed, with no output."""
        calls.append((tuple(argv), cwd, env, timeout))
        return Completed(
            argv=tuple(argv), returncode=-9, stdout="", stderr="", timed_out=True, duration=60.0
        )

    monkeypatch.setattr(import_stage, "run", run)
    opts = MeasureOptions(python="/opt/py/bin/python", env={"HOME": "/h"})

    stage = import_stage.check_import(work, cfg, "app", opts)

    assert stage == StageResult(
        name="import",
        passed=False,
        summary="`import app` failed",
        findings=("### `import app` failed\n\n```\ntimed out\n```",),
    )
    env = {"HOME": "/h", "PYTHONPATH": str(work / "src")}
    assert calls == [(("/opt/py/bin/python", "-c", "import app"), work, env, 60)]

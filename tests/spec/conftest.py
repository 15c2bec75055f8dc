from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .helpers import FIXTURES


@pytest.fixture
def refunds_dir(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/specs/refunds under tmp_path/specs/refunds."""
    target = tmp_path / "specs" / "refunds"
    shutil.copytree(FIXTURES / "refunds", target)
    return target

"""pytest's own configuration as one digest: pinned to the parts it is made of."""

from __future__ import annotations

from pathlib import Path

from agenticops.measure.mutation_keys import digest
from agenticops.measure.pytest_config import pytest_settings


def settings(root: Path, pyproject: bytes) -> str:
    root.mkdir()
    (root / "pyproject.toml").write_bytes(pyproject)
    return pytest_settings(root)


def test_the_pytest_tables_are_canonical_json(tmp_path: Path) -> None:
    text = b'[tool.pytest_z]\nb = 1\na = 2\n[tool.pytest.ini_options]\naddopts = "-q"\n'
    canonical = '{"pytest": {"ini_options": {"addopts": "-q"}}, "pytest_z": {"a": 2, "b": 1}}'
    assert settings(tmp_path / "a", text) == digest("pyproject:" + canonical)


def test_dates_and_times_are_kept_as_text(tmp_path: Path) -> None:
    text = b"[tool.pytest]\nsince = 1979-05-27\nat = 07:32:00\n"
    canonical = '{"pytest": {"at": "07:32:00", "since": "1979-05-27"}}'
    assert settings(tmp_path / "a", text) == digest("pyproject:" + canonical)


def test_an_unreadable_pyproject_counts_whole(tmp_path: Path) -> None:
    for name, data in {"toml": b"[broken\n", "utf8": b"x = '\xff'\n"}.items():
        expected = digest("pyproject:unreadable:" + digest(data.hex()))
        assert settings(tmp_path / name, data) == expected


def test_a_pyproject_without_tools_has_no_pytest_tables(tmp_path: Path) -> None:
    assert settings(tmp_path / "a", b'[project]\nname = "x"\n') == digest("pyproject:{}")

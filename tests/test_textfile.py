"""textfile: UTF-8 both ways whatever the locale; undecodable bytes raise unless replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenticops import textfile


def test_written_as_utf8_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    textfile.write(path, "naïve ǁ café\n")
    assert path.read_bytes() == "naïve ǁ café\n".encode()
    assert textfile.read(path) == "naïve ǁ café\n"


def test_undecodable_bytes_raise_unless_replaced(tmp_path: Path) -> None:
    path = tmp_path / "latin1.py"
    path.write_bytes(b"x = '\xe9'\n")
    with pytest.raises(UnicodeDecodeError):
        textfile.read(path)
    assert textfile.read(path, errors="replace") == "x = '\ufffd'\n"

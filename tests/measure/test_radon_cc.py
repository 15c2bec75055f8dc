"""Complexity per function from radon, named like coverage.py's regions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from radon.complexity import cc_visit

from agenticops.errors import ProjectError
from agenticops.measure.radon_cc import FunctionComplexity, measure_complexity, source_files

SOURCE = """\
import functools


def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    return "pos"


class Ledger:
    def total(self, items):
        return sum(i for i in items if i > 0)

    def reconcile(self, a, b):
        def close(x):
            if x and a:
                return 1
            return 0

        return close(a) or close(b)

    class Entry:
        def amount(self, x):
            return x if x else 0


@functools.lru_cache
def cached(x):
    return x


async def fetch(x):
    for i in range(x):
        if i:
            return i
    return None
"""


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_functions_are_named_like_coverage_regions(tmp_path: Path) -> None:
    write(tmp_path, {"pkg/ledger.py": SOURCE})
    got = measure_complexity(tmp_path, ["pkg/ledger.py"])
    assert got == {
        "pkg/ledger.py": (
            FunctionComplexity(name="classify", line=4, end_line=9, complexity=3),
            FunctionComplexity(name="Ledger.total", line=13, end_line=14, complexity=3),
            FunctionComplexity(name="Ledger.reconcile", line=16, end_line=22, complexity=2),
            FunctionComplexity(name="Ledger.reconcile.close", line=17, end_line=20, complexity=3),
            FunctionComplexity(name="Ledger.Entry.amount", line=25, end_line=26, complexity=2),
            FunctionComplexity(name="cached", line=30, end_line=31, complexity=1),
            FunctionComplexity(name="fetch", line=34, end_line=38, complexity=3),
        )
    }


def test_complexities_equal_radons_own(tmp_path: Path) -> None:
    write(tmp_path, {"m.py": SOURCE})
    ours = {f.name: f.complexity for f in measure_complexity(tmp_path, ["m.py"])["m.py"]}
    theirs = {b.fullname: b.complexity for b in cc_visit(SOURCE) if hasattr(b, "is_method")}
    assert theirs == {k: v for k, v in ours.items() if k in theirs}
    assert set(ours) - set(theirs) == {"Ledger.reconcile.close", "Ledger.Entry.amount"}


def test_a_file_with_no_functions_has_none(tmp_path: Path) -> None:
    write(tmp_path, {"pkg/__init__.py": "VERSION = 1\n"})
    assert measure_complexity(tmp_path, ["pkg/__init__.py"]) == {"pkg/__init__.py": ()}


def test_a_coding_cookie_is_honoured(tmp_path: Path) -> None:
    (tmp_path / "latin.py").write_bytes(
        b"# -*- coding: latin-1 -*-\ndef f(x):\n    return '\xe9' if x else ''\n"
    )
    got = measure_complexity(tmp_path, ["latin.py"])
    assert got["latin.py"] == (FunctionComplexity(name="f", line=2, end_line=3, complexity=2),)


def test_a_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, {"pkg/bad.py": "def ok():\n    return 1\n\ndef broken(:\n    pass\n"})
    with pytest.raises(ProjectError, match=r"^pkg/bad\.py:4: cannot parse: "):
        measure_complexity(tmp_path, ["pkg/bad.py"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"x = '\xff'\n", "invalid or missing encoding declaration"),
        (b"x = 1\ny = 2\nz = '\xff'\n", "'utf-8' codec can't decode byte 0xff"),
        (b"x = 1\0\n", "null bytes"),
    ],
)
def test_undecodable_source_names_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "bin.py").write_bytes(content)
    with pytest.raises(ProjectError, match=rf"^bin\.py: cannot parse: .*{message}"):
        measure_complexity(tmp_path, ["bin.py"])


def test_source_files_walks_dirs_and_takes_files(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "src/pkg/__init__.py": "",
            "src/pkg/core.py": "",
            "src/pkg/build/gen.py": "",  # a package named build is code, below the root
            "src/pkg/data.json": "{}",
            "src/pkg/__pycache__/core.cpython-311.py": "",
            "src/pkg/.venv/lib/x.py": "",
            "src/pkg/env/pyvenv.cfg": "",
            "src/pkg/env/lib/y.py": "",
            "tool.py": "",
            "notes.txt": "",
        },
    )
    got = source_files(tmp_path, ["src", "tool.py", "notes.txt", "missing"])
    assert got == (
        "src/pkg/__init__.py",
        "src/pkg/build/gen.py",
        "src/pkg/core.py",
        "tool.py",
    )


def test_source_files_at_the_root_skip_root_debris(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "app.py": "",
            "build/lib/app.py": "",
            "tests/test_app.py": "",
            ".git/hooks/h.py": "",
        },
    )
    os.symlink(tmp_path / "tests", tmp_path / "linked")  # a directory symlink is not followed
    assert source_files(tmp_path, ["."]) == ("app.py", "tests/test_app.py")

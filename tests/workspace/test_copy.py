"""The measurement copy: everything the tests may read, none of the debris."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from agenticops.workspace.copy import copy_project, is_excluded

KEPT = {
    "pyproject.toml": "[project]\nname = 'demo'\n",
    "README.md": "# demo\n",
    "setup.cfg": "[tool:pytest]\n",
    "tox.ini": "[tox]\n",
    "pytest.ini": "[pytest]\n",
    "conftest.py": "X = 1\n",
    "src/demo/__init__.py": "",
    "src/demo/build/__init__.py": "",  # a subpackage named build is code
    "src/demo/dist/table.csv": "a,b\n",  # and so is data in a dist/ below the root
    "tests/data/input.json": "{}",
    "tests/helpers/__init__.py": "",
    "tests/test_demo.py": "def test(): pass\n",
    ".github/workflows/ci.yml": "on: push\n",
    ".coveragerc": "[run]\n",  # the user's coverage config is not coverage data
}
DEBRIS = {
    ".git/HEAD": "ref\n",
    ".agenticops/report.json": "{}",
    "mutants/src/demo/__init__.py": "",
    ".venv/pyvenv.cfg": "",
    "venv/lib/x.py": "",
    "env39/pyvenv.cfg": "home = /usr\n",
    "env39/lib/site.py": "",
    "tests/.tox/py/x": "",
    ".nox/s/x": "",
    "src/demo/__pycache__/x.pyc": "",
    ".mypy_cache/x": "",
    ".ruff_cache/x": "",
    ".pytest_cache/v": "",
    ".hypothesis/examples/x": "",
    "web/node_modules/x.js": "",
    ".coverage": "",
    ".coverage.host.123.456": "",
    "tests/.coverage": "",
    "build/lib/demo.py": "",
    "dist/demo-0.1.whl": "",
    "src/demo.egg-info/PKG-INFO": "",
}


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def tree(root: Path) -> set[str]:
    found = set()
    for directory, dirs, files in os.walk(root):
        for name in files + [d for d in dirs if Path(directory, d).is_symlink()]:
            found.add(Path(directory, name).relative_to(root).as_posix())
    return found


def test_copies_what_tests_read_and_skips_debris(tmp_path: Path) -> None:
    root = tmp_path / "project"
    write(root, {**KEPT, **DEBRIS})
    dest = tmp_path / "out" / "copy"  # parents do not exist yet
    copy_project(root, dest)
    assert tree(dest) == set(KEPT)
    assert (dest / "tests/data/input.json").read_text(encoding="utf-8") == "{}"
    assert (root / ".git/HEAD").is_file()  # the original is untouched


def test_symlinks_stay_symlinks(tmp_path: Path) -> None:
    root = tmp_path / "project"
    write(root, {"data/real.txt": "payload", "pkg/__init__.py": ""})
    (root / "data/link.txt").symlink_to("real.txt")
    (root / "pkg_alias").symlink_to("pkg", target_is_directory=True)
    (root / "dangling").symlink_to("nowhere")
    copy_project(root, tmp_path / "copy")
    copy = tmp_path / "copy"
    assert os.readlink(copy / "data/link.txt") == "real.txt"
    assert (copy / "data/link.txt").read_text(encoding="utf-8") == "payload"
    assert os.readlink(copy / "pkg_alias") == "pkg"
    assert os.readlink(copy / "dangling") == "nowhere"


def test_special_files_are_skipped(tmp_path: Path) -> None:
    root = tmp_path / "project"
    write(root, {"a.py": ""})
    os.mkfifo(root / "pipe")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(root / "sock"))
        copy_project(root, tmp_path / "copy")
    assert tree(tmp_path / "copy") == {"a.py"}


def test_an_existing_destination_is_filled(tmp_path: Path) -> None:
    root = tmp_path / "project"
    write(root, {"a.py": "new"})
    dest = tmp_path / "copy"
    write(dest, {"a.py": "old", "keep.txt": "x"})
    copy_project(root, dest)
    assert (dest / "a.py").read_text(encoding="utf-8") == "new"
    assert tree(dest) == {"a.py", "keep.txt"}


def test_a_destination_inside_the_project_is_not_copied_into_itself(tmp_path: Path) -> None:
    root = tmp_path / "project"
    write(root, {"a.py": "", "work/old.txt": "x"})
    copy_project(root, root / "work" / "copy")
    assert tree(root / "work" / "copy") == {"a.py", "work/old.txt"}


def test_is_excluded_knows_root_only_names(tmp_path: Path) -> None:
    assert is_excluded(tmp_path / "build", at_root=True)
    assert not is_excluded(tmp_path / "build", at_root=False)
    assert is_excluded(tmp_path / "__pycache__", at_root=False)
    assert is_excluded(tmp_path / "x.egg-info", at_root=False)
    assert not is_excluded(tmp_path / "coverage.py", at_root=True)


def test_a_destination_inside_the_project_gets_no_empty_copy_of_itself(tmp_path: Path) -> None:
    root = tmp_path / "project"
    write(root, {"a.py": "", "work/old.txt": "x"})
    dest = root / "work" / "copy"
    copy_project(root, dest)
    everything = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*"))
    assert everything == ["a.py", "work", "work/old.txt"]

"""The pinned real projects the benchmark measures, and the edits it makes to them.

Each project is fetched as an sdist from PyPI (it ships its tests), unpacked once, and copied
fresh for every cold run: `plain/` gets the minimal `[tool.mutmut]` plain mutmut needs,
`gate/` the minimal `[tool.agenticops]`; the same edits are applied to both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MUTMUT = "mutmut==3.8.1"


@dataclass(frozen=True)
class Edit:
    """Replace `old` by `new` once in `path` (old == "": append new; a missing path: create)."""

    path: str
    old: str
    new: str
    what: str

    def apply(self, root: Path) -> None:
        target = root / self.path
        target.parent.mkdir(parents=True, exist_ok=True)
        text = target.read_text(encoding="utf-8") if target.exists() else ""
        if self.old and text.count(self.old) != 1:
            raise ValueError(f"{target}: the text to replace is not there exactly once")
        target.write_text(text.replace(self.old, self.new) if self.old else text + self.new)


@dataclass(frozen=True)
class Project:
    name: str
    requirement: str  # what `pip download` fetches
    unpacked: str  # the directory the sdist unpacks to
    test_deps: tuple[str, ...]
    mutmut: str  # appended to pyproject.toml of the plain copy
    agenticops: str  # appended to pyproject.toml of the gate copy
    pythonpath: str  # for the plain pytest run: import the copy, not the installed wheel
    source: str  # the directory radon and coverage.py measure
    function_edit: Edit
    test_edit: Edit
    needs: tuple[str, ...] = ()  # commands the tests use (skipped without them)


SEMVER = Project(
    name="semver",
    requirement="semver==3.1.1",
    unpacked="semver-3.1.1",
    test_deps=("pytest", "pytest-cov", "packaging"),
    mutmut="""
[tool.mutmut]
source_paths = ["src"]
also_copy = [".pytest.ini", "docs"]
pytest_add_cli_args = ["--no-cov"]
process_isolation = "forkserver"
""",
    agenticops="""
[tool.agenticops]
source = ["src"]
tests = ["tests", "docs"]

[tool.agenticops.mutation]
isolation = "forkserver"
""",
    pythonpath="src",
    source="src",
    function_edit=Edit(
        path="src/semver/version.py",
        old=(
            "        validparts = cls.NAMES[:-1]\n        if part not in validparts:\n"
            "            raise ValueError(\n"
            '                f"Invalid part. Expected one of {validparts}, but got {part!r}"\n'
        ),
        new=(
            "        valid_parts = cls.NAMES[:-1]\n        if part not in valid_parts:\n"
            "            raise ValueError(\n"
            '                f"Invalid part. Expected one of {valid_parts}, but got {part!r}"\n'
        ),
        what="Version.next_version: a local variable renamed",
    ),
    test_edit=Edit(
        path="tests/test_bench_added.py",
        old="",
        new=(
            "from semver import Version\n\n\n"
            "def test_next_version_prerelease_token_and_build_are_dropped():\n"
            '    assert str(Version.parse("1.2.3+b1").next_version("patch")) == "1.2.4"\n'
            '    assert str(Version.parse("1.2.3").next_version("prerelease", "dev"))'
            ' == "1.2.4-dev.1"\n'
        ),
        what="a new test file with one test of Version.next_version",
    ),
)

HUMANIZE = Project(
    name="humanize",
    requirement="humanize==4.17.0",
    unpacked="humanize-4.17.0",
    test_deps=("pytest", "pytest-cov", "freezegun", "pytest-benchmark", "pytest-codspeed"),
    mutmut="""
[tool.mutmut]
source_paths = ["src"]
also_copy = ["scripts", "tox.ini"]
pytest_add_cli_args = ["--no-cov", "--benchmark-disable"]
process_isolation = "forkserver"
""",
    agenticops="""
[tool.agenticops]
source = ["src"]
tests = ["src", "tests"]

[tool.agenticops.mutation]
isolation = "forkserver"
pytest_args = ["--benchmark-disable"]
""",
    pythonpath="src",
    source="src",
    function_edit=Edit(
        path="src/humanize/number.py",
        old="    digit = 0 if value % 100 in (11, 12, 13) else value % 10\n",
        new="    teen = value % 100 in (11, 12, 13)\n    digit = 0 if teen else value % 10\n",
        what="ordinal: an expression split in two",
    ),
    test_edit=Edit(
        path="tests/test_bench_added.py",
        old="",
        new=(
            "import humanize\n\n\n"
            "def test_ordinal_teens_and_female():\n"
            '    assert humanize.ordinal(112) == "112th"\n'
            '    assert humanize.ordinal(21, gender="female") == "21st"\n'
        ),
        what="a new test file with one test of ordinal",
    ),
    needs=("msgfmt", "xgettext", "msgmerge"),
)

PROJECTS = {p.name: p for p in (SEMVER, HUMANIZE)}

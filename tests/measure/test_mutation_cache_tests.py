"""Test digests: a changed test re-tests what it covered, an added one leaves the others be."""

from __future__ import annotations

from pathlib import Path

from agenticops.measure.mutation_keys import digest
from agenticops.measure.mutation_tests import MISSING, node_digests, support_digest

TESTS = """\
import pytest

from pkg import f

DATA = [1, 2]


@pytest.fixture
def value():
    return 1


def helper():
    return 2


@pytest.mark.parametrize("x", DATA)
def test_one(x, value):
    assert f(x) == x + value


def test_two():
    assert helper() == 2


class TestGroup:
    limit = 3

    def setup_method(self):
        self.n = 1

    def test_inner(self):
        assert self.n < self.limit

    def test_other(self):
        assert True
"""

MODULE = '''\
"""Module doc.

>>> 1 + 1
2
"""


def f(x):
    """Add one.

    >>> f(1)
    2
    """
    return x + 1


class K:
    def m(self):
        """>>> K().m()
        1
        """
        return 1
'''

NODES = [
    "tests/test_a.py::test_one[1]",
    "tests/test_a.py::test_one[2]",
    "tests/test_a.py::test_two",
    "tests/test_a.py::TestGroup::test_inner",
    "tests/test_a.py::TestGroup::test_other",
    "src/pkg/mod.py::pkg.mod",
    "src/pkg/mod.py::pkg.mod.f",
    "src/pkg/mod.py::pkg.mod.K.m",
    "src/pkg/__init__.py::pkg",  # one name without a dot: taken for a test name, whole file
    "src/pkg/__init__.py::pkg.g",
    "docs/usage.rst::usage.rst",
]


def project(root: Path, tests: str = TESTS, module: str = MODULE, doc: str = "x\n") -> Path:
    for rel, text in {
        "tests/test_a.py": tests,
        "src/pkg/mod.py": module,
        "src/pkg/__init__.py": '"""Package.\n\n>>> 2\n2\n"""\n\n\ndef g():\n    """>>> 1"""\n',
        "docs/usage.rst": doc,
    }.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def changed(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return [n for n in before if before[n] != after[n]]


def test_kinds_of_digest(tmp_path: Path) -> None:
    found = node_digests(project(tmp_path), [*NODES, "tests/gone.py::test_x"])
    assert found["tests/test_a.py::test_one[1]"] == found["tests/test_a.py::test_one[2]"]
    assert found["tests/test_a.py::test_one[1]"].startswith("test:")
    assert found["src/pkg/mod.py::pkg.mod.f"].startswith("doc:")
    assert found["docs/usage.rst::usage.rst"].startswith("file:")
    assert found["src/pkg/__init__.py::pkg"].startswith("file:")
    assert found["src/pkg/__init__.py::pkg.g"].startswith("doc:")
    assert found["tests/gone.py::test_x"] == MISSING
    assert len(set(found.values())) == len(found) - 1  # only the two parameters share one


def test_adding_a_test_changes_no_other_test(tmp_path: Path) -> None:
    before = node_digests(project(tmp_path / "a"), NODES)
    added = TESTS + "\n\ndef test_three():\n    assert 3\n"
    after = node_digests(project(tmp_path / "b", tests=added), NODES)
    assert changed(before, after) == []


def test_changing_a_test_changes_only_it(tmp_path: Path) -> None:
    before = node_digests(project(tmp_path / "a"), NODES)
    weaker = TESTS.replace("assert helper() == 2", "assert helper()")
    after = node_digests(project(tmp_path / "b", tests=weaker), NODES)
    assert changed(before, after) == ["tests/test_a.py::test_two"]


def test_changing_shared_code_changes_its_tests(tmp_path: Path) -> None:
    before = node_digests(project(tmp_path / "a"), NODES)
    fixture = node_digests(
        project(tmp_path / "b", tests=TESTS.replace("return 1", "return 0")), NODES
    )
    assert changed(before, fixture) == [n for n in NODES if n.startswith("tests/")]
    group = node_digests(
        project(tmp_path / "c", tests=TESTS.replace("limit = 3", "limit = 4")), NODES
    )
    assert changed(before, group) == [
        "tests/test_a.py::TestGroup::test_inner",
        "tests/test_a.py::TestGroup::test_other",
    ]


def test_doctests_follow_their_docstring_not_the_code(tmp_path: Path) -> None:
    before = node_digests(project(tmp_path / "a"), NODES)
    code = node_digests(
        project(tmp_path / "b", module=MODULE.replace("return x + 1", "return 1 + x")), NODES
    )
    assert changed(before, code) == []
    doc = node_digests(
        project(tmp_path / "c", module=MODULE.replace(">>> f(1)", ">>> f(2)")), NODES
    )
    assert changed(before, doc) == ["src/pkg/mod.py::pkg.mod.f"]
    module_doc = node_digests(
        project(tmp_path / "d", module=MODULE.replace("1 + 1\n2", "2 + 2\n4")), NODES
    )
    assert changed(before, module_doc) == ["src/pkg/mod.py::pkg.mod"]
    rst = node_digests(project(tmp_path / "e", doc="y\n"), NODES)
    assert changed(before, rst) == ["docs/usage.rst::usage.rst"]


def test_names_not_found_fall_back_to_the_whole_file(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "tests/test_bad.py").write_text("def test(:\n")
    nodes = [
        "tests/test_a.py::test_generated",  # made by a plugin or a factory
        "tests/test_a.py::TestGroup::test_inherited",
        "src/pkg/mod.py::pkg.mod.missing",
        "tests/test_a.py",  # a module-level item
        "tests/test_bad.py::test",  # does not parse
    ]
    found = node_digests(root, nodes)
    assert all(found[n].startswith("file:") for n in nodes)
    assert found[nodes[0]] == found[nodes[1]] == found[nodes[3]]


SUPPORT = {
    "conftest.py": "ROOT = 1\n",
    "tests/conftest.py": "X = 1\n",
    "tests/helpers.py": "def h(): pass\n",
    "tests/data/input.txt": "data\n",
    "tests/test_x.py": "def test(): pass\n",
    "tests/__pycache__/junk.pyc": "junk",
    "tests/.hidden/cache": "junk",
    "src/pkg/mod.py": "x = 1\n",
    "docs/index.rst": "doc\n",
}


def support(root: Path, **changes: str) -> str:
    for rel, text in {**SUPPORT, **changes}.items():
        path = root / rel.replace("__", "/") if rel.startswith("edit_") else root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return support_digest(
        root,
        ["tests", "src", "docs/index.rst", "nowhere"],
        ["src"],
        {"tests/test_x.py", "docs/index.rst"},
    )


def test_support_digest_covers_helpers_data_and_conftests(tmp_path: Path) -> None:
    base = support(tmp_path / "base")
    for rel in ("conftest.py", "tests/conftest.py", "tests/helpers.py", "tests/data/input.txt"):
        root = tmp_path / rel.replace("/", "_")
        assert support(root, **{rel: "changed\n"}) != base, rel
    for rel in (
        "tests/test_x.py",  # a test file: its tests have their own digests
        "src/pkg/mod.py",  # source: not support, even under a test path
        "docs/index.rst",
        "tests/__pycache__/junk.pyc",
        "tests/.hidden/cache",
    ):
        root = tmp_path / rel.replace("/", "_")
        assert support(root, **{rel: "changed\n"}) == base, rel


def test_a_class_header_is_part_of_its_tests(tmp_path: Path) -> None:
    before = node_digests(project(tmp_path / "a"), NODES)
    marked = TESTS.replace(
        "class TestGroup:", '@pytest.mark.usefixtures("value")\nclass TestGroup:'
    )
    after = node_digests(project(tmp_path / "b", tests=marked), NODES)
    assert changed(before, after) == [
        "tests/test_a.py::TestGroup::test_inner",
        "tests/test_a.py::TestGroup::test_other",
    ]
    based = TESTS.replace("class TestGroup:", "class TestGroup(Base):")
    assert changed(before, node_digests(project(tmp_path / "c", tests=based), NODES)) == [
        "tests/test_a.py::TestGroup::test_inner",
        "tests/test_a.py::TestGroup::test_other",
    ]


def test_moving_code_without_changing_it_changes_no_digest(tmp_path: Path) -> None:
    before = node_digests(project(tmp_path / "a"), NODES)
    moved = "# a comment\n\n" + TESTS.replace("    limit = 3\n", "\n    limit = 3  # why\n")
    after = node_digests(project(tmp_path / "b", tests=moved), NODES)
    assert changed(before, after) == []


def test_a_doctest_digest_is_its_docstring_as_written(tmp_path: Path) -> None:
    nodes = ["src/pkg/mod.py::pkg.mod.f", "src/pkg/mod.py::pkg.mod.K"]
    found = node_digests(project(tmp_path), nodes)
    assert found == {
        "src/pkg/mod.py::pkg.mod.f": "doc:" + digest("Add one.\n\n    >>> f(1)\n    2\n    "),
        "src/pkg/mod.py::pkg.mod.K": "doc:" + digest(""),  # no docstring
    }


def test_a_test_file_not_in_utf8_still_has_a_digest_per_test(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    source = b"# caf\xe9\ndef test_a():\n    assert 1\n\n\ndef test_b():\n    assert 2\n"
    (tmp_path / "tests" / "test_l1.py").write_bytes(source)
    found = node_digests(tmp_path, ["tests/test_l1.py::test_a", "tests/test_l1.py::test_b"])
    a, b = found.values()
    assert a.startswith("test:")
    assert b.startswith("test:")
    assert a != b

"""Function digests: what in the source under test decides whether a cached verdict holds."""

from __future__ import annotations

from agenticops.measure.mutation_keys import (
    SourceFunction,
    covering_tests,
    digest,
    parse,
    source_functions,
)

SOURCE = '''\
"""Module docstring."""

import math

RATE = 3


def area(r):
    return math.pi * r * r


@staticmethod
def helper(x):
    # why, not what
    return x + RATE


class Shape:
    """A shape."""

    sides = 0

    def grow(self, n):
        return n * 2

    async def fetch(self):
        return 1
'''


def digests(source: str) -> dict[str, str]:
    return {q: f.digest for q, f in source_functions(source).items()}


def test_functions_are_found_as_mutmut_names_them() -> None:
    found = source_functions(SOURCE)
    assert list(found) == ["area", "helper", "Shape.grow", "Shape.fetch"]
    assert found["helper"] == SourceFunction(
        qualname="helper", def_line=13, first=15, last=15, digest=found["helper"].digest
    )
    assert (found["Shape.grow"].def_line, found["Shape.grow"].first) == (23, 24)
    assert found["Shape.fetch"].last == 27


def test_digest_is_pinned() -> None:
    assert digest("a") == "ffe9aaeaa2a2d504"  # sha256 of "a\\0", 16 hex digits
    assert digest("a", "b") != digest("ab")
    assert len(digests(SOURCE)["area"]) == 16


def test_moving_a_function_or_editing_another_keeps_its_digest() -> None:
    before = digests(SOURCE)
    moved = SOURCE.replace("RATE = 3\n", "RATE = 3\n\n\n# many\n# more\n# lines\n")
    moved = moved.replace("return n * 2", "return n * 3")  # Shape.grow edited
    moved = moved.replace('"""Module docstring."""', '"""Another docstring."""')
    moved = moved.replace('"""A shape."""', '"""A round shape."""')
    after = digests(moved)
    assert after["area"] == before["area"]
    assert after["helper"] == before["helper"]
    assert after["Shape.fetch"] == before["Shape.fetch"]
    assert after["Shape.grow"] != before["Shape.grow"]


def test_edits_inside_a_function_change_its_digest() -> None:
    before = digests(SOURCE)
    comment = digests(SOURCE.replace("# why, not what", "# why"))
    decorator = digests(SOURCE.replace("@staticmethod\n", "@classmethod\n"))
    blank = digests(SOURCE.replace("    # why, not what\n", "    # why, not what\n\n"))
    assert comment["helper"] != before["helper"]  # a cached diff shows the code as it is
    assert decorator["helper"] != before["helper"]
    assert blank["helper"] != before["helper"]  # mutant lines below would move
    assert comment["area"] == before["area"]


def test_the_files_context_changes_every_digest() -> None:
    before = digests(SOURCE)
    for edited in (
        SOURCE.replace("RATE = 3", "RATE = 4"),
        SOURCE.replace("import math", "import cmath as math"),
        SOURCE.replace("    sides = 0\n", "    sides = 1\n"),
        SOURCE.replace("class Shape:", "class Shape(object):"),
    ):
        after = digests(edited)
        assert all(after[q] != before[q] for q in before)


def test_unparsable_sources_have_no_functions() -> None:
    assert source_functions("def broken(:\n") == {}
    assert parse("x = 1\0") is None
    assert parse("x = 1") is not None


def test_covering_tests_are_the_tests_of_any_body_line() -> None:
    function = source_functions(SOURCE)["helper"]
    by_line = {
        13: ("tests/t.py::test_import",),  # the def line runs at import, not a test of it
        14: ("tests/t.py::test_x",),  # (a comment line: never in coverage.py's data)
        15: ("tests/t.py::test_a", "tests/t.py::test_b"),
        16: ("tests/t.py::test_c",),
    }
    assert covering_tests(function, by_line) == {"tests/t.py::test_a", "tests/t.py::test_b"}
    assert covering_tests(function, {}) == frozenset()


def test_digests_of_the_sample_are_pinned() -> None:
    assert digests(SOURCE) == {
        "area": "735e7b9520178818",
        "helper": "25bcea3cbc96cf82",
        "Shape.grow": "6a4557c3cd89ebe5",
        "Shape.fetch": "672e77107cf01a74",
    }


def test_digest_of_a_lone_surrogate() -> None:
    assert digest("\ud800") == "54e8de6f3a9f4313"


def test_a_first_statement_that_is_not_a_docstring_is_context() -> None:
    source = "RATE = 1\n\n\ndef f():\n    return RATE\n"
    assert digests(source) == {"f": "19221cfe91f77b60"}
    assert digests(source.replace("RATE = 1", "RATE = 2")) == {"f": "2b03c80f36ae912c"}
    klass = "class C:\n    sides = 0\n\n    def m(self):\n        return 1\n"
    assert digests(klass) != digests(klass.replace("sides = 0", "sides = 1"))

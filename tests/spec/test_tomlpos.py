from __future__ import annotations

import pytest

from agenticops.spec.tomlpos import Source, TomlPositions, label

TEXT = '''\
# a comment
title = "x"

[contract]
doc = """
name = "not a key: inside a multi-line string"
"""
name = "refunds"
module = "refunds"

[[invariant]]
name = "first"

[[invariant]]
name = "second"
given = { paid = "integers()" }

[invariant.given]
requested = "integers()"

[[a.b]]
x = 1
[[a]]
[[a.b]]
y = 2
"quoted key" = 3
dotted.key = 4
"Xquoted" = 5
one = """one line"""
two = \'\'\'
three = "inside a literal multi-line string"
\'\'\'
three = 6
'''


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (("title",), 2),
        (("contract",), 4),
        (("contract", "doc"), 5),
        (("contract", "name"), 8),
        (("contract", "module"), 9),
        (("invariant", 0), 11),
        (("invariant", 0, "name"), 12),
        (("invariant", 1), 14),
        (("invariant", 1, "name"), 15),
        (("invariant", 1, "given"), 16),
        (("invariant", 1, "given", "paid"), 16),
        (("invariant", 1, "given", "requested"), 19),
        (("a", "b", 0, "x"), 22),
        (("a", 0), 23),
        (("a", 0, "b", 0), 24),
        (("a", 0, "b", 0, "y"), 25),
        (("a", 0, "b", 0, "quoted key"), 26),
        (("a", 0, "b", 0, "dotted", "key"), 27),
        (("a", 0, "b", 0, "Xquoted"), 28),
        (("a", 0, "b", 0, "one"), 29),
        (("a", 0, "b", 0, "two"), 30),
        (("a", 0, "b", 0, "three"), 33),
        (("missing",), 1),
        (("invariant", 5, "name"), 1),
        ((), 1),
    ],
)
def test_line_of_key_paths(path, line):
    assert TomlPositions(TEXT).line(path) == line


def test_multiline_string_content_is_not_a_key():
    positions = TomlPositions(TEXT)
    assert positions.line(("contract", "name")) == 8  # not 6, the line inside the string


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (("contract",), "[contract]"),
        (("contract", "name"), "[contract] name"),
        (("invariant", 1), "[[invariant]] #2"),
        (("invariant", 0, "given", "paid"), "[[invariant]] #1 given.paid"),
    ],
)
def test_label(path, text):
    assert label(path) == text


def test_source_error_names_file_line_and_key():
    source = Source("specs/x/contract.toml", TomlPositions(TEXT))
    assert str(source.error(("contract", "module"), "bad")) == (
        "specs/x/contract.toml:9: [contract] module: bad"
    )
    assert str(source.error((), "unknown key 'title'", at=("title",))) == (
        "specs/x/contract.toml:2: unknown key 'title'"
    )
    assert str(source.error(("contract",), "missing key 'intent'")) == (
        "specs/x/contract.toml:4: [contract]: missing key 'intent'"
    )

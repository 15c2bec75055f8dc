"""agenticops.tomltext edits TOML as text: the user's bytes and comments survive."""

from __future__ import annotations

import tomllib

import pytest

from agenticops.tomltext import (
    append_block,
    header_key,
    newline_of,
    replace_tables,
    table_spans,
)

KEY = ("tool", "agenticops")
BLOCK = '[tool.agenticops]\nprofile = "strict"\n'


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("[tool.agenticops]", ("tool", "agenticops")),
        ("  [ tool . agenticops.gates ]  # the gates", ("tool", "agenticops", "gates")),
        ('["tool".agenticops]\r', ("tool", "agenticops")),
        ("[[tool.mutmut.paths]]", ("tool", "mutmut", "paths")),
        ("[X.'Y'.\"Xa\"]", ("X", "Y", "Xa")),
        ("[tool.agenticops] # x\r", ("tool", "agenticops")),
        ("source = ['src']", None),
        ("# [tool.agenticops]", None),
        ('  ["x"],', None),
        ("", None),
    ],
)
def test_header_key(line: str, key: tuple[str, ...] | None) -> None:
    assert header_key(line) == key


def test_newline_of() -> None:
    assert newline_of("a = 1\r\nb = 2\n") == "\r\n"
    assert newline_of("a = 1\n") == "\n"
    assert newline_of("") == "\n"


DOC = """\
# top
[project]
name = "x"

[tool.agenticops]
profile = "legacy"
# a comment inside

# about gates
[tool.agenticops.gates]
coverage = 10

# ruff, next
[tool.ruff]
line-length = 99

[tool.agenticops.mutation]
isolation = "fork"
"""


def test_table_spans_merge_adjacent_tables_and_leave_comments_of_the_next() -> None:
    lines = DOC.split("\n")
    spans = table_spans(DOC, KEY)

    assert spans == [(4, 12), (16, 19)]
    assert lines[12] == "# ruff, next"
    assert lines[16:19] == ["[tool.agenticops.mutation]", 'isolation = "fork"', ""]
    assert table_spans(DOC, ("tool", "ruff")) == [(13, 16)]
    assert table_spans(DOC, ("tool", "black")) == []


def test_a_header_right_after_a_comment_only_table_keeps_its_header_line() -> None:
    text = "[tool.agenticops]\n# only\n[tool.x]\na = 1\n"

    assert table_spans(text, KEY) == [(0, 1)]


def test_replace_tables_puts_the_block_where_the_first_table_was() -> None:
    new = replace_tables(DOC, KEY, BLOCK)

    assert new == (
        '# top\n[project]\nname = "x"\n\n'
        '[tool.agenticops]\nprofile = "strict"\n\n'
        "# ruff, next\n[tool.ruff]\nline-length = 99\n"
    )
    assert tomllib.loads(new)["tool"] == {
        "agenticops": {"profile": "strict"},
        "ruff": {"line-length": 99},
    }


def test_replace_tables_at_the_end_and_with_crlf() -> None:
    text = 'a = 1\r\n\r\n[tool.agenticops]\r\nprofile = "legacy"'

    assert (
        replace_tables(text, KEY, BLOCK)
        == 'a = 1\r\n\r\n[tool.agenticops]\r\nprofile = "strict"\r\n'
    )


def test_replace_tables_needs_a_header() -> None:
    with pytest.raises(ValueError, match=r"no \[tool.agenticops\] table header"):
        replace_tables("[tool]\nagenticops = {profile = 'x'}\n", KEY, BLOCK)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", BLOCK),
        ("   \n", "   \n" + BLOCK),
        ("a = 1", "a = 1\n\n" + BLOCK),
        ("a = 1\n", "a = 1\n\n" + BLOCK),
        ("a = 1\r\n", 'a = 1\r\n\r\n[tool.agenticops]\r\nprofile = "strict"\r\n'),
    ],
)
def test_append_block(text: str, expected: str) -> None:
    assert append_block(text, BLOCK) == expected

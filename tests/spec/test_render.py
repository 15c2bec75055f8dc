from __future__ import annotations

import datetime
import math

import pytest

from agenticops.spec.render import call, docstring, exploded, literal, slug, unique, uses_datetime


@pytest.mark.parametrize(
    ("value", "source"),
    [
        ("plain", '"plain"'),
        ('say "hi"', "'say \"hi\"'"),
        ('it\'s "x"', '"it\'s \\"x\\""'),
        ("tab\tnewline\n", '"tab\\tnewline\\n"'),
        ("café", '"café"'),
        (True, "True"),
        (70, "70"),
        (-1.5, "-1.5"),
        (float("inf"), 'float("inf")'),
        (float("-inf"), 'float("-inf")'),
        (float("nan"), 'float("nan")'),
        ([1, "a", [2]], '[1, "a", [2]]'),
        ({"k": {"n": 1}, "b": []}, '{"k": {"n": 1}, "b": []}'),
        (datetime.date(2026, 11, 21), "datetime.date(2026, 11, 21)"),
        (datetime.time(8, 30), "datetime.time(8, 30)"),
    ],
)
def test_literal(value, source):
    assert literal(value) == source
    if isinstance(value, float) and math.isnan(value):  # nan is not equal to itself
        return
    assert eval(source, {"datetime": datetime}) == value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, False),
        ("2026-11-21", False),
        ([1, {"a": [datetime.datetime(2026, 1, 1, 8, 0)]}], True),
        ({"a": datetime.time(1, 2)}, True),
        (datetime.date(2026, 1, 1), True),
        ([], False),
    ],
)
def test_uses_datetime(value, expected):
    assert uses_datetime(value) is expected


def test_call_on_one_line_when_it_fits():
    assert call("result = f", ["a=a", "b=b"], indent="    ") == "    result = f(a=a, b=b)"
    assert call("def test_x", [], ":") == "def test_x():"


def test_call_with_the_arguments_on_one_indented_line():
    items = [f"argument_{n}=argument_{n}" for n in range(4)]
    assert call("    result = function", items) == (
        "    result = function(\n"
        "    argument_0=argument_0, argument_1=argument_1, "
        "argument_2=argument_2, argument_3=argument_3\n"
        ")"
    )
    assert call("def test_long_name", items, ":", indent="") == (
        "def test_long_name(\n"
        "    argument_0=argument_0, argument_1=argument_1, "
        "argument_2=argument_2, argument_3=argument_3\n"
        "):"
    )


def test_call_with_one_argument_per_line_when_that_is_too_long():
    items = [f"argument_number_{n}=argument_number_{n}" for n in range(3)]
    assert call("result = f", items, indent="    ") == (
        "    result = f(\n"
        "        argument_number_0=argument_number_0,\n"
        "        argument_number_1=argument_number_1,\n"
        "        argument_number_2=argument_number_2,\n"
        "    )"
    )


def test_exploded():
    assert exploded("@given", ["a=x"]) == "@given(\n    a=x,\n)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Never more than requested!", "never_more_than_requested"),
        ("  ", "unnamed"),
        ("Prüfung 2", "pr_fung_2"),
        ("--x--", "x"),
    ],
)
def test_slug(text, expected):
    assert slug(text) == expected


def test_unique_counts_from_two():
    taken: set[str] = set()
    assert [unique("t", taken) for _ in range(3)] == ["t", "t_2", "t_3"]
    assert taken == {"t", "t_2", "t_3"}


def test_docstring_cannot_be_closed_early():
    assert docstring('say """hi""" \\ ok') == '    """say \\"\\"\\"hi\\"\\"\\" \\\\ ok"""'
    assert eval(docstring('a "b" \\', indent="")) == 'a "b" \\'


def test_call_line_length_boundaries():
    fits = "x" * (100 - len("f(a)"))
    assert call(f"{fits}f", ["a"]) == f"{fits}f(a)"  # exactly 100 characters: one line
    assert call(f"{fits}ff", ["a"]) == f"{fits}ff(\n    a\n)"  # 101: the argument moves down
    exact = "b" * 96  # "    " + 96 characters = 100: still one indented line
    assert call("fff", [exact]) == f"fff(\n    {exact}\n)"
    assert call("fff", [exact + "b"]) == f"fff(\n    {exact}b,\n)"  # 101: exploded
    assert call("def f", [exact + "b"], ":") == f"def f(\n    {exact}b,\n):"

from __future__ import annotations

import pytest

from agenticops.spec.expressions import (
    check_names,
    check_strategy,
    is_dotted_name,
    names_in,
    one_line,
    parse_expression,
    strategy_code,
)


def test_parse_expression_rejects_statements():
    with pytest.raises(ValueError) as info:
        parse_expression("x = 1")
    assert str(info.value) == "not a valid Python expression: invalid syntax: 'x = 1'"


def test_check_names_accepts_known_bound_and_builtin_names():
    check_names(
        "all(x <= limit for x in [a, b]) and (lambda y, *z, **w: y)(abs(a))",
        {"a", "b", "limit"},
        "",
    )
    check_names("(n := a) > 0", {"a"}, "")


def test_check_names_names_the_first_unknown():
    with pytest.raises(ValueError) as info:
        check_names("0 <= result <= reqested", {"result", "requested"}, "known: requested, result")
    assert str(info.value) == "unknown name 'reqested' (known: requested, result)"


def test_names_in():
    assert names_in("f(a) + [b for b in c]") == {"f", "a", "b", "c"}


def test_one_line_keeps_one_line_text_and_joins_multiline():
    assert one_line("  0 <= result  ") == "0 <= result"
    assert one_line("(a +\n   b)") == "a + b"


@pytest.mark.parametrize(
    "text",
    ["integers(0, 10**6)", "st.lists(integers(), max_size=3)", "just(1).map(lambda x: x + 1)"],
)
def test_check_strategy_accepts(text):
    check_strategy(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("integer(0, 5)", "'integer' is not in hypothesis.strategies: 'integer(0, 5)'"),
        (
            "integers(5, 0)",
            "'integers(5, 0)' does not evaluate to a strategy: "
            "Cannot have max_value=0 < min_value=5",
        ),
        ("42", "'42' does not evaluate to a strategy: it evaluates to int, not a strategy"),
        ("integers(", "not a valid Python expression: '(' was never closed: 'integers('"),
    ],
)
def test_check_strategy_rejects(text, message):
    with pytest.raises(ValueError) as info:
        check_strategy(text)
    assert str(info.value) == message


def test_strategy_code_prefixes_strategy_names_only():
    assert strategy_code("integers(0, 10**6)") == "st.integers(0, 10**6)"
    assert strategy_code("lists(integers()).filter(lambda text: len(text) > 1)") == (
        "st.lists(st.integers()).filter(lambda text: len(text) > 1)"
    )
    assert strategy_code("st.text()") == "st.text()"
    assert strategy_code("tuples(\n  booleans(), none())") == "st.tuples(st.booleans(), st.none())"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("refunds", True),
        ("pkg.sub_mod", True),
        ("errors.RefundError", True),
        ("a..b", False),
        ("pkg.class", False),
        ("1abc", False),
        ("", False),
        ("a-b", False),
    ],
)
def test_is_dotted_name(text, expected):
    assert is_dotted_name(text) is expected

"""scripts/action_expressions.py evaluates `${{ }}` expressions as the Actions runner does."""

from __future__ import annotations

import math
from typing import Any

import pytest
from action_expressions import (
    ExpressionError,
    condition,
    equal,
    evaluate,
    substitute,
    to_number,
    to_string,
    tokenize,
    truthy,
)

CONTEXT: dict[str, Any] = {
    "inputs": {"diff-base": "", "profile": "Strict", "count": "3"},
    "steps": {"gate": {"outputs": {"exit-code": "1", "verdict": "fail"}}},
    "github": {"action_path": "/a"},
    "flag": True,
}
FUNCS = {"success": lambda: True, "failure": lambda: False, "always": lambda: True}


def test_tokenize_kinds_and_values() -> None:
    assert tokenize(" a.b-c == 'it''s' && !(1.5 != 2) ") == [
        ("name", "a"),
        ("op", "."),
        ("name", "b-c"),
        ("op", "=="),
        ("str", "it's"),
        ("op", "&&"),
        ("op", "!"),
        ("op", "("),
        ("num", 1.5),
        ("op", "!="),
        ("num", 2.0),
        ("op", ")"),
    ]
    with pytest.raises(ExpressionError, match=r"unsupported expression at '< 3'"):
        tokenize("a < 3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("inputs.diff-base", ""),
        ("inputs.profile == 'strict'", True),  # strings compare case-insensitively
        ("inputs.profile != 'strict'", False),
        ("steps.gate.outputs.exit-code == '1'", True),
        ("steps.gate.outputs.exit-code == 1", True),  # mixed types compare as numbers
        ("steps.gate.outputs.exit-code == 0 || steps.gate.outputs.exit-code == 1", True),
        ("steps.gate.outputs.missing", None),
        ("steps.gate.outputs.verdict.deeper", None),
        ("inputs.diff-base || 'HEAD'", "HEAD"),
        ("inputs.profile || 'x'", "Strict"),
        ("inputs.profile && 'x'", "x"),
        ("inputs.diff-base && 'x'", ""),
        ("!inputs.diff-base", True),
        ("!!flag", True),
        ("(1 == 1) && (true != false)", True),
        ("null", None),
        ("success() && !failure()", True),
        ("'a' == 'b' || 'c'", "c"),
    ],
)
def test_evaluate(text: str, expected: Any) -> None:
    assert evaluate(text, CONTEXT, FUNCS) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("matrix.os", "unknown context 'matrix'"),
        ("hashFiles()", r"unsupported function hashFiles\(\)"),
        ("inputs.", "unexpected end of expression"),
        ("inputs.'x'", "expected a property name after '.', got 'x'"),
        ("(1 == 1", r"expected '\)'"),
        ("1 1", "unexpected 1.0"),
        ("== 1", "unexpected '=='"),
    ],
)
def test_evaluate_refuses(text: str, message: str) -> None:
    with pytest.raises(ExpressionError, match=message):
        evaluate(text, CONTEXT, FUNCS)


def test_evaluate_without_functions_knows_none() -> None:
    with pytest.raises(ExpressionError, match=r"unsupported function always\(\)"):
        evaluate("always()", {})


@pytest.mark.parametrize(
    ("value", "number"),
    [(None, 0.0), (True, 1.0), (False, 0.0), (2, 2.0), (" 7 ", 7.0), ("", 0.0), ("  ", 0.0)],
)
def test_to_number(value: Any, number: float) -> None:
    assert to_number(value) == number


def test_to_number_of_text_is_nan() -> None:
    assert math.isnan(to_number("abc"))


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("A", "a", True),
        ("a", "b", False),
        (None, None, True),
        (True, True, True),
        (1.0, 2.0, False),
        (True, "1", True),
        (None, "", True),
        ("abc", math.nan, False),
        (False, "false", False),  # 'false' is NaN as a number
    ],
)
def test_equal(left: Any, right: Any, same: bool) -> None:
    assert equal(left, right) is same


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, False),
        (False, False),
        ("", False),
        (0.0, False),
        (-0.0, False),
        (math.nan, False),
        (True, True),
        ("false", True),
        ("0", True),
        (2.0, True),
        ({}, True),
    ],
)
def test_truthy(value: Any, expected: bool) -> None:
    assert truthy(value) is expected


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, ""), (True, "true"), (False, "false"), (3.0, "3"), (1.5, "1.5"), ("x", "x")],
)
def test_to_string(value: Any, text: str) -> None:
    assert to_string(value) == text


def test_substitute_replaces_every_expression() -> None:
    text = "path=${{ github.action_path }}/x ok=${{ steps.gate.outputs.verdict == 'FAIL' }}"

    assert substitute(text, CONTEXT) == "path=/a/x ok=true"
    assert substitute("no expressions", CONTEXT) == "no expressions"


@pytest.mark.parametrize(
    ("expression", "failed", "runs"),
    [
        (None, False, True),
        (None, True, False),
        ("inputs.profile != ''", False, True),
        ("inputs.profile != ''", True, False),  # implicit success() &&
        ("${{ inputs.diff-base != '' }}", False, False),
        ("always()", True, True),
        ("failure()", True, True),
        ("failure()", False, False),
        ("always() && inputs.diff-base != ''", True, False),
        (True, False, True),
        (False, False, False),
    ],
)
def test_condition(expression: object, failed: bool, runs: bool) -> None:
    functions = {
        "success": lambda: not failed,
        "failure": lambda: failed,
        "always": lambda: True,
        "cancelled": lambda: False,
    }
    assert condition(expression, CONTEXT, functions) is runs

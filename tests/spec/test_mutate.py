from __future__ import annotations

import pytest

from agenticops.spec.mutate import changed, mutate_literals

from .helpers import FIXTURES

REFUNDS = (FIXTURES / "refunds" / "features" / "refunds.feature").read_text()


def summary(text):
    return [
        (m.scenario, m.scenario_line, m.origin, m.line, m.column, m.original, m.replacement)
        for m in mutate_literals(text)
    ]


def test_refunds_feature_mutants_are_pinned():
    assert summary(REFUNDS) == [
        ("Refund after a chargeback", 4, "then", 7, 24, "70", "71"),
        ("Partial refunds", 9, "examples", 17, 54, "60", "61"),
        ("Partial refunds", 9, "examples", 18, 54, "25", "26"),
        (
            "Negative amounts are refused",
            20,
            "then",
            23,
            38,
            '"negative amount"',
            '"Xnegative amountX"',
        ),
    ]


@pytest.mark.parametrize("text", ["REFUNDS", "OUTLINE"])
def test_each_mutant_changes_exactly_one_literal(text):
    text = globals()[text]
    lines = text.splitlines()
    for mutant in mutate_literals(text):
        changed_lines = mutant.text.splitlines()
        diff = [n for n, (a, b) in enumerate(zip(lines, changed_lines, strict=True), 1) if a != b]
        assert diff == [mutant.line]
        start = mutant.column - 1
        assert lines[mutant.line - 1][start : start + len(mutant.original)] == mutant.original
        assert changed_lines[mutant.line - 1] == (
            lines[mutant.line - 1][:start]
            + mutant.replacement
            + lines[mutant.line - 1][start + len(mutant.original) :]
        )


OUTLINE = """\
Feature: Accounts
  Background:
    Given a bank

  Scenario: Literals of every kind
    Given an account with 10
    When I withdraw 3
    Then  the balance is 7 and the fee is 0.50
    And the status is "ok" (code 2), version 1.2.3, item x2, ratio -1.5, end 9.
    But the note is "say \\"hi\\""

  Rule: outlines
    Scenario Outline: Deposits
      Given an account with <start>
      When I deposit <amount>
      Then the balance is <balance>
      And the receipt shows <amount>
      And the message is <message>

      Examples: first
        | start | amount | balance | message   | unused |
        | 1     | 2      | 3       | "thanks"  | 9      |
        | 0     | 5      | 5       | a\\|b      |        |

      Examples: second
        | start | amount | balance | message |
        | 2     | 2      | 4       |         |

      Examples: no table yet
"""


def test_then_literals_examples_columns_and_escapes():
    assert summary(OUTLINE) == [
        ("Literals of every kind", 5, "then", 8, 26, "7", "8"),
        ("Literals of every kind", 5, "then", 8, 43, "0.50", "1.50"),
        ("Literals of every kind", 5, "then", 9, 23, '"ok"', '"XokX"'),
        ("Literals of every kind", 5, "then", 9, 34, "2", "3"),
        ("Literals of every kind", 5, "then", 9, 68, "-1.5", "-0.5"),
        ("Literals of every kind", 5, "then", 9, 78, "9", "10"),
        ("Literals of every kind", 5, "then", 10, 21, '"say \\"hi\\""', '"Xsay \\"hi\\"X"'),
        ("Deposits", 13, "examples", 22, 28, "3", "4"),
        ("Deposits", 13, "examples", 22, 38, '"thanks"', '"XthanksX"'),
        ("Deposits", 13, "examples", 23, 28, "5", "6"),
        ("Deposits", 13, "examples", 27, 28, "4", "5"),
        ("Deposits", 13, "examples", 27, 46, "", "XX"),
    ]


@pytest.mark.parametrize(
    ("literal", "replacement"),
    [
        ("70", "71"),
        ("-1", "0"),
        ("12.50", "13.50"),
        ('"a"', '"XaX"'),
        ('""', '"XX"'),
        ("abc", "XabcX"),
        ("", "XX"),
        ('"', 'X"X'),
    ],
)
def test_changed(literal, replacement):
    assert changed(literal) == replacement


def test_no_feature_no_mutants():
    assert mutate_literals("# nothing here\n") == []


def test_feature_without_then_literals():
    text = "Feature: x\n  Scenario: y\n    Given z\n    Then it works\n"
    assert mutate_literals(text) == []

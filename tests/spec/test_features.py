from __future__ import annotations

import pytest

from agenticops.errors import SpecError
from agenticops.spec.features import find_features, parse_feature, step_kinds
from agenticops.spec.records import ExamplesTable, Step

RULES = """\
Feature: Refunds
  Background:
    Given a shop

  Scenario: Plain
    Given an order paid 100
    When the customer asks for 100
    Then the refund is 100
    And nothing is left
    But no mail is sent

  Rule: limits
    Scenario Outline: Limited
      Given an order paid <paid>
      * nothing else
      Then the refund is <refund>

      Examples: small
        | paid | refund |
        | 10   | 10     |

      Examples: empty
"""


def test_parse_scenarios_steps_and_examples_including_rules():
    feature = parse_feature(RULES, "features/r.feature", label="x/features/r.feature")
    assert (feature.path, feature.name, feature.text) == ("features/r.feature", "Refunds", RULES)
    plain, limited = feature.scenarios
    assert (plain.name, plain.line, plain.keyword, plain.examples) == ("Plain", 5, "Scenario", ())
    assert plain.steps == (
        Step(keyword="Given", kind="given", text="an order paid 100", line=6),
        Step(keyword="When", kind="when", text="the customer asks for 100", line=7),
        Step(keyword="Then", kind="then", text="the refund is 100", line=8),
        Step(keyword="And", kind="then", text="nothing is left", line=9),
        Step(keyword="But", kind="then", text="no mail is sent", line=10),
    )
    assert (limited.name, limited.line, limited.keyword) == ("Limited", 13, "Scenario Outline")
    assert limited.examples == (
        ExamplesTable(name="small", line=18, header=("paid", "refund"), rows=(("10", "10"),)),
        ExamplesTable(name="empty", line=22, header=(), rows=()),
    )


def test_step_kinds_inherit_and_default_to_given():
    steps = [
        {"keywordType": t} for t in ("Conjunction", "Action", "Unknown", "Outcome", "Conjunction")
    ]
    assert step_kinds(steps) == ["given", "when", "when", "then", "then"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Feature: x\n  Scenario: a\n    Given b\n  | x |\n  foo bar\n",
            "F:5: invalid Gherkin: expected: #EOF, #TableRow, #DocStringSeparator, #StepLine, "
            "#TagLine, #ExamplesLine, #ScenarioLine, #RuleLine, #Comment, #Empty, got 'foo bar'",
        ),
        ("# language: xx\nFeature: a\n", "F:1: invalid Gherkin: Language not supported: xx"),
        ("# only a comment\n", "F:1: no Feature: in this file"),
        (
            "Feature: x\n  Scenario: a\n    And b\n",
            "F:3: the first step must be Given, When or Then, not And",
        ),
        (
            "Feature: x\n  Background:\n    * b\n  Scenario: a\n    Given c\n",
            "F:3: the first step must be Given, When or Then, not *",
        ),
        (
            "Feature: x\n  Scenario: a\n    Given b\n  Rule: r\n    Scenario: a\n      Given c\n",
            "F:5: scenario 'a' is also at line 2: pytest-bdd binds scenarios by name",
        ),
    ],
)
def test_parse_rejects(text, message):
    with pytest.raises(SpecError) as info:
        parse_feature(text, "f.feature", label="F")
    assert str(info.value) == message


def test_find_features_at_any_depth_skipping_hidden_and_caches(tmp_path):
    for name in [
        "b.feature",
        "features/a.feature",
        "deep/er/c.feature",
        ".hidden/d.feature",
        "__pycache__/e.feature",
        "notes.txt",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Feature: x\n")
    (tmp_path / "dir.feature").mkdir()
    found = [p.relative_to(tmp_path).as_posix() for p in find_features(tmp_path)]
    assert found == ["b.feature", "deep/er/c.feature", "features/a.feature"]

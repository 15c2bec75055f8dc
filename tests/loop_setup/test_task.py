"""render_first_task: the loop's first prompt, every section filled from the spec and config."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from agenticops.config import Config
from agenticops.loop_setup.task import render_first_task
from agenticops.model import Thresholds
from agenticops.spec import Spec
from agenticops.spec.records import Budget, Example, Feature, Function, Invariant

REFUNDABLE = Function(
    name="refundable",
    signature="(paid: int, refunded: int) -> int",
    parameters=(),
    returns="int",
    doc="\n  What can still be refunded.\n\n",
    line=3,
)
CLAMP = Function(
    name="clamp",
    signature="(x: int) -> int",
    parameters=(),
    returns="int",
    doc="Never negative.",
    line=9,
)
SPEC = Spec(
    root=Path("specs/refunds"),
    name="refunds",
    intent="\n  Refund what is left after chargebacks.  \n",
    module="shop.refunds",
    functions=(REFUNDABLE, CLAMP),
    invariants=(
        Invariant(
            function="refundable",
            name="never negative",
            holds="result >= 0",
            where=None,
            given={},
            line=14,
        ),
        Invariant(
            function="clamp",
            name="identity",
            holds="result == x",
            where="x >= 0",
            given={},
            line=20,
        ),
    ),
    examples=(
        Example(
            function="refundable", args={"paid": 10, "refunded": 3}, returns=7, raises=None, line=25
        ),
        Example(function="clamp", args={"x": "a"}, returns=None, raises="TypeError", line=30),
    ),
    features=(
        Feature(path="refunds.feature", name="Refunds", text="\nFeature: Refunds\n", scenarios=()),
        Feature(path="more/b.feature", name="B", text="Feature: B\n  Scenario: b\n", scenarios=()),
    ),
    steps=None,
    writable=("src/shop/**", "tests/**"),
    budget=Budget(),
    digest="sha256:0",
)
CONFIG = Config(
    root=Path("/project"),
    pyproject=None,
    source=("src", "lib"),
    tests=("tests",),
    profile="strict",
    agent=None,
    thresholds=Thresholds(
        coverage=90, complexity=None, crap=8, mutation_score=None, mutation_sites=None
    ),
)


def section(text: str, title: str) -> str:
    """The body of the `## title` section, without the blank lines around it."""
    body = text.split(f"\n## {title}\n", 1)[1]
    return body.split("\n## ", 1)[0].strip("\n")


def test_the_heading_names_the_module_and_the_spec() -> None:
    text = render_first_task(SPEC, CONFIG, "specs/refunds", "tests/agenticops_contract")
    assert text.startswith("# Task: implement `shop.refunds` — refunds\n")


def test_intent_and_interface_come_from_the_spec_stripped() -> None:
    text = render_first_task(SPEC, CONFIG, "specs/refunds", "tests/agenticops_contract")
    assert section(text, "Intent") == "Refund what is left after chargebacks."
    assert section(text, "Interface") == (
        "Implement the module `shop.refunds` under `src/` with exactly these public functions:\n"
        "\n"
        "```python\ndef refundable(paid: int, refunded: int) -> int\n```\n\n"
        "What can still be refunded.\n"
        "\n"
        "```python\ndef clamp(x: int) -> int\n```\n\nNever negative."
    )


def test_invariants_and_examples_are_one_bullet_each() -> None:
    text = render_first_task(SPEC, CONFIG, "specs/refunds", "tests/agenticops_contract")
    assert section(text, "Invariants (checked by generated property tests)") == (
        "- `refundable`: never negative: `result >= 0`\n"
        "- `clamp`: identity: `result == x` when `x >= 0`"
    )
    assert section(text, "Examples (checked by generated tests)") == (
        "- `refundable(paid=10, refunded=3)` returns 7\n- `clamp(x='a')` raises TypeError"
    )


def test_a_spec_without_invariants_or_examples_says_none() -> None:
    bare = dataclasses.replace(SPEC, invariants=(), examples=())
    text = render_first_task(bare, CONFIG, "specs/refunds", "tests/agenticops_contract")
    assert section(text, "Invariants (checked by generated property tests)") == "(none)"
    assert section(text, "Examples (checked by generated tests)") == "(none)"


def test_without_steps_the_agent_writes_them_and_sees_every_feature_file() -> None:
    text = render_first_task(SPEC, CONFIG, "specs/refunds", "tests/agenticops_contract")
    assert section(text, "Acceptance scenarios") == (
        "Every scenario of these feature files is bound with pytest-bdd and must pass.\n"
        "Write the pytest-bdd step definitions yourself (see below); agenticops changes the "
        "scenarios' literal values to prove your steps check them.\n"
        "\n"
        "`refunds.feature`:\n\n```gherkin\nFeature: Refunds\n```\n"
        "\n"
        "`more/b.feature`:\n\n```gherkin\nFeature: B\n  Scenario: b\n```"
    )


def test_given_steps_are_locked() -> None:
    given = dataclasses.replace(SPEC, steps=Path("specs/refunds/steps.py"))
    text = render_first_task(given, CONFIG, "specs/refunds", "tests/agenticops_contract")
    assert section(text, "Acceptance scenarios").splitlines()[1] == (
        "Step definitions are given and locked."
    )


def test_boundaries_name_the_writable_globs_and_the_locked_paths() -> None:
    text = render_first_task(SPEC, CONFIG, "specs/elsewhere", "checks/agenticops_contract")
    assert section(text, "Boundaries") == (
        "You may write only files matching: `src/shop/**`, `tests/**`\n"
        "Locked (any change is reverted and recorded as a violation): the spec directory\n"
        "`specs/elsewhere`, the generated tests in `checks/agenticops_contract`, "
        "`pyproject.toml`, and everything\n"
        "outside the writable globs. Adding `pragma: no cover`, `pragma: no mutate`, skips or\n"
        "xfails to your files is a violation too."
    )


def test_gates_name_the_profile_and_list_only_the_gates_switched_on() -> None:
    text = render_first_task(SPEC, CONFIG, "specs/refunds", "tests/agenticops_contract")
    assert section(text, "Gates (profile `strict`)").split("\n\n")[0] == (
        "- every collected test passes (contract, acceptance and your own)\n"
        "- `coverage`: line + branch coverage of the source >= 90%\n"
        "- `crap`: CRAP (cc^2 * (1 - cov)^3 + cc) of every function <= 8"
    )

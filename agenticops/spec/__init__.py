"""The spec stage: load a spec directory, generate its locked contract tests, check agent steps."""

from __future__ import annotations

from agenticops.spec.generate import (
    AGENT_STEPS_HINT,
    CONTRACT_PACKAGE,
    FEATURES_DIR,
    agent_steps_hint,
    contract_package,
    render_contract_tests,
    write_contract_tests,
)
from agenticops.spec.loader import load_spec
from agenticops.spec.mutate import LiteralMutant, mutate_literals
from agenticops.spec.operative import OPERATIVE_PACKAGE, OperativeFinding, check_operative
from agenticops.spec.records import (
    Budget,
    Example,
    ExamplesTable,
    Feature,
    Function,
    Invariant,
    Parameter,
    Scenario,
    Spec,
    Step,
)

__all__ = [
    "AGENT_STEPS_HINT",
    "CONTRACT_PACKAGE",
    "FEATURES_DIR",
    "OPERATIVE_PACKAGE",
    "Budget",
    "Example",
    "ExamplesTable",
    "Feature",
    "Function",
    "Invariant",
    "LiteralMutant",
    "OperativeFinding",
    "Parameter",
    "Scenario",
    "Spec",
    "Step",
    "agent_steps_hint",
    "check_operative",
    "contract_package",
    "load_spec",
    "mutate_literals",
    "render_contract_tests",
    "write_contract_tests",
]

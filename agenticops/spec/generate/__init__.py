"""Tests generated from the contract by agenticops (never by the agent), then locked."""

from __future__ import annotations

from agenticops.spec.generate.layout import (
    AGENT_STEPS_HINT,
    CONTRACT_PACKAGE,
    FEATURES_DIR,
    agent_steps_hint,
    contract_package,
)
from agenticops.spec.generate.modules import render_contract_tests
from agenticops.spec.generate.writer import write_contract_tests

__all__ = [
    "AGENT_STEPS_HINT",
    "CONTRACT_PACKAGE",
    "FEATURES_DIR",
    "agent_steps_hint",
    "contract_package",
    "render_contract_tests",
    "write_contract_tests",
]

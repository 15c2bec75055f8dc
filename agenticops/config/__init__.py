"""Load `[tool.agenticops]` over a preset from gates/, validate it, and apply CLI overrides."""

from __future__ import annotations

from agenticops.config.loader import load_config
from agenticops.config.overrides import GATE_KEYS, parse_override
from agenticops.config.settings import Config, MutationSettings
from agenticops.config.sources import detect_source
from agenticops.config.thresholds import load_profile, thresholds_from
from agenticops.config.tool_table import read_toml
from agenticops.config.validation import describe, validate

__all__ = [
    "GATE_KEYS",
    "Config",
    "MutationSettings",
    "describe",
    "detect_source",
    "load_config",
    "load_profile",
    "parse_override",
    "read_toml",
    "thresholds_from",
    "validate",
]

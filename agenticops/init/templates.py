"""The texts init writes, rendered from templates/init/ with the project's layout."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from agenticops.config import GATE_KEYS, load_profile
from agenticops.init.layout import Layout
from agenticops.resources import template

WORKFLOW = ".github/workflows/agenticops.yml"
_PLACEHOLDER = re.compile(r"\{\{\{(\w+)\}\}\}")


def scaffold(layout: Layout, name: str) -> dict[str, str]:
    """The spec skeleton and the workflow: relative path to text."""
    values = {
        "name": name,
        "module": layout.module,
        "source_root": layout.source[0],
        "writable": _toml_array(layout.writable),
    }
    return {
        f"specs/{name}/contract.toml": render(template("init/contract.toml.tmpl"), values),
        f"specs/{name}/{name}.feature": render(template("init/scenarios.feature.tmpl"), values),
        WORKFLOW: template("init/workflow.yml.tmpl"),
    }


def tool_block(layout: Layout, *, profile: str = "default") -> str:
    """The [tool.agenticops] text: detected paths, the profile's gates as comments."""
    gates = load_profile(profile)
    values = {key: _toml_value(gates[key]) for key in GATE_KEYS}
    values |= {
        "source": _toml_array(layout.source),
        "tests": _toml_array((layout.tests,)),
        "profile": profile,
    }
    return render(template("init/tool-agenticops.toml.tmpl"), values)


def render(text: str, values: Mapping[str, str]) -> str:
    """Fill the {{{key}}} placeholders of a template; KeyError for one without a value."""
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def _toml_value(value: object) -> str:
    return "false" if value is False else str(value)


def _toml_array(items: tuple[str, ...]) -> str:
    return "[" + ", ".join(json.dumps(item, ensure_ascii=False) for item in items) + "]"

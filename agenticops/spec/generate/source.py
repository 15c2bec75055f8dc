"""A generated module's source: its template filled, its tests joined under their imports."""

from __future__ import annotations

from string import Template

from agenticops.resources import template
from agenticops.spec.cases import Case


def fill(name: str, fields: dict[str, str]) -> str:
    return Template(template(f"contract_tests/{name}")).substitute(fields)


def module_source(name: str, fields: dict[str, str], cases: list[Case]) -> str:
    uses = set().union(*(case.uses for case in cases))
    tests = "\n\n".join(case.source for case in cases)
    return fill(name, {**fields, "imports": _imports(uses), "tests": f"\n\n{tests}"})


def _imports(uses: set[str]) -> str:
    """The import block: stdlib, third-party, local; in the order ruff's isort rules want."""
    hypothesis = sorted(uses & {"assume", "given", "settings"})
    support = sorted(uses & {"contract_exception", "contract_function", "hinted"})
    stdlib = [f"import {name}" for name in sorted(uses & {"datetime"})]
    third = [f"import {name}" for name in sorted(uses & {"pytest"})]
    if hypothesis:
        third.append(f"from hypothesis import {', '.join(hypothesis)}")
    if "st" in uses:
        third.append("from hypothesis import strategies as st")
    local = [f"from ._support import {', '.join(support)}"]
    return "\n\n".join("\n".join(group) for group in (stdlib, third, local) if group) + "\n"

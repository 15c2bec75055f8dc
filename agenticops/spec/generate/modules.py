"""The generated test modules of one spec: every contract test template, filled."""

from __future__ import annotations

from agenticops.spec.cases import example_cases, invariant_cases
from agenticops.spec.generate.fields import declared_fields, feature_paths
from agenticops.spec.generate.layout import header
from agenticops.spec.generate.source import fill, module_source
from agenticops.spec.records import Spec


def render_contract_tests(spec: Spec) -> dict[str, str]:
    """The generated modules by file name, deterministic for a given spec."""
    fields = {"header": header(spec), "name": spec.name, "module": spec.module}
    files = {
        "__init__.py": fill("__init__.py.tmpl", fields),
        "_support.py": fill("_support.py.tmpl", fields),
        "test_signature.py": fill("test_signature.py.tmpl", {**fields, **declared_fields(spec)}),
        "test_acceptance.py": fill(
            "test_acceptance.py.tmpl", {**fields, "paths": feature_paths(spec)}
        ),
    }
    if spec.invariants:
        files["test_invariants.py"] = module_source(
            "test_invariants.py.tmpl", fields, invariant_cases(spec)
        )
    if spec.examples:
        files["test_examples.py"] = module_source(
            "test_examples.py.tmpl", fields, example_cases(spec)
        )
    return files

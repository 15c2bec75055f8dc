"""Template fields from the spec: the declared signatures, and the feature files to bind."""

from __future__ import annotations

from collections.abc import Iterable

from agenticops.spec.records import Spec
from agenticops.spec.render import literal


def declared_fields(spec: Spec) -> dict[str, str]:
    declared = signatures = ""
    for f in spec.functions:
        parameters = [
            f"({literal(p.name)}, {literal(p.kind)}, {literal(p.annotation)})" for p in f.parameters
        ]
        rows = f"(\n{_lines(parameters, indent=' ' * 12)}        )"
        if len(parameters) < 2:  # ruff keeps (x,) and () on one line: no magic trailing comma
            rows = f"({parameters[0]},)" if parameters else "()"
        declared += f"    {literal(f.name)}: (\n        {rows},\n"
        declared += f"        {literal(f.returns)},\n    ),\n"
        signatures += f"    {literal(f.name)}: {literal(f.signature)},\n"
    return {"declared": declared, "signatures": signatures}


def _lines(items: Iterable[str], *, indent: str) -> str:
    return "".join(f"{indent}{item},\n" for item in items)


def feature_paths(spec: Spec) -> str:
    return _lines((literal(feature.path) for feature in spec.features), indent="    ")

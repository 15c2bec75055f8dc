"""Feature files under a spec: found, read, and checked for what pytest-bdd needs to bind."""

from __future__ import annotations

from pathlib import Path

from agenticops.errors import SpecError
from agenticops.spec.features.document import check_first_step, gherkin_document, nodes
from agenticops.spec.features.scenarios import build_scenario
from agenticops.spec.records import Feature
from agenticops.spec.text import read_text


def find_features(root: Path) -> tuple[Path, ...]:
    """Every *.feature file under root, at any depth, outside hidden and cache directories."""
    return tuple(
        sorted(
            path
            for path in root.rglob("*.feature")
            if path.is_file()
            and not any(
                p.startswith(".") or p == "__pycache__" for p in path.relative_to(root).parts
            )
        )
    )


def load_feature(root: Path, path: Path) -> Feature:
    """One feature file as a record; SpecError names file:line when it is not usable Gherkin."""
    relative = path.relative_to(root).as_posix()
    return parse_feature(read_text(path), relative, label=str(path))


def parse_feature(text: str, relative: str, *, label: str) -> Feature:
    """Parse `text` (the file `relative` to its spec, named `label` in errors)."""
    document = gherkin_document(text, label)
    if "feature" not in document:
        raise SpecError(f"{label}:1: no Feature: in this file")
    feature = document["feature"]
    for background in nodes(feature, "background"):
        check_first_step(background["steps"], label)
    scenarios = tuple(build_scenario(node, label) for node in nodes(feature, "scenario"))
    seen: dict[str, int] = {}
    for scenario in scenarios:
        if scenario.name in seen:
            raise SpecError(
                f"{label}:{scenario.line}: scenario {scenario.name!r} is also at line "
                f"{seen[scenario.name]}: pytest-bdd binds scenarios by name"
            )
        seen[scenario.name] = scenario.line
    return Feature(path=relative, name=feature["name"], text=text, scenarios=scenarios)

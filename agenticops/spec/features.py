"""Feature files: parsed with gherkin-official and checked for what pytest-bdd needs to bind."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from gherkin.errors import CompositeParserException
from gherkin.parser import Parser

from agenticops.errors import SpecError
from agenticops.spec.records import ExamplesTable, Feature, Scenario, Step, StepKind
from agenticops.spec.text import read_text

_KINDS: dict[str, StepKind] = {"Context": "given", "Action": "when", "Outcome": "then"}


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
        _check_first_step(background["steps"], label)
    scenarios = tuple(_scenario(node, label) for node in nodes(feature, "scenario"))
    seen: dict[str, int] = {}
    for scenario in scenarios:
        if scenario.name in seen:
            raise SpecError(
                f"{label}:{scenario.line}: scenario {scenario.name!r} is also at line "
                f"{seen[scenario.name]}: pytest-bdd binds scenarios by name"
            )
        seen[scenario.name] = scenario.line
    return Feature(path=relative, name=feature["name"], text=text, scenarios=scenarios)


def gherkin_document(text: str, label: str) -> dict[str, Any]:
    """The gherkin-official AST; the first parser error becomes a one-line SpecError."""
    try:
        document: dict[str, Any] = dict(Parser().parse(text))
    except CompositeParserException as exc:
        first = exc.errors[0]
        message = str(first).split(": ", 1)[-1]
        raise SpecError(f"{label}:{first.location['line']}: invalid Gherkin: {message}") from None
    return document


def nodes(feature: Mapping[str, Any], kind: str) -> Iterator[dict[str, Any]]:
    """The `kind` (scenario, background) nodes of a feature, also inside `Rule:`, in file order."""
    for child in feature["children"]:
        if "rule" in child:
            yield from nodes(child["rule"], kind)
        elif kind in child:
            yield child[kind]


def step_kinds(steps: Sequence[Mapping[str, Any]]) -> list[StepKind]:
    """given / when / then for each step: And, But and * inherit from the step before."""
    kinds: list[StepKind] = []
    for step in steps:
        kinds.append(_KINDS.get(step["keywordType"], kinds[-1] if kinds else "given"))
    return kinds


def _check_first_step(steps: list[dict[str, Any]], label: str) -> None:
    if steps and steps[0]["keywordType"] not in _KINDS:
        line, keyword = steps[0]["location"]["line"], steps[0]["keyword"].strip()
        raise SpecError(
            f"{label}:{line}: the first step must be Given, When or Then, not {keyword}"
        )


def _scenario(node: Mapping[str, Any], label: str) -> Scenario:
    raw = node["steps"]
    _check_first_step(raw, label)
    steps = tuple(
        Step(
            keyword=step["keyword"].strip(),
            kind=kind,
            text=step["text"],
            line=step["location"]["line"],
        )
        for step, kind in zip(raw, step_kinds(raw), strict=True)
    )
    return Scenario(
        name=node["name"],
        line=node["location"]["line"],
        keyword=node["keyword"],
        steps=steps,
        examples=tuple(_examples(block) for block in node["examples"]),
    )


def _examples(block: Mapping[str, Any]) -> ExamplesTable:
    header = block.get("tableHeader")
    return ExamplesTable(
        name=block["name"],
        line=block["location"]["line"],
        header=tuple(c["value"] for c in header["cells"]) if header else (),
        rows=tuple(tuple(c["value"] for c in row["cells"]) for row in block["tableBody"]),
    )

"""The spec as records: contract (interface, invariants, examples, limits) and feature files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ParameterKind = Literal[
    "POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD", "VAR_POSITIONAL", "KEYWORD_ONLY", "VAR_KEYWORD"
]
StepKind = Literal["given", "when", "then"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Parameter:
    """One parameter of a declared signature; `kind` is the name of inspect's kind."""

    name: str
    kind: ParameterKind
    annotation: str | None  # source text, normalised by ast.unparse; None when absent
    default: str | None  # source text of the default; None when required

    @property
    def variadic(self) -> bool:
        return self.kind in ("VAR_POSITIONAL", "VAR_KEYWORD")


@dataclass(frozen=True, slots=True, kw_only=True)
class Function:
    """A `[[function]]` of the contract: the public interface the agent implements."""

    name: str
    signature: str  # as written: "(paid: int, ...) -> int"
    parameters: tuple[Parameter, ...]
    returns: str  # the return annotation, normalised
    doc: str
    line: int  # of the [[function]] header in contract.toml


@dataclass(frozen=True, slots=True, kw_only=True)
class Invariant:
    """An `[[invariant]]`: `holds` over the arguments and `result` wherever `where` allows."""

    function: str
    name: str
    holds: str
    where: str | None
    given: Mapping[str, str]  # parameter -> hypothesis.strategies expression (read-only)
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Example:
    """An `[[example]]`: a pinned call that returns a value or raises an exception type."""

    function: str
    args: Mapping[str, object]  # parameter -> TOML value (read-only)
    returns: object  # the expected value; meaningless when `raises` is set
    raises: str | None  # exception name: a builtin or an attribute of the module
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Budget:
    """`[budget]`: every limit optional; the CLI overrides."""

    max_iterations: int | None = None
    max_cost_usd: float | None = None
    max_minutes: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    keyword: str  # as written, without the trailing space: "Given", "And", "*"
    kind: StepKind  # what pytest-bdd binds it as (And/But inherit)
    text: str
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ExamplesTable:
    name: str
    line: int
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Scenario:
    name: str
    line: int
    keyword: str  # "Scenario", "Scenario Outline", "Example", ...
    steps: tuple[Step, ...]  # its own steps; Background steps are not repeated here
    examples: tuple[ExamplesTable, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Feature:
    path: str  # relative to the spec directory, with "/"
    name: str
    text: str
    scenarios: tuple[Scenario, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Spec:
    """A loaded, checked spec directory."""

    root: Path
    name: str
    intent: str
    module: str
    functions: tuple[Function, ...]
    invariants: tuple[Invariant, ...]
    examples: tuple[Example, ...]
    features: tuple[Feature, ...]
    steps: Path | None  # the human steps.py or steps/ directory
    writable: tuple[str, ...]
    budget: Budget
    digest: str  # sha256 of every spec file, for the ledger

    def function(self, name: str) -> Function:
        """The declared function called `name` (KeyError when the contract has none)."""
        for function in self.functions:
            if function.name == name:
                return function
        raise KeyError(name)

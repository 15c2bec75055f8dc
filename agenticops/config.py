"""Load `[tool.agenticops]` over a preset from gates/, validate it, and apply CLI overrides."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import jsonschema

from agenticops.config_schema import get_schema
from agenticops.errors import ConfigError, ProjectError
from agenticops.model import Thresholds
from agenticops.resources import data_dir

GATE_KEYS = ("coverage", "complexity", "crap", "mutation_score", "mutation_sites")
_INTEGER_GATES = frozenset({"complexity", "mutation_sites"})
_NOT_SOURCE = frozenset({"tests", "test", "docs", "doc", "examples", "build", "dist", "venv"})
_PROJECT_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg")


@dataclass(frozen=True, slots=True, kw_only=True)
class MutationSettings:
    """How mutmut is driven in the measurement copy."""

    isolation: str = "auto"
    pytest_args: tuple[str, ...] = ()
    also_copy: tuple[str, ...] = ()
    max_children: int = field(default_factory=lambda: os.cpu_count() or 1)
    timeout_factor: float = 3.0
    timeout_floor: float = 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """Everything a gate run needs to know about the project; passed explicitly."""

    root: Path
    pyproject: Path | None
    source: tuple[str, ...]
    tests: tuple[str, ...]
    profile: str
    agent: str | None
    thresholds: Thresholds
    test_timeout: float = 600.0
    pytest_args: tuple[str, ...] = ()  # for the test run and every mutant run
    mutation: MutationSettings = field(default_factory=MutationSettings)


def load_config(root: Path, *, profile: str | None = None, overrides: Sequence[str] = ()) -> Config:
    """Read root/pyproject.toml, layer profile < [gates] < --profile < --set, and check it all."""
    root = root.resolve()
    pyproject = root / "pyproject.toml"
    table = _project_table(root, pyproject)
    where = pyproject.name if pyproject.is_file() else "defaults"
    chosen = profile or str(table.get("profile", "default"))
    source = tuple(table.get("source", ())) or detect_source(root)
    _check_paths_exist(root, source, f"{where}: [tool.agenticops] source")
    return Config(
        root=root,
        pyproject=pyproject if pyproject.is_file() else None,
        source=source,
        tests=tuple(table.get("tests", ("tests",))),
        profile=chosen,
        agent=table.get("agent"),
        thresholds=thresholds_from(_layered_gates(chosen, table, overrides)),
        test_timeout=float(table.get("test_timeout", 600.0)),
        pytest_args=tuple(table.get("pytest_args", ())),
        mutation=_mutation_settings(table.get("mutation", {})),
    )


def _project_table(root: Path, pyproject: Path) -> dict[str, Any]:
    """[tool.agenticops] of a directory that must look like a Python project."""
    if not root.is_dir():
        raise ProjectError(f"{root}: not a directory")
    table = _tool_table(pyproject) if pyproject.is_file() else {}
    if not table and not _looks_like_project(root):
        raise ProjectError(
            f"{root}: not a Python project (no pyproject.toml, setup.py or .py files)"
        )
    return table


def _layered_gates(
    profile: str, table: Mapping[str, Any], overrides: Sequence[str]
) -> dict[str, Any]:
    gates: dict[str, Any] = {**load_profile(profile), **table.get("gates", {})}
    for item in overrides:
        name, value = parse_override(item)
        gates[name] = value
    return gates


def _mutation_settings(mutation: Mapping[str, Any]) -> MutationSettings:
    fields: dict[str, Any] = {
        k: tuple(v) if isinstance(v, list) else v for k, v in mutation.items()
    }
    return replace(MutationSettings(), **fields)


def _tool_table(pyproject: Path) -> dict[str, Any]:
    data = read_toml(pyproject)
    tool = data.get("tool", {})
    table = tool.get("agenticops", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise ConfigError(f"{pyproject.name}: [tool.agenticops] must be a table")
    validate(table, pyproject.name)
    return table


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; a syntax error names the file and the line."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path.name}: invalid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc


def validate(table: Mapping[str, Any], where: str) -> None:
    """Check the table against the shipped JSON Schema; the first error becomes one line."""
    validator = jsonschema.Draft7Validator(get_schema())
    errors = sorted(validator.iter_errors(dict(table)), key=lambda e: list(e.absolute_path))
    if errors:
        raise ConfigError(f"{where}: {describe(errors[0])}")


def describe(error: jsonschema.ValidationError) -> str:
    """A one-line description naming the key, for a schema violation."""
    path = [str(p) for p in error.absolute_path]
    if error.validator == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        unknown = sorted(set(error.instance) - known)
        return f"unknown key {_key([*path, unknown[0]])}"
    key = _key(path)
    if error.validator == "oneOf":
        return f"{key}: {error.instance!r} is not valid ({_expected(error)})"
    return f"{key}: {error.message}"


def _key(path: Sequence[str]) -> str:
    *tables, last = ["tool", "agenticops", *path]
    return f"[{'.'.join(tables)}] {last}" if path else "[tool.agenticops]"


def _expected(error: jsonschema.ValidationError) -> str:
    first = error.schema["oneOf"][0]
    low, high = first.get("minimum"), first.get("maximum")
    kind = "an integer" if first.get("type") == "integer" else "a number"
    bounds = f" from {low} to {high}" if high is not None else f" >= {low}"
    return f"expected {kind}{bounds}, or false to switch the gate off"


def load_profile(name: str) -> dict[str, Any]:
    """The thresholds of a preset in gates/, as a dict of gate name to value (False = off)."""
    path = data_dir("gates") / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in data_dir("gates").glob("*.toml")))
        raise ConfigError(f"unknown profile {name!r} (known: {known})")
    gates = read_toml(path).get("gates", {})
    validate({"gates": gates}, path.name)
    return dict(gates)


def parse_override(item: str) -> tuple[str, float | int | bool]:
    """`--set NAME=VALUE`: a gate name and a number, or false/off to switch it off."""
    name, sep, raw = item.partition("=")
    name = name.strip()
    if not sep or name not in GATE_KEYS:
        raise ConfigError(
            f"--set {item}: expected NAME=VALUE with NAME one of {', '.join(GATE_KEYS)}"
        )
    raw = raw.strip().lower()
    if raw in ("false", "off"):
        return name, False
    try:
        value: float | int = int(raw) if name in _INTEGER_GATES else float(raw)
    except ValueError:
        kind = "an integer" if name in _INTEGER_GATES else "a number"
        raise ConfigError(f"--set {item}: {raw!r} is not {kind} or false") from None
    validate({"gates": {name: value}}, f"--set {item}")
    return name, value


def thresholds_from(gates: Mapping[str, Any]) -> Thresholds:
    """Gate values to Thresholds; False (or a missing key) switches a gate off."""

    def pick(key: str) -> Any:
        value = gates.get(key, False)
        return None if value is False else value

    return Thresholds(
        coverage=pick("coverage"),
        complexity=pick("complexity"),
        crap=pick("crap"),
        mutation_score=pick("mutation_score"),
        mutation_sites=pick("mutation_sites"),
    )


def detect_source(root: Path) -> tuple[str, ...]:
    """src/ if it holds Python code, else the packages and modules at the root."""
    src = root / "src"
    if src.is_dir() and any(src.rglob("*.py")):
        return ("src",)
    found = sorted(p.name for p in root.iterdir() if _is_package(p) or _is_module(p))
    if not found:
        raise ProjectError(
            f"{root}: no Python source found; set source = [...] in [tool.agenticops]"
        )
    return tuple(found)


def _is_package(path: Path) -> bool:
    return path.is_dir() and (path / "__init__.py").is_file() and path.name not in _NOT_SOURCE


def _is_module(path: Path) -> bool:
    name = path.name
    if path.suffix != ".py" or not path.is_file():
        return False
    return name not in ("setup.py", "conftest.py", "noxfile.py") and not name.startswith("test")


def _looks_like_project(root: Path) -> bool:
    return (
        any((root / m).is_file() for m in _PROJECT_MARKERS)
        or any(root.glob("*.py"))
        or ((root / "src").is_dir())
    )


def _check_paths_exist(root: Path, paths: Sequence[str], key: str) -> None:
    for rel in paths:
        if not (root / rel).exists():
            raise ConfigError(f"{key}: path {rel!r} does not exist")

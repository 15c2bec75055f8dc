"""`agenticops init`: add [tool.agenticops], a spec skeleton and a workflow to a project.

pyproject.toml is edited as text (agenticops.tomltext), so every byte and comment of the
user's file is kept; the result is re-parsed to prove that only [tool.agenticops] changed.
Nothing is overwritten without `force`, and nothing is written until every check passed.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agenticops.config import GATE_KEYS, detect_source, load_profile, read_toml
from agenticops.errors import ConfigError, ProjectError, UsageError
from agenticops.resources import template
from agenticops.tomltext import append_block, replace_tables

EXAMPLE = "clamp"  # the example function and module of the spec skeleton
WORKFLOW = ".github/workflows/agenticops.yml"
_KEY = ("tool", "agenticops")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # as contract.toml's [contract] name
_PLACEHOLDER = re.compile(r"\{\{\{(\w+)\}\}\}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Layout:
    """Where the project keeps its code and tests, and where the example spec points."""

    source: tuple[str, ...]
    tests: str
    package: str | None  # the first source package's import name
    module: str  # the module the example spec asks the agent to implement
    writable: tuple[str, ...]
    make_src: bool = False  # no Python source yet: create src/ for the agent to write into


@dataclass(frozen=True, slots=True, kw_only=True)
class InitResult:
    """What init did: paths relative to root, with '/'."""

    root: Path
    created: tuple[str, ...]
    updated: tuple[str, ...]
    spec: str

    @property
    def files(self) -> tuple[str, ...]:
        return (*self.created, *self.updated)

    def lines(self) -> tuple[str, ...]:
        """One line per file, then what to run next."""
        done = [f"created {p}" for p in self.created] + [f"updated {p}" for p in self.updated]
        return (
            *done,
            f"next: edit the example spec in {self.spec}/, then run `agenticops gate` and "
            f"`agenticops loop {self.spec} --agent ...`",
        )


def init_project(root: Path, *, name: str | None = None, force: bool = False) -> InitResult:
    """Scaffold agenticops into the project at root (created when missing).

    ConfigError (one line naming the file) when [tool.agenticops] or a target file already
    exists and force is false; with force, only those tables and files are replaced.
    """
    root = root.resolve()
    if root.exists() and not root.is_dir():
        raise ProjectError(f"{root}: not a directory")
    layout = detect_layout(root)
    spec_name = _spec_name(name, layout, root)
    files = scaffold(layout, spec_name)
    pyproject = edit_pyproject(root / "pyproject.toml", tool_block(layout), force=force)
    for rel in files:
        if (root / rel).exists() and not force:
            raise ConfigError(f"{rel} already exists; use --force to replace it")
    root.mkdir(parents=True, exist_ok=True)
    created: list[str] = []
    updated: list[str] = []
    if layout.make_src and not (root / "src").is_dir():
        (root / "src").mkdir()
        created.append("src/")
    for rel, text in {"pyproject.toml": pyproject, **files}.items():
        path = root / rel
        (updated if path.exists() else created).append(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return InitResult(
        root=root, created=tuple(created), updated=tuple(updated), spec=f"specs/{spec_name}"
    )


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


def detect_layout(root: Path) -> Layout:
    """Source and tests as they are; an empty project gets src/ for the agent to fill."""
    try:
        source = detect_source(root) if root.is_dir() else ()
    except ProjectError:  # no Python source yet
        source = ()
    tests = next((t for t in ("tests", "test") if (root / t).is_dir()), "tests")
    if not source:
        return Layout(
            source=("src",),
            tests=tests,
            package=None,
            module=EXAMPLE,
            writable=("src/**", f"{tests}/**"),
            make_src=True,
        )
    first = root / source[0]
    package = _package(first)
    # a single-module project gets the example module beside it
    writable = f"{source[0]}/**" if first.is_dir() else f"{EXAMPLE}.py"
    return Layout(
        source=source,
        tests=tests,
        package=package,
        module=f"{package}.{EXAMPLE}" if package else EXAMPLE,
        writable=(writable, f"{tests}/**"),
    )


def _package(path: Path) -> str | None:
    """The import name of the package `path` is, or of the first package inside it (src/)."""
    if (path / "__init__.py").is_file():
        return path.name
    if path.is_dir():
        found = sorted(p.name for p in path.iterdir() if (p / "__init__.py").is_file())
        return found[0] if found else None
    return None


def _spec_name(name: str | None, layout: Layout, root: Path) -> str:
    if name is not None:
        if not _NAME.fullmatch(name):
            raise UsageError(
                f"--name {name!r}: use letters, digits, '.', '_' and '-', starting with a "
                "letter or digit"
            )
        return name
    if layout.package:
        return layout.package
    if layout.source[0].endswith(".py"):
        return layout.source[0].removesuffix(".py")
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", root.name).strip("-._")
    return cleaned or "example"


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


def edit_pyproject(path: Path, block: str, *, force: bool) -> str:
    """The new text of pyproject.toml (a new file when there is none); nothing is written."""
    if not path.is_file():
        return template("init/pyproject.toml.tmpl") + block
    old = read_toml(path)
    text = path.read_bytes().decode("utf-8")
    tool = old.get("tool")
    if not (isinstance(tool, dict) and _KEY[1] in tool):
        new = append_block(text, block)
    elif not force:
        raise ConfigError(f"{path.name} already has [tool.agenticops]; use --force to replace it")
    else:
        try:
            new = replace_tables(text, _KEY, block)
        except ValueError:
            raise ConfigError(
                f"{path.name}: [tool.agenticops] is written as dotted keys or an inline table; "
                "replace it by hand"
            ) from None
    _check_only_tool_changed(path.name, old, new, block)
    return new


def _check_only_tool_changed(where: str, old: Mapping[str, Any], new: str, block: str) -> None:
    try:
        parsed = tomllib.loads(new)
    except tomllib.TOMLDecodeError:
        parsed = {}
    wanted = tomllib.loads(block)["tool"]["agenticops"]
    added = parsed.get("tool", {}).get(_KEY[1])
    if _without_tool(parsed) != _without_tool(old) or added != wanted:
        raise ConfigError(
            f"{where}: cannot add [tool.agenticops] as text without changing other settings; "
            "add it by hand"
        )


def _without_tool(data: Mapping[str, Any]) -> dict[str, Any]:
    rest = dict(data)
    tool = rest.pop("tool", {})
    if not isinstance(tool, dict):
        return dict(data)
    others = {k: v for k, v in tool.items() if k != _KEY[1]}
    return {**rest, "tool": others} if others else rest


def render(text: str, values: Mapping[str, str]) -> str:
    """Fill the {{{key}}} placeholders of a template; KeyError for one without a value."""
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def _toml_value(value: object) -> str:
    return "false" if value is False else str(value)


def _toml_array(items: tuple[str, ...]) -> str:
    return "[" + ", ".join(json.dumps(item, ensure_ascii=False) for item in items) + "]"

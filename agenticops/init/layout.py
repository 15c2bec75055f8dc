"""Layout: where the project keeps its code and tests, as found on disk."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agenticops.config import detect_source
from agenticops.errors import ProjectError

EXAMPLE = "clamp"  # the example function and module of the spec skeleton


@dataclass(frozen=True, slots=True, kw_only=True)
class Layout:
    """Where the project keeps its code and tests, and where the example spec points."""

    source: tuple[str, ...]
    tests: str
    package: str | None  # the first source package's import name
    module: str  # the module the example spec asks the agent to implement
    writable: tuple[str, ...]
    make_src: bool = False  # no Python source yet: create src/ for the agent to write into


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

"""House rule for the package's split modules: a name with a leading underscore is private to
its package. Sibling modules of one package may share it; no other package imports it."""

from __future__ import annotations

import ast
from pathlib import Path

import agenticops

PACKAGE = Path(agenticops.__file__).parent


def _package_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1])


def _private(name: str) -> bool:
    return name.startswith("_") and not name.endswith("__")  # __version__ is public


def private_imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) for every `from agenticops... import _name` in the file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("agenticops"):
            found += [(str(node.module), a.name) for a in node.names if _private(a.name)]
    return found


def test_private_names_stay_inside_their_package() -> None:
    crossing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        package = _package_of(path)
        for module, name in private_imports(path):
            if module != package and not module.startswith(package + "."):
                crossing.append(f"{path.relative_to(PACKAGE.parent)}: {module}.{name}")
    assert crossing == []


def test_the_rule_sees_private_imports(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from agenticops.a.b import _x, y, __version__\nfrom os import _exit\n")
    assert private_imports(module) == [("agenticops.a.b", "_x")]
    assert _package_of(PACKAGE / "measure" / "tests_cov" / "child.py") == (
        "agenticops.measure.tests_cov"
    )
    assert _package_of(PACKAGE / "measure" / "tests_cov" / "__init__.py") == (
        "agenticops.measure.tests_cov"
    )

"""What a mutant's verdict depends on in the tests: one digest per pytest node id, and one for
the test support files.

A test's digest covers what decides how it behaves, and as little else as is safe:

- `path.py::test_f[...]`, `path.py::TestC::test_m`: the test function's AST, its classes'
  non-test parts and its module's non-test parts (imports, fixtures, helpers, constants);
  parameters (`[...]`) share their function's digest. Adding a test function leaves the
  other tests' digests alone; editing a helper or fixture in the module changes them all.
- `path.py::pkg.mod.name` (a doctest of a module, `--doctest-modules`): the docstring of
  `name` in that module (the source around it is the code under test, not the test).
- anything else (a `.rst`/`.txt` doctest file, a test pytest generated from other code, a
  name not found in the file): the whole file's bytes.

The *support* digest covers every other file under the test paths (conftest.py, helper
modules, data files) and every conftest.py on the way down to them; it is part of the
configuration fingerprint, so a change there re-tests every mutant.
"""

from __future__ import annotations

import ast
import copy
import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from agenticops.measure.mutation_keys import digest, parse

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_SKIPPED_DIRS = frozenset({"__pycache__", "mutants", ".agenticops", "node_modules"})
MISSING = "missing"


def node_digests(workdir: Path, nodeids: Iterable[str]) -> dict[str, str]:
    """Node id -> digest, for every node id given."""
    trees: dict[str, tuple[bytes, ast.Module | None] | None] = {}
    found: dict[str, str] = {}
    for nodeid in nodeids:
        path = nodeid.split("::", 1)[0]
        if path not in trees:
            trees[path] = _read(workdir / path)
        found[nodeid] = _digest_of(nodeid, trees[path])
    return found


def _read(path: Path) -> tuple[bytes, ast.Module | None] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if path.suffix != ".py":
        return data, None
    return data, parse(data.decode("utf-8", "replace"))


def _digest_of(nodeid: str, read: tuple[bytes, ast.Module | None] | None) -> str:
    if read is None:
        return MISSING
    data, tree = read
    whole = "file:" + hashlib.sha256(data).hexdigest()[:16]
    path, *rest = nodeid.split("::")
    names = [n.partition("[")[0] for n in rest]
    if tree is None or not names:
        return whole
    if any("." in n for n in names):
        return _doctest(tree, path, names[-1]) or whole
    return _test(tree, names) or whole


_Def = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


def _chain(tree: ast.Module, names: Sequence[str]) -> list[_Def] | None:
    """The definitions a chain of names reaches (classes, then a function), or None."""
    found: list[_Def] = []
    scope: list[ast.stmt] = tree.body
    for name in names:
        node = next((n for n in scope if isinstance(n, _DEFS) and n.name == name), None)
        if node is None:
            return None
        found.append(node)
        scope = node.body
    return found


def _doctest(tree: ast.Module, path: str, dotted: str) -> str:
    """The docstring `pkg.mod.Class.name` names in the module at path, or "" if not found."""
    module = list(PurePosixPath(path).with_suffix("").parts)
    if module[-1] == "__init__":
        module.pop()
    parts = dotted.split(".")
    start = max(k for k in range(len(parts) + 1) if module[len(module) - k :] == parts[:k])
    chain = _chain(tree, parts[start:])
    if chain is None:
        return ""
    node: ast.Module | _Def = chain[-1] if chain else tree
    return "doc:" + digest(ast.get_docstring(node, clean=False) or "")


def _test(tree: ast.Module, names: Sequence[str]) -> str:
    """Test function + its classes' shared parts + its module's shared part, or ""."""
    chain = _chain(tree, names)
    if chain is None:
        return ""
    parts = [_shared(tree.body)]
    for node in chain:
        if isinstance(node, ast.ClassDef):
            parts.append(_shared(node.body, keep=node))
        else:
            parts.append(ast.dump(node))
    return "test:" + digest(*parts)


def _is_test(node: ast.stmt) -> bool:
    if isinstance(node, _FUNCTIONS):
        return node.name.startswith("test")
    return isinstance(node, ast.ClassDef) and node.name.startswith("Test")


def _shared(body: Sequence[ast.stmt], keep: ast.ClassDef | None = None) -> str:
    """A module's or class's code without its tests."""
    rest = [n for n in body if not _is_test(n)]
    if keep is None:
        return ast.dump(ast.Module(body=rest, type_ignores=[]), include_attributes=False)
    header = copy.copy(keep)
    header.body = rest
    return ast.dump(header, include_attributes=False)


def support_digest(
    workdir: Path, test_paths: Sequence[str], source: Sequence[str], tests: Iterable[str]
) -> str:
    """One digest over the files under `test_paths` that are neither source nor a test file
    themselves (`tests`: the paths the node ids name), and every conftest.py above them."""
    excluded = [PurePosixPath(s) for s in source]
    test_files = set(tests)
    found: dict[str, str] = {}
    for rel in test_paths:
        found.update(_conftests(workdir, PurePosixPath(rel)))
        for path in _files(workdir / rel):
            name = PurePosixPath(path.relative_to(workdir).as_posix())
            if name.as_posix() not in test_files and not _under(name, excluded):
                found[name.as_posix()] = _hash_file(path)
    return digest(*(f"{k}={v}" for k, v in sorted(found.items())))


def _conftests(workdir: Path, rel: PurePosixPath) -> dict[str, str]:
    """The conftest.py files pytest loads on its way down to rel."""
    found = {}
    for parent in [*reversed(rel.parents), rel]:
        conftest = workdir / parent / "conftest.py"
        if conftest.is_file():
            found[(parent / "conftest.py").as_posix()] = _hash_file(conftest)
    return found


def _under(path: PurePosixPath, roots: Sequence[PurePosixPath]) -> bool:
    return any(root == path or root in path.parents for root in roots)


def _files(top: Path) -> list[Path]:
    """Every file at or under top, without caches and hidden directories."""
    if top.is_file():
        return [top]
    found = top.rglob("*") if top.is_dir() else iter(())
    return sorted(p for p in found if p.is_file() and not _hidden(p.relative_to(top).parts))


def _hidden(parts: Sequence[str]) -> bool:
    return any(part in _SKIPPED_DIRS or part.startswith(".") for part in parts)


def _hash_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]

"""Node id -> digest: the test's code, its doctest's docstring, or else its whole file."""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterable
from pathlib import Path

from agenticops.measure.mutation_keys import parse
from agenticops.measure.mutation_tests.definitions import function_digest
from agenticops.measure.mutation_tests.doctests import doctest_digest

MISSING = "missing"


def node_digests(workdir: Path, nodeids: Iterable[str]) -> dict[str, str]:
    """Node id -> digest, for every node id given."""
    trees: dict[str, tuple[bytes, ast.Module | None] | None] = {}
    found: dict[str, str] = {}
    for nodeid in nodeids:
        path = nodeid.partition("::")[0]
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
        return doctest_digest(tree, path, names[-1]) or whole
    return function_digest(tree, names) or whole

"""load_spec: a spec directory (contract.toml, *.feature, optional steps) into one checked Spec."""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path

from agenticops.errors import SpecError
from agenticops.spec.contract import read_contract
from agenticops.spec.features import find_features, load_feature
from agenticops.spec.records import Spec
from agenticops.spec.text import read_text

CONTRACT = "contract.toml"


def load_spec(path: Path) -> Spec:
    """Read and check the spec directory `path`; any problem is a one-line SpecError."""
    if not path.is_dir():
        raise SpecError(f"{path}: not a directory (a spec is a directory with {CONTRACT})")
    if not (path / CONTRACT).is_file():
        raise SpecError(f"{path}: no {CONTRACT} (a spec needs {CONTRACT} and *.feature files)")
    contract = read_contract(path / CONTRACT)
    found = find_features(path)
    if not found:
        raise SpecError(f"{path}: no *.feature files (a spec needs at least one)")
    features = tuple(load_feature(path, feature) for feature in found)
    if not any(feature.scenarios for feature in features):
        raise SpecError(f"{path}: no scenarios in any feature file")
    return Spec(
        root=path,
        name=contract.name,
        intent=contract.intent,
        module=contract.module,
        functions=contract.functions,
        invariants=contract.invariants,
        examples=contract.examples,
        features=features,
        steps=_steps(path),
        writable=contract.writable,
        budget=contract.budget,
        digest=digest(path),
    )


def _steps(root: Path) -> Path | None:
    """The human step definitions: steps.py or a steps/ directory (not both); checked to parse."""
    module, package = root / "steps.py", root / "steps"
    if module.is_file() and package.is_dir():
        raise SpecError(f"{root}: has both steps.py and steps/; keep one")
    files = [module] if module.is_file() else sorted(package.rglob("*.py"))
    for file in files:
        try:
            ast.parse(read_text(file), filename=str(file))
        except SyntaxError as exc:
            raise SpecError(f"{file}:{exc.lineno}: invalid Python: {exc.msg}") from None
    if module.is_file():
        return module
    return package if package.is_dir() else None


def spec_files(root: Path) -> tuple[Path, ...]:
    """Every file of the spec directory, sorted; caches and hidden files are not the spec."""
    return tuple(
        sorted(
            path
            for path in root.rglob("*")
            if path.is_file()
            and path.suffix != ".pyc"
            and not any(
                p.startswith(".") or p == "__pycache__" for p in path.relative_to(root).parts
            )
        )
    )


def digest(root: Path) -> str:
    """sha256 over the relative path and bytes of every spec file: what the ledger records."""
    hasher = hashlib.sha256()
    for path in spec_files(root):
        data = path.read_bytes()
        hasher.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        hasher.update(data)
    return hasher.hexdigest()

"""contract.toml: parse it, check every table, key and type, and build the contract's records."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from agenticops.errors import SpecError
from agenticops.spec.contract.build import Contract, build_contract
from agenticops.spec.contract.tables import check_document
from agenticops.spec.text import read_text
from agenticops.spec.tomlpos import Source, TomlPositions

__all__ = ["Contract", "read_contract"]


def read_contract(path: Path) -> Contract:
    """Read and check contract.toml; every problem is a SpecError naming the file and line."""
    text = read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = found.group(1) if found else len(text.splitlines())
        raise SpecError(f"{path}:{line}: invalid TOML: {exc}") from None
    source = Source(str(path), TomlPositions(text))
    check_document(data, source)
    return build_contract(data, source)

"""The [contract] table's names: a simple spec name, and the dotted name of the module."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from agenticops.spec.expressions import is_dotted_name
from agenticops.spec.tomlpos import Source

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def check_head(head: Mapping[str, Any], source: Source) -> None:
    if not _NAME.fullmatch(head["name"]):
        problem = "must be a simple name (letters, digits, '.', '_', '-')"
        raise source.error(("contract", "name"), f"{head['name']!r} {problem}")
    if not is_dotted_name(head["module"]):
        problem = "is not a module name (identifiers joined by dots)"
        raise source.error(("contract", "module"), f"{head['module']!r} {problem}")

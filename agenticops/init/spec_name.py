"""The example spec's name: --name when valid, else the package, module or directory name."""

from __future__ import annotations

import re
from pathlib import Path

from agenticops.errors import UsageError
from agenticops.init.layout import Layout

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # as contract.toml's [contract] name


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

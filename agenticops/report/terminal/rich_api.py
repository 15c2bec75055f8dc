"""The rich names the terminal renderer draws with: the one module that imports rich."""

from __future__ import annotations

from rich.console import Console, RenderableType
from rich.status import Status
from rich.table import Table
from rich.text import Text

__all__ = ["Console", "RenderableType", "Status", "Table", "Text"]

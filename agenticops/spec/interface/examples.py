"""The [[example]] tables of a contract: arguments that bind, and exactly one outcome."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from agenticops.spec.arguments import call_arguments
from agenticops.spec.expressions import is_dotted_name
from agenticops.spec.interface.functions import find_declared
from agenticops.spec.records import Example, Function
from agenticops.spec.tomlpos import KeyPath, Source


def build_examples(
    items: Sequence[Mapping[str, Any]], functions: Sequence[Function], source: Source
) -> tuple[Example, ...]:
    """The `[[example]]` tables: arguments that bind, and exactly one of returns / raises."""
    examples = []
    for index, item in enumerate(items):
        path: KeyPath = ("example", index)
        function = find_declared(item["function"], functions, path, source)
        raises = item.get("raises")
        if ("returns" in item) == (raises is not None):
            raise source.error(path, "give exactly one of 'returns' and 'raises'")
        if raises is not None and not is_dotted_name(raises):
            raise source.error((*path, "raises"), f"{raises!r} is not an exception name")
        try:
            call_arguments(function.parameters, list(item["args"]))
        except ValueError as exc:
            problem = f"{exc} in a call of {function.name}{function.signature}"
            raise source.error((*path, "args"), problem) from None
        examples.append(
            Example(
                function=function.name,
                args=MappingProxyType(dict(item["args"])),
                returns=item.get("returns"),
                raises=raises,
                line=source.positions.line(path),
            )
        )
    return tuple(examples)

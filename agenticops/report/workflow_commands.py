"""GitHub Actions workflow command lines, escaped as actions/toolkit escapes them."""

from __future__ import annotations


def escape_data(value: str) -> str:
    """A command's message, escaped as actions/toolkit `escapeData` does."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A command property, escaped as actions/toolkit `escapeProperty` does."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, properties: dict[str, str | int | None]) -> str:
    """One workflow command line; empty properties are left out, as the toolkit does."""
    given = [f"{key}={escape_property(str(v))}" for key, v in properties.items() if v]
    return f"::{name}{' ' + ','.join(given) if given else ''}::{escape_data(message)}"

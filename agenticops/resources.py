"""Where the shipped data lives: `gates/` presets and `templates/`, in the wheel or the checkout."""

from __future__ import annotations

from pathlib import Path

from agenticops import textfile

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str, *, package: Path = _PACKAGE) -> Path:
    """The directory `name` (gates, templates): inside the wheel, else beside the package.

    A wheel carries them as `agenticops/_data/NAME` (hatchling force-include); an editable
    install or a checkout finds them at the repository root.
    """
    for candidate in (package / "_data" / name, package.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"agenticops data directory {name!r} is missing from the install")


def template(relative: str) -> str:
    """The text of one template file under templates/."""
    return textfile.read(data_dir("templates") / relative)

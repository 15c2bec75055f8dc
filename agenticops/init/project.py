"""init_project: check everything, then write pyproject.toml, the spec skeleton and workflow."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agenticops.errors import ConfigError, ProjectError
from agenticops.init.layout import detect_layout
from agenticops.init.pyproject_edit import edit_pyproject
from agenticops.init.spec_name import _spec_name
from agenticops.init.templates import scaffold, tool_block


@dataclass(frozen=True, slots=True, kw_only=True)
class InitResult:
    """What init did: paths relative to root, with '/'."""

    root: Path
    created: tuple[str, ...]
    updated: tuple[str, ...]
    spec: str

    @property
    def files(self) -> tuple[str, ...]:
        return (*self.created, *self.updated)

    def lines(self) -> tuple[str, ...]:
        """One line per file, then what to run next."""
        done = [f"created {p}" for p in self.created] + [f"updated {p}" for p in self.updated]
        return (
            *done,
            f"next: edit the example spec in {self.spec}/, then run `agenticops gate` and "
            f"`agenticops loop {self.spec} --agent ...`",
        )


def init_project(root: Path, *, name: str | None = None, force: bool = False) -> InitResult:
    """Scaffold agenticops into the project at root (created when missing).

    ConfigError (one line naming the file) when [tool.agenticops] or a target file already
    exists and force is false; with force, only those tables and files are replaced.
    """
    root = root.resolve()
    if root.exists() and not root.is_dir():
        raise ProjectError(f"{root}: not a directory")
    layout = detect_layout(root)
    spec_name = _spec_name(name, layout, root)
    files = scaffold(layout, spec_name)
    pyproject = edit_pyproject(root / "pyproject.toml", tool_block(layout), force=force)
    for rel in files:
        if (root / rel).exists() and not force:
            raise ConfigError(f"{rel} already exists; use --force to replace it")
    root.mkdir(parents=True, exist_ok=True)
    created: list[str] = []
    updated: list[str] = []
    if layout.make_src and not (root / "src").is_dir():
        (root / "src").mkdir()
        created.append("src/")
    for rel, text in {"pyproject.toml": pyproject, **files}.items():
        path = root / rel
        (updated if path.exists() else created).append(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return InitResult(
        root=root, created=tuple(created), updated=tuple(updated), spec=f"specs/{spec_name}"
    )

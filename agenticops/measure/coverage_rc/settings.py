"""Our coverage.py settings (branch, relative paths, source) over the KEPT settings of the file
coverage.py itself would read in the project."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from agenticops.measure.coverage_rc.ini_files import from_ini
from agenticops.measure.coverage_rc.kept import Settings
from agenticops.measure.coverage_rc.toml_files import from_toml

#: where coverage.py looks, in its order, and whether the file is its own (bare [run] allowed)
_FILES = (
    (".coveragerc", True),
    (".coveragerc.toml", True),
    ("setup.cfg", False),
    ("tox.ini", False),
    ("pyproject.toml", False),
)


def coverage_settings(root: Path, source: Sequence[str]) -> Settings:
    """`{"run": {...}, "report": {...}}`: branch coverage over source, relative paths, and the
    project's KEPT settings.

    coverage.py takes `source` as directories (or package names), so a source entry that is a
    file is measured through its directory and narrowed to the file by `[report] include`.
    """
    project = project_settings(root)
    dirs = [s for s in source if (root / s).is_dir()]
    files = [s for s in source if s not in dirs]
    parents = {Path(f).parent.as_posix() for f in files}
    run = {**project["run"], "branch": True, "relative_files": True}
    run["source"] = sorted({*dirs, *parents})
    report = dict(project["report"])
    if files:
        report["include"] = [*files, *(f"{d}/*" for d in dirs)]
    return {"run": run, "report": report}


def project_settings(root: Path) -> Settings:
    """The KEPT settings of the file coverage.py itself would read, values left unexpanded.

    Like coverage.py: the first of _FILES that is its own file, or that has any coverage
    section, wins, even when it holds none of the KEPT keys.
    """
    for name, ours in _FILES:
        path = root / name
        if not path.is_file():
            continue
        found = from_toml(path, ours) if path.suffix == ".toml" else from_ini(path, ours)
        if found is not None:
            return found
    return {"run": {}, "report": {}}

"""Which tests ran each line, read compactly from coverage.py's data file.

The mutation stage keys its cache and mutmut's test selection by these per-test contexts.
`coverage json --show-contexts` would give them too, but it repeats every line's context list
for each function and class region as well: 93 MB of JSON for semver's 533 tests, 240 MB in
memory to parse. This reads the data file instead, in the interpreter that wrote it, and writes
a context table plus line -> context indexes (about 1 MB for the same suite).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from agenticops import proc, textfile

#: run as `python -c SCRIPT DATA_FILE OUT_FILE` by the interpreter that ran the tests
SCRIPT = """\
import json, sys
from coverage import CoverageData
data = CoverageData(basename=sys.argv[1])
data.read()
names = sorted(c for c in data.measured_contexts() if c)
index = {name: i for i, name in enumerate(names)}
files = {}
for path in data.measured_files():
    lines = {}
    for line, contexts in data.contexts_by_lineno(path).items():
        found = sorted(index[c] for c in contexts if c)
        if found:
            lines[str(line)] = found
    files[path] = lines
with open(sys.argv[2], "w", encoding="utf-8") as fh:
    json.dump({"contexts": names, "files": files}, fh)
"""

TestsByLine = dict[int, tuple[str, ...]]


def export_contexts(
    python: str,
    workdir: Path,
    *,
    data_file: Path,
    out: Path,
    env: Mapping[str, str],
    timeout: float,
) -> dict[str, TestsByLine] | None:
    """path (relative to workdir, with /) -> line -> node ids; None when it cannot be read."""
    argv = [python, "-c", SCRIPT, str(data_file), str(out)]
    done = proc.run(argv, cwd=workdir, env=env, timeout=timeout)
    if done.returncode != 0 or done.timed_out or not out.is_file():
        return None
    return parse_contexts(json.loads(textfile.read(out)), workdir)


def parse_contexts(doc: Mapping[str, Any], workdir: Path) -> dict[str, TestsByLine]:
    """The script's document as path -> line -> node ids (empty context never listed).

    coverage.py may hold one file twice, relative and absolute: after a test starts and stops
    a second coverage.Coverage in-process, the data holds every source file again under its
    absolute path, with no tests (agenticops' own suite does). Both entries are one file
    here, their tests joined.
    """
    names: list[str] = doc["contexts"]
    joined: dict[str, dict[int, set[str]]] = {}
    for path, lines in doc["files"].items():
        by_line = joined.setdefault(_relative(path, workdir), {})
        for n, indexes in lines.items():
            by_line.setdefault(int(n), set()).update(names[i] for i in indexes)
    return {
        path: {n: tuple(sorted(by_line[n])) for n in sorted(by_line)}
        for path, by_line in joined.items()
    }


def _relative(path: str, workdir: Path) -> str:
    """coverage.py stores relative paths here (relative_files); an absolute one is made so."""
    candidate = Path(path)
    if candidate.is_absolute() and candidate.is_relative_to(workdir):
        return candidate.relative_to(workdir).as_posix()
    return candidate.as_posix()

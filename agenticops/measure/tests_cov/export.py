"""Coverage out of the data file: `coverage json`, with the per-test contexts exported
compactly (mutation_contexts) when that works."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from agenticops import proc, textfile
from agenticops.measure.mutation_contexts import export_contexts
from agenticops.measure.tests_cov.child import _last_line
from agenticops.measure.tests_cov.coverage_json import CoverageData, parse_coverage_json


def _export(
    python: str, workdir: Path, rcfile: Path, env: Mapping[str, str], timeout: float
) -> tuple[CoverageData | None, tuple[str, ...]]:
    out = rcfile.with_name("coverage.json")
    # per-test contexts come compactly from the data file (mutation_contexts); only if that
    # fails, from the (much bigger) `--show-contexts` report
    contexts = export_contexts(
        python,
        workdir,
        data_file=workdir / ".coverage",
        out=rcfile.with_name("contexts.json"),
        env=env,
        timeout=timeout,
    )
    argv = [python, "-m", "coverage", "json", f"--rcfile={rcfile}"]
    argv += ["--show-contexts"] if contexts is None else []
    done = proc.run([*argv, "-o", str(out)], cwd=workdir, env=env, timeout=timeout)
    if done.returncode != 0 or not out.is_file():  # e.g. no Python file under `source`
        return None, (f"coverage json: {_last_line(done)}",)
    data = parse_coverage_json(json.loads(textfile.read(out)))
    if contexts is not None:
        files = {p: replace(f, tests_by_line=contexts.get(p, {})) for p, f in data.files.items()}
        data = replace(data, files=files)
    return data, ()

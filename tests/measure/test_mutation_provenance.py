"""The configuration fingerprint of a project: its test-support part leaves out the test files
the suite ran (their own digests key each mutant) and covers every other file under tests/."""

from __future__ import annotations

import sys
from pathlib import Path

from agenticops.environment import clean_env
from agenticops.measure.mutation_provenance import project_fingerprint
from agenticops.measure.mutation_tests import support_digest
from agenticops.model import Measurements, MutationRun, TestOutcome, TestRun
from tests.mutation_project import FILES, config, write

RAN = TestRun(outcomes=(TestOutcome(nodeid="tests/test_calc.py::test_add", status="passed"),),
              exit_code=0)  # fmt: skip


def parts(root: Path, tests: TestRun | None) -> dict[str, str]:
    measured = Measurements(
        tests=tests, coverage_total=None, files=(), mutation=MutationRun(ran=False)
    )
    return project_fingerprint(root, config(root), measured, python=sys.executable, env=clean_env())


def test_the_support_part_leaves_out_the_test_files_that_ran(tmp_path: Path) -> None:
    root = write(tmp_path, {**FILES, "tests/helper.py": "X = 1\n"})
    before = parts(root, RAN)
    assert before["test_support"] == support_digest(
        root, ("tests",), ("pkg",), {"tests/test_calc.py"}
    )
    assert before["version:mutmut"] == "3.8.1"
    (root / "tests/test_calc.py").write_text(FILES["tests/test_calc.py"] + "\n# more\n")
    assert parts(root, RAN) == before
    (root / "tests/helper.py").write_text("X = 2\n")
    assert parts(root, RAN)["test_support"] != before["test_support"]


def test_without_a_test_run_every_file_under_tests_is_support(tmp_path: Path) -> None:
    root = write(tmp_path, FILES)
    assert parts(root, None)["test_support"] == support_digest(root, ("tests",), ("pkg",), ())
    assert parts(root, None)["test_support"] != parts(root, RAN)["test_support"]


def fake_mutmut(where: Path) -> Path:
    """A distribution named mutmut, version 9.9.9, that importlib.metadata finds in where."""
    meta = where / "mutmut-9.9.9.dist-info"
    meta.mkdir(parents=True)
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: mutmut\nVersion: 9.9.9\n")
    return where


def test_tool_versions_are_those_the_mutants_will_run_with(tmp_path: Path) -> None:
    root = write(tmp_path / "p", FILES)
    measured = Measurements(
        tests=RAN, coverage_total=None, files=(), mutation=MutationRun(ran=False)
    )
    other_site = {**clean_env(), "PYTHONPATH": str(fake_mutmut(tmp_path / "site"))}
    found = project_fingerprint(root, config(root), measured, python=sys.executable, env=other_site)
    assert found["version:mutmut"] == "9.9.9"  # the env given, not this process's
    assert parts(root, RAN)["version:mutmut"] == "3.8.1"
    fake_mutmut(root)  # `python -c` imports from its working directory: the copy measured
    assert parts(root, RAN)["version:mutmut"] == "9.9.9"

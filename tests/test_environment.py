from __future__ import annotations

import os
from pathlib import Path

from agenticops.environment import clean_env, import_roots, with_pythonpath


def test_clean_env_drops_leaky_variables() -> None:
    env = clean_env(
        {
            "PATH": "/bin",
            "COVERAGE_FILE": "x",
            "PYTEST_ADDOPTS": "-x",
            "MUTANT_UNDER_TEST": "m",
            "AGENTICOPS_ITERATION": "1",
            "COV_CORE_SOURCE": "s",
        }
    )
    assert env == {"PATH": "/bin", "PYTHONDONTWRITEBYTECODE": "1"}


def test_clean_env_defaults_to_os_environ() -> None:
    assert clean_env().get("PATH") == os.environ.get("PATH")


def test_import_roots(tmp_path: Path) -> None:
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    (tmp_path / "src" / "pkg" / "__init__.py").write_text("")
    (tmp_path / "flat").mkdir()
    (tmp_path / "flat" / "__init__.py").write_text("")
    (tmp_path / "mod.py").write_text("")
    roots = import_roots(tmp_path, ["src", "src/pkg", "flat", "mod.py"])
    assert roots == (str(tmp_path / "src"), str(tmp_path))


def test_with_pythonpath_puts_roots_first() -> None:
    env = with_pythonpath({"PYTHONPATH": f"/old{os.pathsep}", "A": "b"}, ["/new"])
    assert env == {"PYTHONPATH": f"/new{os.pathsep}/old", "A": "b"}
    assert with_pythonpath({}, ["/x"])["PYTHONPATH"] == "/x"

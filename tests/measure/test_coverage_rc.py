"""The generated coverage.py settings: ours, with the project's exclusions kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenticops.errors import ConfigError
from agenticops.measure.coverage_rc import coverage_settings, project_settings

PYPROJECT = """\
[tool.coverage.run]
branch = false
omit = ["src/pkg/vendored/*"]
source = ["elsewhere"]

[tool.coverage.report]
exclude_also = ["if TYPE_CHECKING:", "raise NotImplementedError"]
partial_branches = ["while True:"]
omit = "src/pkg/gen.py"
show_missing = true
"""


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_pyproject_exclusions_are_kept_and_ours_win(tmp_path: Path) -> None:
    write(tmp_path, {"pyproject.toml": PYPROJECT, "src/pkg/__init__.py": ""})
    assert coverage_settings(tmp_path, ["src"]) == {
        "run": {
            "omit": ["src/pkg/vendored/*"],
            "branch": True,
            "relative_files": True,
            "source": ["src"],
        },
        "report": {
            "exclude_also": ["if TYPE_CHECKING:", "raise NotImplementedError"],
            "partial_branches": ["while True:"],
            "omit": ["src/pkg/gen.py"],
        },
    }


def test_a_source_file_is_measured_through_its_directory(tmp_path: Path) -> None:
    write(tmp_path, {"calc.py": "", "lib/x.py": "", "pkg/__init__.py": ""})
    settings = coverage_settings(tmp_path, ["calc.py", "lib/x.py", "pkg"])
    assert settings["run"]["source"] == [".", "lib", "pkg"]
    assert settings["report"] == {"include": ["calc.py", "lib/x.py", "pkg/*"]}


def test_coveragerc_wins_over_pyproject_and_keeps_values_raw(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "pyproject.toml": PYPROJECT,
            ".coveragerc": (
                "[run]\nomit =\n    a/*,\n    b/*\n"
                "[report]\nexclude_lines =\n    pragma: no cover\n    if $$DEBUG:\n\n"
                "    def __repr__\n"
            ),
        },
    )
    assert project_settings(tmp_path) == {
        "run": {"omit": ["a/*", "b/*"]},
        "report": {"exclude_lines": ["pragma: no cover", "if $$DEBUG:", "def __repr__"]},
    }


def test_only_omit_is_split_at_commas(tmp_path: Path) -> None:
    write(
        tmp_path,
        {".coveragerc": "[report]\nomit = a/*, b/*\nexclude_also =\n    def f(a, b):\n"},
    )
    assert project_settings(tmp_path) == {
        "run": {},
        "report": {"omit": ["a/*", "b/*"], "exclude_also": ["def f(a, b):"]},
    }


def test_coveragerc_may_use_prefixed_sections(tmp_path: Path) -> None:
    write(tmp_path, {".coveragerc": "[coverage:report]\nexclude_also = skip-me\n"})
    assert project_settings(tmp_path) == {"run": {}, "report": {"exclude_also": ["skip-me"]}}


def test_an_empty_coveragerc_still_shadows_pyproject(tmp_path: Path) -> None:
    write(tmp_path, {"pyproject.toml": PYPROJECT, ".coveragerc": "[html]\ndirectory = h\n"})
    assert project_settings(tmp_path) == {"run": {}, "report": {}}


def test_coveragerc_toml_takes_bare_tables(tmp_path: Path) -> None:
    write(tmp_path, {".coveragerc.toml": '[report]\npartial_also = ["for .* in"]\n'})
    assert project_settings(tmp_path) == {"run": {}, "report": {"partial_also": ["for .* in"]}}


def test_setup_cfg_counts_only_with_a_coverage_section(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "setup.cfg": "[metadata]\nname = x\n[run]\nomit = not-ours\n",
            "tox.ini": "[coverage:run]\nomit = t/*\n",
            "pyproject.toml": PYPROJECT,
        },
    )
    assert project_settings(tmp_path) == {"run": {"omit": ["t/*"]}, "report": {}}


def test_pyproject_without_coverage_tables_gives_nothing(tmp_path: Path) -> None:
    write(tmp_path, {"pyproject.toml": "[project]\nname = 'x'\n"})
    assert project_settings(tmp_path) == {"run": {}, "report": {}}


def test_no_config_file_gives_nothing(tmp_path: Path) -> None:
    assert project_settings(tmp_path) == {"run": {}, "report": {}}


def test_a_broken_ini_file_is_a_config_error_naming_it(tmp_path: Path) -> None:
    write(tmp_path, {"setup.cfg": "no section header\n"})
    with pytest.raises(ConfigError, match=r"^setup\.cfg: cannot read: "):
        project_settings(tmp_path)


def test_a_broken_ini_file_says_what_is_wrong_in_one_line(tmp_path: Path) -> None:
    write(tmp_path, {"setup.cfg": "no section header\n"})
    with pytest.raises(ConfigError) as exc:
        project_settings(tmp_path)
    assert str(exc.value) == "setup.cfg: cannot read: File contains no section headers."


def test_pyproject_tables_outside_tool_coverage_are_not_coverage_settings(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"pyproject.toml": '[tool.coverage.run]\nomit = ["a/*"]\n\n[report]\nomit = ["b/*"]\n'},
    )
    assert project_settings(tmp_path) == {"run": {"omit": ["a/*"]}, "report": {}}


def test_setup_cfg_with_a_coverage_section_ignores_its_bare_sections(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"setup.cfg": "[coverage:report]\nexclude_also = skip-me\n[run]\nomit = not-ours\n"},
    )
    assert project_settings(tmp_path) == {"run": {}, "report": {"exclude_also": ["skip-me"]}}


def test_a_default_section_alone_sets_no_coverage_setting(tmp_path: Path) -> None:
    """configparser's [DEFAULT] reaches only sections that exist; with no [run] or [report]
    coverage.py reads nothing from it (this used to crash with NoSectionError)."""
    write(tmp_path, {".coveragerc": "[DEFAULT]\nomit = gen/*\n"})
    assert project_settings(tmp_path) == {"run": {}, "report": {}}
    write(tmp_path, {".coveragerc": "[DEFAULT]\nomit = gen/*\n[run]\nbranch = true\n"})
    assert project_settings(tmp_path) == {"run": {"omit": ["gen/*"]}, "report": {}}

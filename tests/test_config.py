"""[tool.agenticops]: layering, validation with one-line errors naming the key and the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenticops.config import detect_source, load_config, load_profile, parse_override
from agenticops.config_schema import get_schema
from agenticops.errors import ConfigError, ExitCode, ProjectError
from agenticops.model import Thresholds


def project(tmp_path: Path, pyproject: str | None, *, src: bool = True) -> Path:
    if pyproject is not None:
        (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    if src:
        (tmp_path / "src" / "pkg").mkdir(parents=True)
        (tmp_path / "src" / "pkg" / "__init__.py").write_text("X = 1\n")
    return tmp_path


def test_defaults_without_a_table(tmp_path: Path) -> None:
    config = load_config(project(tmp_path, "[project]\nname = 'x'\n"))
    assert config.profile == "default"
    assert config.source == ("src",)
    assert config.tests == ("tests",)
    assert config.thresholds == Thresholds(
        coverage=80, complexity=15, crap=30, mutation_score=70, mutation_sites=200
    )
    assert config.agent is None
    assert config.test_timeout == 600.0
    assert config.mutation.isolation == "auto"
    assert config.pyproject == tmp_path.resolve() / "pyproject.toml"


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        ("default", (80, 15, 30, 70, 200)),
        ("strict", (90, 10, 15, 85, 100)),
        ("unclebob", (90, 10, 8, 95, 50)),
        ("legacy", (60, 20, 50, 50, None)),
    ],
)
def test_presets(profile: str, expected: tuple[object, ...]) -> None:
    gates = load_profile(profile)
    values = tuple(
        None if gates[k] is False else gates[k]
        for k in ("coverage", "complexity", "crap", "mutation_score", "mutation_sites")
    )
    assert values == expected


def test_layering_profile_then_gates_then_flags(tmp_path: Path) -> None:
    root = project(
        tmp_path,
        """
[tool.agenticops]
profile = "strict"
source = ["src"]
tests = ["tests", "more"]
agent = "replay:rec"
test_timeout = 30

[tool.agenticops.gates]
coverage = 95
mutation_sites = false

[tool.agenticops.mutation]
isolation = "forkserver"
pytest_args = ["-k", "not slow"]
max_children = 1
""",
    )
    config = load_config(root, profile="unclebob", overrides=["complexity=4", "crap=off"])
    assert config.profile == "unclebob"
    assert config.thresholds == Thresholds(
        coverage=95, complexity=4, crap=None, mutation_score=95, mutation_sites=None
    )
    assert config.tests == ("tests", "more")
    assert config.agent == "replay:rec"
    assert config.test_timeout == 30.0
    assert config.mutation.isolation == "forkserver"
    assert config.mutation.pytest_args == ("-k", "not slow")
    assert config.mutation.max_children == 1


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[tool.agenticops]\nsource = [\n", "pyproject.toml: invalid TOML: "),
        ("[tool.agenticops]\nfoo = 1\n", "pyproject.toml: unknown key [tool.agenticops] foo"),
        (
            "[tool.agenticops.gates]\ncoverage = 120\n",
            "pyproject.toml: [tool.agenticops.gates] coverage: 120 is not valid "
            "(expected a number from 0 to 100, or false to switch the gate off)",
        ),
        (
            "[tool.agenticops.gates]\ncomplexity = 2.5\n",
            "pyproject.toml: [tool.agenticops.gates] complexity: 2.5 is not valid "
            "(expected an integer >= 1, or false to switch the gate off)",
        ),
        (
            "[tool.agenticops.gates]\nlines = 3\n",
            "pyproject.toml: unknown key [tool.agenticops.gates] lines",
        ),
        (
            "[tool.agenticops]\ntests = 'tests'\n",
            "pyproject.toml: [tool.agenticops] tests: 'tests' is not of type 'array'",
        ),
        (
            "[tool.agenticops]\nprofile = 'lax'\n",
            "pyproject.toml: [tool.agenticops] profile: 'lax' is not one of",
        ),
        (
            "[tool.agenticops.mutation]\nisolation = 'spawn'\n",
            "pyproject.toml: [tool.agenticops.mutation] isolation: 'spawn' is not one of",
        ),
        ("[tool]\nagenticops = 3\n", "pyproject.toml: [tool.agenticops] must be a table"),
        (
            "[tool.agenticops]\nsource = ['lib']\n",
            "pyproject.toml: [tool.agenticops] source: path 'lib' does not exist",
        ),
    ],
)
def test_bad_config_is_one_line_exit_4(tmp_path: Path, toml: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(project(tmp_path, toml))
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)
    assert info.value.exit_code == ExitCode.CONFIG_ERROR


def test_toml_error_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"line 3"):
        load_config(project(tmp_path, "[tool.agenticops]\nprofile = 'strict'\ntests = [1 2]\n"))


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("coverage", "--set coverage: expected NAME=VALUE with NAME one of coverage, complexity"),
        ("speed=3", "--set speed=3: expected NAME=VALUE"),
        ("coverage=lots", "--set coverage=lots: 'lots' is not a number or false"),
        ("complexity=2.5", "--set complexity=2.5: '2.5' is not an integer or false"),
        (
            "coverage=101",
            "--set coverage=101: [tool.agenticops.gates] coverage: 101.0 is not valid",
        ),
    ],
)
def test_bad_overrides(item: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_override(item)
    assert str(info.value).startswith(message)


def test_good_overrides() -> None:
    assert parse_override(" coverage = 85.5 ") == ("coverage", 85.5)
    assert parse_override("mutation_sites=7") == ("mutation_sites", 7)
    assert parse_override("crap=FALSE") == ("crap", False)


def test_unknown_profile_lists_known(tmp_path: Path) -> None:
    with pytest.raises(
        ConfigError, match=r"unknown profile 'fast' \(known: default, legacy, strict, unclebob\)"
    ):
        load_config(project(tmp_path, None), profile="fast")


def test_not_a_directory(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="not a directory"):
        load_config(tmp_path / "missing")


def test_not_a_project(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ProjectError, match="not a Python project"):
        load_config(tmp_path)


def test_detect_source_flat_layout(tmp_path: Path) -> None:
    for name in ("pkg", "tests", "docs"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
    for name in ("tool.py", "setup.py", "conftest.py", "test_x.py"):
        (tmp_path / name).write_text("")
    (tmp_path / "data").mkdir()
    assert detect_source(tmp_path) == ("pkg", "tool.py")


def test_detect_source_ignores_empty_src(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "mod.py").write_text("")
    assert detect_source(tmp_path) == ("mod.py",)


def test_no_source_found(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname='x'\n")
    with pytest.raises(ProjectError, match=r"no Python source found; set source"):
        load_config(tmp_path)


def test_schema_entry_point() -> None:
    schema = get_schema()
    assert schema["properties"]["gates"]["additionalProperties"] is False
    with pytest.raises(ValueError, match="no schema for tool 'black'"):
        get_schema("black")


def test_pytest_args_are_read_from_the_table(tmp_path: Path) -> None:
    root = project(tmp_path, '[tool.agenticops]\npytest_args = ["-m", "not slow", "-x"]\n')
    assert load_config(root).pytest_args == ("-m", "not slow", "-x")
    assert load_config(project(tmp_path / "bare", None)).pytest_args == ()


def test_a_project_without_pyproject_has_none(tmp_path: Path) -> None:
    (tmp_path / "setup.py").write_text("")
    config = load_config(project(tmp_path, None))
    assert config.pyproject is None
    assert config.source == ("src",)


def test_a_tool_key_that_is_not_a_table_is_ignored(tmp_path: Path) -> None:
    config = load_config(project(tmp_path, 'tool = "not a table"\n'))
    assert (config.profile, config.source, config.pytest_args) == ("default", ("src",), ())


def test_detect_source_skips_noxfile(tmp_path: Path) -> None:
    for name in ("noxfile.py", "mod.py"):
        (tmp_path / name).write_text("")
    assert detect_source(tmp_path) == ("mod.py",)


def test_an_override_splits_at_the_first_equals_sign() -> None:
    with pytest.raises(ConfigError) as info:
        parse_override("coverage=8=0")
    assert str(info.value) == "--set coverage=8=0: '8=0' is not a number or false"


def test_an_unknown_key_is_named_beside_known_ones(tmp_path: Path) -> None:
    toml = "[tool.agenticops]\nagent = 'replay:rec'\nzeal = 1\n"
    with pytest.raises(ConfigError) as info:
        load_config(project(tmp_path, toml))
    assert str(info.value) == "pyproject.toml: unknown key [tool.agenticops] zeal"


def test_of_several_violations_the_first_by_key_is_reported(tmp_path: Path) -> None:
    toml = "[tool.agenticops]\ntests = 'x'\nagent = 3\n\n[tool.agenticops.gates]\ncrap = 'no'\n"
    with pytest.raises(ConfigError) as info:
        load_config(project(tmp_path, toml))
    assert str(info.value) == "pyproject.toml: [tool.agenticops] agent: 3 is not of type 'string'"

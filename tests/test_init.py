"""agenticops.init scaffolds [tool.agenticops], a working spec skeleton and a workflow."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

import pytest

from agenticops import proc
from agenticops.config import load_config, validate
from agenticops.errors import ConfigError, ProjectError, UsageError
from agenticops.init import (
    WORKFLOW,
    InitResult,
    Layout,
    detect_layout,
    init_project,
    render,
    tool_block,
)
from agenticops.resources import template
from agenticops.spec.loader import load_spec

PYPROJECT = """\
# my project: every byte of this must survive
[project]
name = "shop"   # the name
version = "1.0"

[tool.ruff]
line-length = 99 # tabs	and "quotes"

# trailing comment without a newline at the end"""

BLOCK_SRC = template("init/tool-agenticops.toml.tmpl")


def make(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    return make(
        tmp_path / "shop",
        {"pyproject.toml": PYPROJECT, "src/shop/__init__.py": "", "tests/test_x.py": ""},
    )


def expected_block(source: str, tests: str = '["tests"]') -> str:
    return render(
        BLOCK_SRC,
        {
            "source": source,
            "tests": tests,
            "coverage": "80",
            "complexity": "15",
            "crap": "30",
            "mutation_score": "70",
            "mutation_sites": "200",
            "profile": "default",
        },
    )


def test_existing_project_keeps_every_byte_of_pyproject(shop: Path) -> None:
    result = init_project(shop, name=None, force=False)

    written = (shop / "pyproject.toml").read_bytes()
    assert written == (PYPROJECT + "\n\n" + expected_block('["src"]')).encode()
    assert written.startswith(PYPROJECT.encode())
    data = tomllib.loads(written.decode())
    assert data["project"] == {"name": "shop", "version": "1.0"}
    assert data["tool"]["ruff"] == {"line-length": 99}
    assert data["tool"]["agenticops"] == {
        "source": ["src"],
        "tests": ["tests"],
        "profile": "default",
    }
    assert result == InitResult(
        root=shop.resolve(),
        created=("specs/shop/contract.toml", "specs/shop/shop.feature", WORKFLOW),
        updated=("pyproject.toml",),
        spec="specs/shop",
    )


def test_the_result_loads_as_config_and_spec(shop: Path) -> None:
    init_project(shop, name=None, force=False)

    config = load_config(shop)
    assert (config.source, config.tests, config.profile) == (("src",), ("tests",), "default")
    spec = load_spec(shop / "specs" / "shop")
    assert (spec.name, spec.module, spec.writable) == ("shop", "shop.clamp", ("src/**", "tests/**"))
    assert [f.name for f in spec.functions] == ["clamp"]
    assert [i.name for i in spec.invariants] == [
        "the result lies in the range",
        "values inside the range are kept",
        "clamping twice changes nothing",
    ]
    assert [(dict(e.args), e.returns, e.raises) for e in spec.examples] == [
        ({"value": 15, "low": 0, "high": 10}, 10, None),
        ({"value": -3, "low": 0, "high": 10}, 0, None),
        ({"value": 5, "low": 10, "high": 0}, None, "ValueError"),
    ]
    assert [s.name for s in spec.features[0].scenarios] == [
        "A value above the range becomes the upper bound",
        "Values are limited to the range",
        "An empty range is refused",
    ]
    assert (spec.budget.max_iterations, spec.budget.max_cost_usd) == (5, 2.0)
    assert spec.features[0].path == "shop.feature"


def test_result_lines() -> None:
    result = InitResult(root=Path("/p"), created=("a",), updated=("b",), spec="specs/x")

    assert result.files == ("a", "b")
    assert result.lines() == (
        "created a",
        "updated b",
        "next: edit the example spec in specs/x/, then run `agenticops gate` and "
        "`agenticops loop specs/x --agent ...`",
    )


def test_examples_and_invariants_of_the_skeleton_hold_for_a_correct_clamp(shop: Path) -> None:
    init_project(shop, name=None, force=False)
    spec = load_spec(shop / "specs" / "shop")

    def clamp(value: int, low: int, high: int) -> int:
        if low > high:
            raise ValueError(low, high)
        return max(low, min(value, high))

    for example in spec.examples:
        if example.raises:
            with pytest.raises(ValueError):
                clamp(**dict(example.args))
        else:
            assert clamp(**dict(example.args)) == example.returns
    for value, low, high in [(5, 0, 10), (-7, -3, 3), (4, 4, 4), (99, 0, 1)]:
        scope = {"value": value, "low": low, "high": high, "clamp": clamp}
        for invariant in spec.invariants:
            result = clamp(value, low, high)
            if eval(invariant.where or "True", scope):
                assert eval(invariant.holds, {**scope, "result": result}), invariant.name


def test_no_pyproject_and_a_flat_package(tmp_path: Path) -> None:
    root = make(tmp_path / "flat", {"mypkg/__init__.py": "", "test/test_a.py": ""})
    result = init_project(root, name=None, force=False)

    text = (root / "pyproject.toml").read_text()
    assert text == template("init/pyproject.toml.tmpl") + expected_block('["mypkg"]', '["test"]')
    assert result.created[0] == "pyproject.toml"
    assert result.updated == ()
    assert load_config(root).source == ("mypkg",)
    spec = load_spec(root / "specs" / "mypkg")
    assert (spec.module, spec.writable) == ("mypkg.clamp", ("mypkg/**", "test/**"))


def test_an_empty_new_directory_gets_src(tmp_path: Path) -> None:
    root = tmp_path / "new" / "brand new"
    result = init_project(root, name=None, force=False)

    assert result.created == (
        "src/",
        "pyproject.toml",
        "specs/brand-new/contract.toml",
        "specs/brand-new/brand-new.feature",
        WORKFLOW,
    )
    assert (root / "src").is_dir()
    assert load_config(root).source == ("src",)
    spec = load_spec(root / "specs" / "brand-new")
    assert (spec.name, spec.module, spec.writable) == ("brand-new", "clamp", ("src/**", "tests/**"))


def test_an_existing_empty_src_is_not_reported_as_created(tmp_path: Path) -> None:
    root = tmp_path / "p"
    (root / "src").mkdir(parents=True)
    result = init_project(root, name="calc", force=False)

    assert "src/" not in result.created
    assert result.spec == "specs/calc"


@pytest.mark.parametrize(
    ("files", "layout"),
    [
        (
            {"tool.py": ""},
            Layout(
                source=("tool.py",),
                tests="tests",
                package=None,
                module="clamp",
                writable=("clamp.py", "tests/**"),
            ),
        ),
        (
            {"src/helpers.py": "", "tests/t.py": ""},
            Layout(
                source=("src",),
                tests="tests",
                package=None,
                module="clamp",
                writable=("src/**", "tests/**"),
            ),
        ),
        (
            {"src/b/__init__.py": "", "src/a/__init__.py": "", "src/c.py": ""},
            Layout(
                source=("src",),
                tests="tests",
                package="a",
                module="a.clamp",
                writable=("src/**", "tests/**"),
            ),
        ),
        (
            {"tool.py": "", "test/t.py": "", "tests/t.py": ""},
            Layout(
                source=("tool.py",),
                tests="tests",
                package=None,
                module="clamp",
                writable=("clamp.py", "tests/**"),
            ),
        ),
        (
            {"tool.py": "", "test/t.py": ""},
            Layout(
                source=("tool.py",),
                tests="test",
                package=None,
                module="clamp",
                writable=("clamp.py", "test/**"),
            ),
        ),
    ],
)
def test_detect_layout(tmp_path: Path, files: dict[str, str], layout: Layout) -> None:
    assert detect_layout(make(tmp_path, files)) == layout


@pytest.mark.parametrize(
    ("files", "dirname", "name"),
    [
        ({"tool.py": ""}, "x", "tool"),
        ({"src/helpers.py": ""}, "My Project!", "My-Project"),
        ({}, "___", "example"),
        ({"src/helpers.py": ""}, "X-Ray X", "X-Ray-X"),
    ],
)
def test_default_names(tmp_path: Path, files: dict[str, str], dirname: str, name: str) -> None:
    root = make(tmp_path / dirname, files)
    assert init_project(root, name=None, force=False).spec == f"specs/{name}"


def test_a_given_name(shop: Path) -> None:
    result = init_project(shop, name="refunds", force=False)

    assert (shop / "specs/refunds/refunds.feature").is_file()
    assert load_spec(shop / "specs" / "refunds").name == "refunds"
    assert result.spec == "specs/refunds"


@pytest.mark.parametrize("name", ["", "../up", "a/b", "-x", ".hidden", "spaced name"])
def test_a_bad_name_is_a_usage_error(shop: Path, name: str) -> None:
    with pytest.raises(UsageError, match=r"use letters, digits, '\.', '_' and '-'"):
        init_project(shop, name=name, force=False)
    assert not (shop / "specs").exists()


def test_a_bad_name_says_what_a_name_may_hold(shop: Path) -> None:
    with pytest.raises(UsageError) as caught:
        init_project(shop, name="-x", force=False)
    assert str(caught.value) == (
        "--name '-x': use letters, digits, '.', '_' and '-', starting with a letter or digit"
    )


def test_refuses_a_second_tool_table(shop: Path) -> None:
    (shop / "pyproject.toml").write_text("[tool.agenticops]\nprofile = 'strict'\n")
    with pytest.raises(ConfigError) as exc:
        init_project(shop, name=None, force=False)

    assert str(exc.value) == (
        "pyproject.toml already has [tool.agenticops]; use --force to replace it"
    )
    assert not (shop / "specs").exists()


def test_a_second_run_names_the_pyproject_first(shop: Path) -> None:
    init_project(shop, name=None, force=False)
    before = {p: p.read_bytes() for p in shop.rglob("*") if p.is_file()}
    with pytest.raises(ConfigError) as exc:
        init_project(shop, name=None, force=False)

    assert str(exc.value) == (
        "pyproject.toml already has [tool.agenticops]; use --force to replace it"
    )
    assert {p: p.read_bytes() for p in shop.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("rel", ["specs/shop/contract.toml", "specs/shop/shop.feature", WORKFLOW])
def test_refuses_to_overwrite_a_file(shop: Path, rel: str) -> None:
    make(shop, {rel: "mine"})
    with pytest.raises(ConfigError) as exc:
        init_project(shop, name=None, force=False)

    assert str(exc.value) == f"{rel} already exists; use --force to replace it"
    assert (shop / rel).read_text() == "mine"
    assert (shop / "pyproject.toml").read_text() == PYPROJECT


def test_force_replaces_only_the_tool_tables_and_the_files(shop: Path) -> None:
    before = (
        "[project]\nname = 'shop'\n\n"
        "[tool.agenticops]\nprofile = 'legacy'\n\n"
        "[tool.agenticops.gates]\ncoverage = 10\n\n"
        "# about ruff\n[tool.ruff]\nline-length = 99\n"
    )
    make(shop, {"pyproject.toml": before, "specs/shop/contract.toml": "old", WORKFLOW: "old"})
    result = init_project(shop, name=None, force=True)

    assert (shop / "pyproject.toml").read_text() == (
        "[project]\nname = 'shop'\n\n"
        + expected_block('["src"]')
        + "\n# about ruff\n[tool.ruff]\nline-length = 99\n"
    )
    assert result.created == ("specs/shop/shop.feature",)
    assert result.updated == ("pyproject.toml", "specs/shop/contract.toml", WORKFLOW)
    assert (shop / WORKFLOW).read_text() == template("init/workflow.yml.tmpl")
    assert load_config(shop).thresholds.coverage == 80
    again = init_project(shop, name=None, force=True)
    assert (shop / "pyproject.toml").read_text().count("[tool.agenticops]") == 1
    assert again.created == ()


def test_force_cannot_edit_dotted_keys(shop: Path) -> None:
    (shop / "pyproject.toml").write_text("[tool]\nagenticops.profile = 'strict'\n")
    with pytest.raises(ConfigError, match="written as dotted keys or an inline table"):
        init_project(shop, name=None, force=True)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("tool = { black = {} }\n", False),  # a [tool.agenticops] header would be invalid
        ("tool = 'not a table'\n", False),
        ('[tool.agenticops]\nprofile = "strict"\nx = """\n[tool.other]\n"""\n', True),
    ],
)
def test_refuses_an_edit_that_would_change_other_settings(
    shop: Path, text: str, force: bool
) -> None:
    (shop / "pyproject.toml").write_text(text)
    with pytest.raises(ConfigError) as exc:
        init_project(shop, name=None, force=force)

    assert str(exc.value) == (
        "pyproject.toml: cannot add [tool.agenticops] as text without changing other "
        "settings; add it by hand"
    )
    assert (shop / "pyproject.toml").read_text() == text


def test_refuses_a_broken_pyproject(shop: Path) -> None:
    (shop / "pyproject.toml").write_text("[project\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml: invalid TOML"):
        init_project(shop, name=None, force=False)


def test_crlf_pyproject_gets_a_crlf_block(shop: Path) -> None:
    original = b"[project]\r\nname = 'shop'\r\n"
    (shop / "pyproject.toml").write_bytes(original)
    init_project(shop, name=None, force=False)

    written = (shop / "pyproject.toml").read_bytes()
    assert written.startswith(original + b"\r\n[tool.agenticops]\r\n")
    assert b"\n" not in written.replace(b"\r\n", b"")


def test_a_file_is_not_a_project_root(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("")
    with pytest.raises(ProjectError, match="not a directory"):
        init_project(tmp_path / "f", name=None, force=False)


def test_the_commented_gates_are_valid_when_uncommented(shop: Path) -> None:
    layout = detect_layout(shop)
    block = tool_block(layout)
    setting = re.compile(r"# (\w+ = .*|\[tool\.agenticops\.gates\])")
    uncommented = "\n".join(
        line[2:] if setting.fullmatch(line) else line for line in block.splitlines()
    )
    table = tomllib.loads(uncommented)["tool"]["agenticops"]

    validate(table, "block")
    assert table["gates"] == {
        "coverage": 80,
        "complexity": 15,
        "crap": 30,
        "mutation_score": 70,
        "mutation_sites": 200,
    }
    assert (table["agent"], table["test_timeout"]) == ("anthropic", 600)


def test_tool_block_of_another_profile(tmp_path: Path) -> None:
    block = tool_block(detect_layout(make(tmp_path, {"café/__init__.py": ""})), profile="legacy")

    assert 'source = ["café"]\n' in block
    assert 'profile = "legacy"\n' in block
    assert '(shown: the "legacy" profile\'s values)' in block
    assert "# coverage = 60  #" in block
    assert "# mutation_sites = false  #" in block


def test_render_needs_every_placeholder() -> None:
    assert render("a {{{x}}} ${{ github.x }} {{{x}}}", {"x": "1"}) == "a 1 ${{ github.x }} 1"
    with pytest.raises(KeyError):
        render("{{{missing}}}", {})


@pytest.mark.skipif(
    importlib.util.find_spec("check_jsonschema") is None, reason="check-jsonschema not installed"
)
def test_the_workflow_is_valid(shop: Path) -> None:
    init_project(shop, name=None, force=False)
    done = proc.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(shop / WORKFLOW),
        ],
        cwd=shop,
        timeout=120,
    )
    assert done.returncode == 0, done.output
    assert "uses: agenticops/agenticops@v1" in (shop / WORKFLOW).read_text()


STEPS = """\
import pytest
from pytest_bdd import given, parsers, then, when

from shop.clamp import clamp


@pytest.fixture
def box():
    return {}


@given(parsers.parse("the range {low:d} to {high:d}"))
def _range(box, low, high):
    box["range"] = (low, high)


@when(parsers.parse("I clamp {value:d}"))
def _clamp(box, value):
    try:
        box["result"] = clamp(value, *box["range"])
    except ValueError as exc:
        box["error"] = exc


@then(parsers.parse("the result is {result:d}"))
def _result(box, result):
    assert box["result"] == result


@then("a ValueError is raised")
def _raised(box):
    assert isinstance(box["error"], ValueError)
"""

CLAMP = """\
def clamp(value: int, low: int, high: int) -> int:
    if low > high:
        raise ValueError(f"empty range {low}..{high}")
    return max(low, min(value, high))
"""


@pytest.mark.e2e
def test_the_skeleton_runs_its_generated_contract_tests(shop: Path) -> None:
    from agenticops.spec.generate import write_contract_tests

    init_project(shop, name=None, force=False)
    make(shop, {"src/shop/clamp.py": CLAMP, "tests/conftest.py": STEPS})
    spec = load_spec(shop / "specs" / "shop")
    write_contract_tests(spec, shop / "specs" / "shop", shop)
    done = proc.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=shop,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(shop / "src")},
        timeout=300,
    )

    assert done.returncode == 0, done.output
    assert "13 passed" in done.stdout


def test_refuses_a_replacement_that_would_turn_text_into_another_tool_table(shop: Path) -> None:
    # `[tool.other]` is text inside x's string; cut after it, it becomes a real table
    text = '[tool.agenticops]\nprofile = "strict"\nx = """\n[tool.other]\ny = 1\n# """\n'
    (shop / "pyproject.toml").write_text(text)
    with pytest.raises(ConfigError) as exc:
        init_project(shop, name=None, force=True)

    assert str(exc.value) == (
        "pyproject.toml: cannot add [tool.agenticops] as text without changing other "
        "settings; add it by hand"
    )
    assert (shop / "pyproject.toml").read_text() == text


def test_force_on_dotted_keys_says_to_replace_them_by_hand(shop: Path) -> None:
    (shop / "pyproject.toml").write_text("[tool]\nagenticops.profile = 'strict'\n")
    with pytest.raises(ConfigError) as raised:
        init_project(shop, name=None, force=True)
    assert str(raised.value) == (
        "pyproject.toml: [tool.agenticops] is written as dotted keys or an inline table; "
        "replace it by hand"
    )

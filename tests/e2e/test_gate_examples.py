"""End to end: the real CLI, the real tools, the shipped example, known numbers."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from radon.complexity import cc_visit

from agenticops.cli import main
from agenticops.gates.crap import crap

pytestmark = pytest.mark.e2e

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "pricing"


@pytest.fixture(scope="module")
def pricing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("e2e") / "pricing"
    shutil.copytree(EXAMPLE, target, ignore=shutil.ignore_patterns(".agenticops", "__pycache__"))
    return target


@pytest.fixture(scope="module")
def default_run(pricing: Path) -> tuple[int, dict[str, Any]]:
    code = main(["gate", str(pricing), "--format", "json", "--output", str(pricing / "out.json")])
    return code, json.loads((pricing / "out.json").read_text())


def gates(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {g["name"]: g for g in report["gates"]}


def test_default_profile_passes(default_run: tuple[int, dict[str, Any]]) -> None:
    code, report = default_run
    assert code == 0
    assert report["schema"] == "agenticops.gate-report/1"
    assert report["passed"] is True
    assert [g["name"] for g in report["gates"]] == [
        "tests",
        "coverage",
        "complexity",
        "crap",
        "mutation_score",
        "mutation_sites",
    ]
    assert all(g["passed"] for g in report["gates"])


def test_coverage_agrees_with_coverage_py(
    pricing: Path, default_run: tuple[int, dict[str, Any]]
) -> None:
    _, report = default_run
    work = pricing.parent / "plain"
    shutil.copytree(pricing, work, ignore=shutil.ignore_patterns(".agenticops"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "coverage",
            "run",
            "--branch",
            "--source=src",
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=work,
        check=True,
        capture_output=True,
    )
    plain = subprocess.run(
        [sys.executable, "-m", "coverage", "json", "-o", "-"],
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
    )
    expected = json.loads(plain.stdout)["totals"]["percent_covered"]
    assert abs(gates(report)["coverage"]["actual"] - expected) < 0.01
    assert gates(report)["coverage"]["actual"] == pytest.approx(92.73, abs=0.01)


def test_complexity_equals_radon_and_crap_follows_the_formula(
    pricing: Path, default_run: tuple[int, dict[str, Any]]
) -> None:
    _, report = default_run
    [cart] = [f for f in report["files"] if f["path"] == "src/pricing/cart.py"]
    source = (pricing / "src" / "pricing" / "cart.py").read_text()
    radon = {b.fullname: b.complexity for b in cc_visit(source) if not hasattr(b, "methods")}
    ours = {fn["name"]: fn["complexity"] for fn in cart["functions"]}
    assert ours == radon
    for fn in cart["functions"]:
        assert fn["crap"] == pytest.approx(crap(fn["complexity"], fn["coverage"] / 100), abs=0.01)
    shipping = next(fn for fn in cart["functions"] if fn["name"] == "shipping")
    assert shipping["complexity"] == 9
    assert shipping["coverage"] < 100
    assert cart["unmutated"] == ["Cart.count"]


def test_mutants_carry_file_line_status_and_diff(default_run: tuple[int, dict[str, Any]]) -> None:
    _, report = default_run
    [cart] = [f for f in report["files"] if f["path"] == "src/pricing/cart.py"]
    assert cart["mutation_sites"] == len(cart["mutants"]) == 87
    survivors = [m for m in cart["mutants"] if m["status"] == "survived"]
    assert len(survivors) == 20
    assert gates(report)["mutation_score"]["actual"] == pytest.approx(100 * 67 / 87, abs=0.01)
    first = next(m for m in survivors if m["function"] == "line_total")
    assert first["line"] == 11
    assert first["diff"].splitlines() == [
        '- raise ValueError("price and quantity must not be negative")',
        '+ raise ValueError("XXprice and quantity must not be negativeXX")',
    ]


def test_nothing_left_behind_but_agenticops(
    pricing: Path, default_run: tuple[int, dict[str, Any]]
) -> None:
    names = {p.name for p in pricing.iterdir()}
    assert names == {".agenticops", "README.md", "pyproject.toml", "src", "tests", "out.json"}
    assert not list(pricing.rglob(".coverage*"))
    assert not list(pricing.rglob("mutants"))
    assert json.loads((pricing / ".agenticops" / "report.json").read_text()) == default_run[1]


def test_strict_thresholds_fail_exactly_the_right_gates(
    pricing: Path, default_run: tuple[int, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["gate", str(pricing), "--profile", "unclebob", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    failed = {name for name, g in gates(report).items() if not g["passed"]}
    assert failed == {"crap", "mutation_score", "mutation_sites"}
    assert gates(report)["crap"]["offenders"] == ["src/pricing/cart.py::shipping"]


def test_report_renders_again_without_measuring(
    pricing: Path, default_run: tuple[int, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    saved = json.loads((pricing / ".agenticops" / "report.json").read_text())
    assert main(["report", str(pricing), "--format", "json"]) == (0 if saved["passed"] else 1)
    assert json.loads(capsys.readouterr().out) == saved
    main(["report", str(pricing), "--format", "markdown"])
    markdown = capsys.readouterr().out
    assert markdown.startswith("## ")
    assert "mutation\\_score" in markdown


def test_bad_config_is_exit_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(EXAMPLE, tmp_path / "p", ignore=shutil.ignore_patterns(".agenticops"))
    pyproject = tmp_path / "p" / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + "\n[tool.agenticops.gates]\ncoverage = 120\n")
    assert main(["gate", str(tmp_path / "p")]) == 4
    err = capsys.readouterr().err
    assert err.strip() == (
        "agenticops: error: pyproject.toml: [tool.agenticops.gates] coverage: 120 is not valid "
        "(expected a number from 0 to 100, or false to switch the gate off)"
    )

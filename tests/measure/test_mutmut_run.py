"""The mutation stage with the real mutmut 3.8.1 on tiny projects built from dicts.

Each mutmut run costs seconds: runs are module-scoped and shared by the tests that read them.
`-p no:hypothesispytest` keeps the fixtures fast (hypothesis' plugin costs ~1.3 s per fresh
pytest session here); it also checks that pytest_args reach every pytest run.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path

import pytest

from agenticops.config import Config, MutationSettings
from agenticops.measure.mutmut_run import MutationOutcome, child_env, run_mutation
from agenticops.model import MutationRun, Thresholds

FAST = ("-p", "no:hypothesispytest")

PRICING = """\
import functools


def total(prices, discount):
    subtotal = sum(prices)
    return subtotal - discount


def label(count):
    if count > 1:
        return "many"
    return "one"


@functools.lru_cache(maxsize=None)
def rate(code):
    return len(code) * 2


class Cart:
    def __init__(self):
        self.items = []

    def add(self, price):
        self.items.append(price)
        return len(self.items)

    @property
    def size(self):
        return len(self.items)


def countdown(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return steps
"""

PRICING_TESTS = """\
import json
from pathlib import Path

from shop.pricing import Cart, countdown, label, rate, total

DATA = Path(__file__).parent.parent / "data" / "rates.json"


def test_total():
    assert total([1, 2, 3], 1) == 5


def test_label_only_many():
    assert label(5) == "many"


def test_cart():
    cart = Cart()
    assert cart.add(3) == 1
    assert cart.items == [3]
    assert cart.size == 1


def test_countdown():
    assert countdown(3) == 3


def test_reads_data_and_readme():
    assert json.loads(DATA.read_text()) == {"EUR": 2}
    assert (DATA.parent.parent / "README.md").read_text().startswith("# shop")
    assert rate("EUR") == 6
"""

FLAT = {
    "README.md": "# shop\n",
    "data/rates.json": '{"EUR": 2}\n',
    "shop/__init__.py": "",
    "shop/constants.py": "RATE = 3\n",
    "shop/pricing.py": PRICING,
    "tests/test_pricing.py": PRICING_TESTS,
}
FLAT_FILES = ("shop/__init__.py", "shop/constants.py", "shop/pricing.py")

SRC = {
    "pyproject.toml": (
        '[project]\nname = "calc"\nversion = "0"\n\n'
        '[tool.pytest.ini_options]\npythonpath = ["src"]\n\n'
        '[tool.mutmut]\npaths_to_mutate = "nowhere/"\n'
    ),
    "src/calc/__init__.py": "def double(x):\n    return x * 2\n",
    "src/calc/ops.py": "def sub(a, b):\n    return a - b\n",
    "tests/test_calc.py": (
        "from calc import double\nfrom calc.ops import sub\n\n\n"
        "def test_all():\n    assert double(2) == 4\n    assert sub(5, 3) == 2\n"
    ),
}

# single-use context managers built at import time: fine once per process, broken when
# mutmut's fork mode runs pytest.main() a second time in the same process
FORKSERVER = {
    "pkg/__init__.py": "",
    "pkg/ops.py": "def double(x):\n    return x * 2\n",
    "tests/test_ops.py": (
        "import contextlib\n\nimport pytest\n\nfrom pkg.ops import double\n\n\n"
        "@contextlib.contextmanager\ndef nothing():\n    yield\n\n\n"
        '@pytest.mark.parametrize("ctx", [nothing()])\n'
        "def test_double(ctx):\n    with ctx:\n        assert double(2) == 4\n"
    ),
}

# parametrize ids that pytest escapes (`ids=str` of non-ASCII text): found by the first
# pytest.main() of a process, "not found" (pytest exit 4) by a second one, which is what a
# forkserver worker runs after the server's warm-up collection
ESCAPED_IDS = {
    "pkg/__init__.py": "",
    "pkg/lab.py": 'def label(n, base="10"):\n    return base + "\u2075" * n\n',
    "tests/test_lab.py": (
        "import pytest\n\nfrom pkg.lab import label\n\n\n"
        '@pytest.mark.parametrize("n,expected", [(1, "10\u2075")], ids=str)\n'
        'def test_label(n, expected):\n    assert label(n, "10") == expected\n'
    ),
}


def build(root: Path, files: Mapping[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def config(root: Path, source: tuple[str, ...], **mutation: object) -> Config:
    fast = MutationSettings(max_children=2, timeout_factor=3.0, timeout_floor=1.0, pytest_args=FAST)
    settings = dataclasses.replace(fast, **mutation)  # type: ignore[arg-type]
    off = Thresholds(
        coverage=None, complexity=None, crap=None, mutation_score=None, mutation_sites=None
    )
    return Config(
        root=root,
        pyproject=None,
        source=source,
        tests=("tests",),
        profile="default",
        agent=None,
        thresholds=off,
        mutation=settings,
    )


def mutate(
    root: Path, source: tuple[str, ...], files: tuple[str, ...], **kw: object
) -> MutationOutcome:
    names = kw.pop("names", ())
    timeout = kw.pop("timeout", 120.0)
    return run_mutation(
        root,
        config(root, source, **kw),
        python=sys.executable,
        env={**os.environ, "COLUMNS": "80"},  # pytest cuts its short summary to this width
        files=files,
        timeout=timeout,  # type: ignore[arg-type]
        names=names,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def flat(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, MutationOutcome]:
    root = build(tmp_path_factory.mktemp("flat"), FLAT)
    return root, mutate(root, ("shop",), FLAT_FILES)


def test_flat_run_has_evidence(flat: tuple[Path, MutationOutcome]) -> None:
    _, outcome = flat
    assert outcome.run.ran, outcome.run.reason
    assert outcome.run.reason == ""
    assert outcome.run.diagnostics == ()
    assert outcome.isolation == "fork"
    assert outcome.run.duration < 60


def test_sites_equal_mutmut_meta_files(flat: tuple[Path, MutationOutcome]) -> None:
    root, outcome = flat
    assert list(outcome.files) == list(FLAT_FILES)
    for rel in FLAT_FILES:
        meta = json.loads((root / "mutants" / f"{rel}.meta").read_text())
        assert outcome.files[rel].sites == len(meta["exit_code_by_key"])
    assert {rel: f.sites for rel, f in outcome.files.items()} == {
        "shop/__init__.py": 0,
        "shop/constants.py": 0,
        "shop/pricing.py": 21,
    }


def _by_id(outcome: MutationOutcome, rel: str) -> dict[str, tuple[int, str, str, str]]:
    return {m.id: (m.line, m.function, m.status, m.diff) for m in outcome.files[rel].mutants}


def test_strong_test_kills_every_mutant(flat: tuple[Path, MutationOutcome]) -> None:
    mutants = _by_id(flat[1], "shop/pricing.py")
    assert {k: v for k, v in mutants.items() if v[1] == "total"} == {
        "shop.pricing.x_total__mutmut_1": (
            5,
            "total",
            "killed",
            "- subtotal = sum(prices)\n+ subtotal = None",
        ),
        "shop.pricing.x_total__mutmut_2": (
            5,
            "total",
            "killed",
            "- subtotal = sum(prices)\n+ subtotal = sum(None)",
        ),
        "shop.pricing.x_total__mutmut_3": (
            6,
            "total",
            "killed",
            "- return subtotal - discount\n+ return subtotal + discount",
        ),
    }


def test_weak_test_leaves_survivors_with_diffs(flat: tuple[Path, MutationOutcome]) -> None:
    mutants = _by_id(flat[1], "shop/pricing.py")
    survivors = {k: v for k, v in mutants.items() if v[2] == "survived"}
    assert survivors == {
        "shop.pricing.x_label__mutmut_1": (
            10,
            "label",
            "survived",
            "- if count > 1:\n+ if count >= 1:",
        ),
        "shop.pricing.x_label__mutmut_2": (
            10,
            "label",
            "survived",
            "- if count > 1:\n+ if count > 2:",
        ),
        "shop.pricing.x_label__mutmut_5": (
            12,
            "label",
            "survived",
            '- return "one"\n+ return "XXoneXX"',
        ),
        "shop.pricing.x_label__mutmut_6": (
            12,
            "label",
            "survived",
            '- return "one"\n+ return "ONE"',
        ),
    }
    assert mutants["shop.pricing.x_label__mutmut_3"][2:] == (
        "killed",
        '- return "many"\n+ return "XXmanyXX"',
    )


def test_methods_are_named_by_class(flat: tuple[Path, MutationOutcome]) -> None:
    mutants = _by_id(flat[1], "shop/pricing.py")
    assert mutants["shop.pricing.xǁCartǁ__init____mutmut_1"] == (
        22,
        "Cart.__init__",
        "killed",
        "- self.items = []\n+ self.items = None",
    )
    assert mutants["shop.pricing.xǁCartǁadd__mutmut_1"] == (
        25,
        "Cart.add",
        "killed",
        "- self.items.append(price)\n+ self.items.append(None)",
    )


def test_endless_loop_mutants_time_out_quickly(flat: tuple[Path, MutationOutcome]) -> None:
    pricing = flat[1].files["shop/pricing.py"]
    timeouts = {m.id: m for m in pricing.mutants if m.status == "timeout"}
    assert sorted(timeouts) == [
        "shop.pricing.x_countdown__mutmut_5",
        "shop.pricing.x_countdown__mutmut_6",
    ]
    assert timeouts["shop.pricing.x_countdown__mutmut_6"].diff == "- n -= 1\n+ n += 1"
    # (tests' time + timeout_floor 1 s) * timeout_factor 3 = about 3 s, not mutmut's 15 s
    assert all(m.duration is not None and 2.5 < m.duration < 8.0 for m in timeouts.values())
    killed = [m.duration for m in pricing.mutants if m.status == "killed"]
    assert all(d is not None and 0 < d < 5.0 for d in killed)


def test_decorated_functions_are_listed_unmutated(flat: tuple[Path, MutationOutcome]) -> None:
    files = flat[1].files
    assert files["shop/pricing.py"].unmutated == ("rate", "Cart.size")
    assert not any(m.function in ("rate", "Cart.size") for m in files["shop/pricing.py"].mutants)
    assert files["shop/constants.py"].unmutated == ()
    assert files["shop/constants.py"].mutants == ()


def test_tests_and_hashes_per_function(flat: tuple[Path, MutationOutcome]) -> None:
    root, outcome = flat
    pricing = outcome.files["shop/pricing.py"]
    assert pricing.tests_by_function == {
        "total": ("tests/test_pricing.py::test_total",),
        "label": ("tests/test_pricing.py::test_label_only_many",),
        "Cart.__init__": ("tests/test_pricing.py::test_cart",),
        "Cart.add": ("tests/test_pricing.py::test_cart",),
        "countdown": ("tests/test_pricing.py::test_countdown",),
    }
    meta = json.loads((root / "mutants/shop/pricing.py.meta").read_text())
    assert sorted(pricing.function_hashes.values()) == sorted(
        meta["hash_by_function_name"].values()
    )
    assert pricing.function_hashes["countdown"] == meta["hash_by_function_name"]["x_countdown"]
    assert sorted(outcome.test_durations) == [
        "tests/test_pricing.py::test_cart",
        "tests/test_pricing.py::test_countdown",
        "tests/test_pricing.py::test_label_only_many",
        "tests/test_pricing.py::test_reads_data_and_readme",
        "tests/test_pricing.py::test_total",
    ]


def test_generated_mutmut_table(flat: tuple[Path, MutationOutcome]) -> None:
    root, _ = flat
    table = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["mutmut"]
    assert table["source_paths"] == ["shop"]
    assert table["also_copy"] == ["README.md", "data", "tests"]
    no_cov = ["--no-cov"] if importlib.util.find_spec("pytest_cov") else []
    assert table["pytest_add_cli_args"] == ["-p", "no:cacheprovider", *no_cov, *FAST]
    assert (root / "mutants/data/rates.json").is_file()
    assert (root / "mutants/README.md").is_file()


@pytest.fixture(scope="module")
def src_named(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, MutationOutcome]:
    root = build(tmp_path_factory.mktemp("src"), SRC)
    files = ("src/calc/__init__.py", "src/calc/ops.py")
    return root, mutate(root, ("src",), files, names=["calc.ops.*"])


def test_src_layout_named_run_checks_only_named_mutants(
    src_named: tuple[Path, MutationOutcome],
) -> None:
    root, outcome = src_named
    assert outcome.run.ran, outcome.run.reason
    statuses = {
        rel: [(m.id, m.function, m.line, m.status) for m in f.mutants]
        for rel, f in outcome.files.items()
    }
    assert statuses == {
        "src/calc/__init__.py": [
            ("calc.x_double__mutmut_1", "double", 2, "not_checked"),
            ("calc.x_double__mutmut_2", "double", 2, "not_checked"),
        ],
        "src/calc/ops.py": [("calc.ops.x_sub__mutmut_1", "sub", 2, "killed")],
    }
    assert outcome.files["src/calc/__init__.py"].tests_by_function == {
        "double": ("tests/test_calc.py::test_all",)
    }
    data = tomllib.loads((root / "pyproject.toml").read_text())
    assert data["tool"]["pytest"] == {"ini_options": {"pythonpath": ["src"]}}
    assert data["tool"]["mutmut"]["source_paths"] == ["src"]
    assert "paths_to_mutate" not in data["tool"]["mutmut"]


def test_whole_run_timeout_fails_closed(tmp_path: Path) -> None:
    root = build(tmp_path, FLAT)
    outcome = mutate(root, ("shop",), FLAT_FILES, timeout=2.0)
    assert not outcome.run.ran
    assert outcome.run.reason.startswith("mutmut did not finish within 2 s (")
    assert outcome.run.reason.endswith("raise the time limit or mutate fewer files")
    assert outcome.run.duration < 10


def test_forkserver_rescues_a_suite_that_breaks_under_fork(tmp_path: Path) -> None:
    root = build(tmp_path, FORKSERVER)
    outcome = mutate(root, ("pkg",), ("pkg/ops.py",))
    assert outcome.run.ran, outcome.run.reason
    assert outcome.isolation == "forkserver"
    first, second = outcome.run.diagnostics
    assert first.startswith(
        "fork isolation failed mutmut's clean run (tests/test_ops.py::test_double[ctx0] "
        "(AttributeError: '_GeneratorContextManager' object has no attribute 'args')): "
        "the suite keeps state"
    )
    assert second == "forkserver isolation: mutmut 3.8.1 records no per-mutant durations"
    ops = outcome.files["pkg/ops.py"]
    assert [(m.id, m.status, m.duration) for m in ops.mutants] == [
        ("pkg.ops.x_double__mutmut_1", "killed", None),
        ("pkg.ops.x_double__mutmut_2", "killed", None),
    ]
    table = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["mutmut"]
    assert table["process_isolation"] == "forkserver"


def test_mutants_whose_tests_never_started_are_run_without_the_warmup(tmp_path: Path) -> None:
    root = build(tmp_path, ESCAPED_IDS)
    outcome = mutate(root, ("pkg",), ("pkg/lab.py",), isolation="forkserver")
    assert outcome.run.ran, outcome.run.reason
    assert outcome.run.diagnostics[0] == (
        "4 mutant(s) never ran their tests: after mutmut's warm-up collection pytest did not "
        "accept their selected test ids (mutmut calls these timeouts); "
        'tested again with forkserver_warmup = "none"'
    )
    # mutmut alone reports all four as timeouts (exit 255); tested, the default "10" that
    # the test always passes explicitly survives
    assert [(m.id, m.status) for m in outcome.files["pkg/lab.py"].mutants] == [
        ("pkg.lab.x_label__mutmut_1", "survived"),
        ("pkg.lab.x_label__mutmut_2", "killed"),
        ("pkg.lab.x_label__mutmut_3", "killed"),
        ("pkg.lab.x_label__mutmut_4", "killed"),
    ]
    table = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["mutmut"]
    assert table["forkserver_warmup"] == "none"
    # each worker now collects before its tests run: the floor (1 s) grows by the suite's
    # test time (the one test's measured duration)
    stats = json.loads((root / "mutants" / "mutmut-stats.json").read_text())
    suite = sum(stats["duration_by_test"].values())
    assert suite > 0
    assert table["timeout_constant"] == pytest.approx(1.0 + suite)


def test_fork_only_reports_the_clean_run_failure(tmp_path: Path) -> None:
    root = build(tmp_path, FORKSERVER)
    outcome = mutate(root, ("pkg",), ("pkg/ops.py",), isolation="fork")
    assert not outcome.run.ran
    assert outcome.run.reason == (
        "the tests do not pass inside mutants/ (mutmut's clean run, fork isolation): "
        "tests/test_ops.py::test_double[ctx0] (AttributeError: '_GeneratorContextManager' "
        "object has no attribute 'args'); "
        'try [tool.agenticops.mutation] isolation = "forkserver"'
    )
    assert outcome.files["pkg/ops.py"].sites == 2
    assert {m.status for m in outcome.files["pkg/ops.py"].mutants} == {"not_checked"}


def test_failing_suite_gives_a_clear_reason(tmp_path: Path) -> None:
    files = {
        "pkg/__init__.py": "",
        "pkg/ops.py": "def double(x):\n    return x * 2\n",
        "tests/test_ops.py": (
            "from pkg.ops import double\n\n\ndef test_double():\n    assert double(2) == 5\n"
        ),
    }
    outcome = mutate(build(tmp_path, files), ("pkg",), ("pkg/ops.py",))
    assert not outcome.run.ran
    assert outcome.run.reason == (
        "the tests fail inside mutants/ (mutmut's copy): tests/test_ops.py::test_double "
        "(assert 4 == 5); fix them first"
    )


def test_tests_that_never_call_the_code(tmp_path: Path) -> None:
    files = {
        "pytest.ini": "[pytest]\n",
        "pkg/__init__.py": "",
        "pkg/ops.py": "def double(x):\n    return x * 2\n",
        "tests/test_ops.py": "def test_nothing():\n    assert True\n",
    }
    outcome = mutate(build(tmp_path, files), ("pkg",), ("pkg/ops.py",))
    assert not outcome.run.ran
    assert outcome.run.reason.startswith(
        "mutmut stopped: no test in tests ran the mutated code inside mutants/;"
    )
    assert "(config files copied: pytest.ini, pyproject.toml)" in outcome.run.reason


def test_no_mutants_fails_closed(tmp_path: Path) -> None:
    files = {
        "pkg/__init__.py": "RATE = 3\n",
        "pkg/deco.py": "import functools\n\n\n@functools.cache\ndef f():\n    return 1\n",
        "tests/test_pkg.py": "from pkg import RATE\n\n\ndef test_rate():\n    assert RATE == 3\n",
    }
    outcome = mutate(build(tmp_path, files), ("pkg",), ("pkg/__init__.py", "pkg/deco.py"))
    assert not outcome.run.ran
    assert outcome.run.reason == (
        "mutmut produced no mutants in 2 file(s): no function it can mutate "
        "(only module-level code, or only decorated functions)"
    )
    assert outcome.files["pkg/deco.py"].unmutated == ("f",)
    assert outcome.files["pkg/deco.py"].sites == 0


def test_nothing_to_mutate_needs_no_mutmut(tmp_path: Path) -> None:
    outcome = run_mutation(
        tmp_path, config(tmp_path, ("pkg",)), python="/nonexistent", env={}, files=[]
    )
    assert outcome == MutationOutcome(
        run=MutationRun(ran=False, reason="no source files to mutate")
    )


def test_child_env_drops_mutmut_variables() -> None:
    env = {
        "PATH": "/bin",
        "MUTANT_UNDER_TEST": "stats",
        "PY_IGNORE_IMPORTMISMATCH": "1",
        "MUTMUT_DEPENDENCY_DEPTH": "-1",
        "PYTEST_ADDOPTS": "-q",
    }
    assert child_env(env) == {"PATH": "/bin", "PYTEST_ADDOPTS": "-q", "COLUMNS": "200"}

"""The self-contained HTML page: escaped, offline, and checked in a real headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from agenticops.model import MutantResult, Report
from agenticops.report.html import render

CHROMIUM = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome")
        if (found := shutil.which(name))
    ),
    None,
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium on PATH (Debian: apt-get install -y chromium) to open the page headless",
)


def test_page_holds_verdict_gates_functions_and_survivors(report: Report, project: Path) -> None:
    page = render(report, root=project)
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>agenticops gate failed</title>" in page
    assert '<p id="verdict">FAILED: 4 of 5 gates did not pass' in page
    assert (
        '<tr data-gate="crap"><td>crap</td><td><span class="status failed">FAIL</span></td>' in page
    )
    assert page.count('<tr class="offender">') == 1
    assert page.count('<tr class="line survivor"') == 3
    assert page.count('<div class="mutant"') == 3
    assert 'id="src/pkg/ledger.py:24"' in page
    assert '<span class="del">-        if amount not in self.entries:</span>' in page
    assert page.count('<tr class="line missed"') == 3  # 25, 26, 33 (27 carries a survivor)


def test_everything_is_escaped(report: Report, project: Path) -> None:
    page = render(report, root=project)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page  # from ledger.py line 33
    assert "alert('x')" not in page
    assert page.count("<script>") == 1  # only the page's own sorting script


def test_the_page_loads_nothing(report: Report, project: Path) -> None:
    page = render(report, root=project)
    assert "default-src &#x27;none&#x27;" not in page  # the policy is written literally
    assert "default-src 'none'" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "fetch(" not in page
    assert "XMLHttpRequest" not in page


def test_a_missing_source_is_said_and_diffs_still_shown(report: Report, tmp_path: Path) -> None:
    page = render(report, root=tmp_path)
    assert '<p class="missing">Source not found: src/pkg/ledger.py</p>' in page
    assert page.count('<div class="mutant"') == 3
    assert "survivor" not in page.split('<section id="survivors">')[1].split("<div")[0]


def test_a_survivor_beyond_the_last_line_is_listed_after_the_source(
    report: Report, project: Path
) -> None:
    late = MutantResult(id="late", line=500, function="slugify", status="survived")
    util = replace(report.measurements.files[2], mutants=(late,))
    other = replace(report, measurements=replace(report.measurements, files=(util,)))
    page = render(other, root=project)
    assert '</tbody></table><div class="mutant" data-mutant-id="late">' in page
    assert "(no diff recorded)" in page


def test_a_green_page(green: Report, project: Path) -> None:
    page = render(green, root=project)
    assert '<header class="verdict passed"><h1>✓ agenticops gate passed</h1>' in page
    assert "<p>No mutant survived.</p>" in page
    assert "<footer>agenticops</footer>" in page


def test_the_footer_names_version_and_time(report: Report, project: Path) -> None:
    assert "<footer>agenticops 0.1.0 · 2026-11-21T10:00:00Z</footer>" in render(
        report, root=project
    )


def test_no_functions(blocked: Report, project: Path) -> None:
    assert "<p>No function was measured.</p>" in render(blocked, root=project)


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    argv = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        "--virtual-time-budget=2000",
        *args,
    ]
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)


@needs_chromium
def test_chromium_renders_survivors_and_sorts_by_crap(
    report: Report, project: Path, tmp_path: Path
) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(report, root=project), encoding="utf-8")
    done = _chromium("--dump-dom", page.as_uri())
    dom = done.stdout
    assert 'data-ready="true"' in dom, done.stderr[-2000:]  # the script ran
    assert 'data-sort="crap-desc"' in dom
    assert 'aria-sort="descending"' in dom
    assert dom.count('class="line survivor"') == 3
    assert 'data-mutant-id="pkg.util.x_slugify__mutmut_2"' in dom
    rows = re.findall(r'<tr class="(?:offender|function)"><td>([^<]+)</td>', dom)
    assert rows[0] == "Ledger.reconcile"  # the worst CRAP first

    shot = tmp_path / "report.png"
    _chromium(f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


@needs_chromium
def test_clicking_a_heading_sorts_the_table(report: Report, project: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(report, root=project), encoding="utf-8")
    dom = _chromium("--dump-dom", page.as_uri() + "#sort=name-asc").stdout
    assert 'data-sort="name-asc"' in dom
    rows = re.findall(r'<tr class="(?:offender|function)"><td>([^<]+)</td>', dom)
    assert rows == sorted(rows, key=str.casefold)  # localeCompare ignores case first
    assert rows[0] == "audit"
    dom = _chromium("--dump-dom", page.as_uri() + "#sort=line-asc").stdout
    lines = [int(n) for n in re.findall(r'\.py</td><td class="num" data-value="(\d+)"', dom)]
    assert len(lines) == 6
    assert lines == sorted(lines)
    assert 'data-sort="line-asc"' in dom


def test_failing_tests_and_pytest_output_are_shown(
    report: Report, blocked: Report, project: Path
) -> None:
    page = render(report, root=project)
    assert '<section id="tests"><h2>Failing tests (1)</h2><ul><li class="failed-test">' in page
    assert "<code>tests/test_ledger.py::test_reconcile_balances</code> (failed)" in page
    assert "&lt;Ledger&gt;.reconcile([5, -3])</pre>" in page
    page = render(blocked, root=project)
    assert '<h2>Failing tests (0)</h2><pre class="output">ImportError while importing' in page
    assert "<p>Mutation did not run: not measured: the tests did not pass.</p>" in page


def test_a_mutation_run_without_reason(blocked: Report, project: Path) -> None:
    measurements = replace(
        blocked.measurements, mutation=replace(blocked.measurements.mutation, reason="")
    )
    page = render(replace(blocked, measurements=measurements), root=project)
    assert "<p>Mutation did not run: no reason given.</p>" in page


def test_no_failing_tests_no_section(green: Report, project: Path) -> None:
    assert '<section id="tests">' not in render(green, root=project)


def test_a_green_page_is_titled_passed(green: Report, project: Path) -> None:
    page = render(green, root=project)
    assert "<title>agenticops gate passed</title>" in page


def test_a_failing_header_and_sections_one_per_line(report: Report, project: Path) -> None:
    page = render(report, root=project)
    assert '<header class="verdict failed"><h1>✗ agenticops gate failed</h1>' in page
    assert '</header>\n<section id="gates">' in page
    assert '</section>\n<section id="survivors">' in page


def test_diff_lines_are_classed_added_removed_and_context(report: Report, project: Path) -> None:
    page = render(report, root=project)
    assert '<span class="add">+        if amount in self.entries:</span>' in page
    assert '<span class="ctx">@@ -1,5 +1,5 @@</span>' in page
    assert '<span class="ctx">     missing = []</span>' in page


def test_every_failing_test_is_one_item_of_the_list(report: Report, project: Path) -> None:
    run = report.measurements.tests
    assert run is not None
    [failed] = run.failed
    other = replace(failed, nodeid="tests/test_ledger.py::test_post_twice", message="boom")
    two = replace(report.measurements, tests=replace(run, outcomes=(*run.outcomes, other)))
    page = render(replace(report, measurements=two), root=project)
    section = page.split('<section id="tests">')[1].split("</section>")[0]
    assert section.startswith('<h2>Failing tests (2)</h2><ul><li class="failed-test">')
    assert section.endswith(
        '</pre></li><li class="failed-test"><code>tests/test_ledger.py::test_post_twice</code>'
        " (failed)<pre>boom</pre></li></ul>"
    )


def test_without_failing_tests_or_output_nothing_stands_between_gates_and_functions(
    green: Report, project: Path
) -> None:
    page = render(green, root=project)
    after_gates = page.split('<section id="gates">')[1].split("</section>", 1)[1]
    assert after_gates.split('<section id="functions">')[0].strip() == ""


def test_survivors_are_one_article_per_file_one_after_the_other(
    report: Report, project: Path
) -> None:
    page = render(report, root=project)
    heads = re.findall(r'<article class="file" data-path="[^"]+"><h3>([^<]*)</h3>', page)
    assert heads == ["src/pkg/ledger.py — 2 surviving", "src/pkg/util.py — 1 surviving"]
    assert '</article><article class="file" data-path="src/pkg/util.py">' in page


def test_no_survivor_is_said_in_the_section_alone(green: Report, project: Path) -> None:
    assert (
        '<section id="survivors"><h2>Surviving mutants (0)</h2><p>No mutant survived.</p></section>'
    ) in render(green, root=project)

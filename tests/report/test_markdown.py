"""The Markdown job summary: pinned pages, escaping, and the 1 MiB limit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from agenticops.model import FileMetrics, GateResult, MutantResult, Report, TestOutcome
from agenticops.report import markdown
from agenticops.report.markdown import code, fence, plain, render, render_limited


def test_full_report_matches_its_golden_file(
    report: Report, project: Path, golden: Callable[[str, str], None]
) -> None:
    golden("full.md", render(report, root=project))


def test_blocked_report_matches_its_golden_file(
    blocked: Report, project: Path, golden: Callable[[str, str], None]
) -> None:
    golden("blocked.md", render(blocked, root=project))


def test_green_report_matches_its_golden_file(
    green: Report, project: Path, golden: Callable[[str, str], None]
) -> None:
    golden("green.md", render(green, root=project))


def test_page_structure(report: Report, project: Path) -> None:
    page = render(report, root=project)
    assert page.startswith("## ❌ agenticops gate failed\n")
    assert "| crap | ❌ FAIL | 17.8 &gt; 8 |  |" in page
    assert "<details><summary>Surviving mutants (3)</summary>" in page
    assert "```diff\n@@ -1,5 +1,5 @@\n" in page
    assert page.count("<details>") == page.count("</details>") == 6
    assert "Trimmed" not in page


def test_plain_text_cannot_inject_markup() -> None:
    assert plain("<script>a|b</script> *x* _y_ [l](u) `c`") == (
        "&lt;script&gt;a\\|b&lt;/script&gt; \\*x\\* \\_y\\_ \\[l\\](u) \\`c\\`"
    )
    assert plain("two\nlines  here") == "two lines here"


def test_code_spans_survive_backticks_and_pipes() -> None:
    assert code("a.py::f") == "`a.py::f`"
    assert code("a`b") == "``a`b``"
    assert code("`x`") == "`` `x` ``"
    assert code("t[a|b]") == "`t[a|b]`"
    assert code("t[a|b]", cell=True) == "`t[a\\|b]`"
    assert code("one\ntwo") == "`one two`"


def test_fences_are_longer_than_any_backtick_run_inside() -> None:
    assert fence("x = 1\n", "text") == "```text\nx = 1\n```"
    assert fence("````\nodd\n```", "diff") == "`````diff\n````\nodd\n```\n`````"


def test_hostile_test_output_stays_inside_its_block(report: Report, project: Path) -> None:
    run = report.measurements.tests
    assert run is not None
    hostile = TestOutcome(
        nodeid="tests/t.py::test_`x`", status="failed", message="```\n</details>\n<img src=x>"
    )
    measurements = replace(report.measurements, tests=replace(run, outcomes=(hostile,)))
    page = render(replace(report, measurements=measurements), root=project)
    assert (
        "**`` tests/t.py::test_`x` ``** (failed)\n\n````text\n```\n</details>\n<img src=x>\n````"
        in page
    )


def _heavy(report: Report, survivors: int, diff_lines: int) -> Report:
    diff = "\n".join(f"-old line {i}\n+new line {i}" for i in range(diff_lines))
    mutants = tuple(
        MutantResult(id=f"m{i:05d}", line=i + 1, function="f", status="survived", diff=diff)
        for i in range(survivors)
    )
    ledger = replace(report.measurements.files[1], mutants=mutants)
    files = (report.measurements.files[0], ledger, report.measurements.files[2])
    return replace(report, measurements=replace(report.measurements, files=files))


def test_a_huge_report_is_trimmed_under_the_limit_and_says_so(
    report: Report, project: Path
) -> None:
    heavy = _heavy(report, survivors=3000, diff_lines=20)
    full = render_limited(heavy, root=project, limit_bytes=10**9)
    assert len(full.encode()) > 1_000_000
    page = render(heavy, root=project)
    assert len(page.encode()) <= 1_000_000
    assert "more survivors omitted; see the artifact." in page
    assert "Trimmed to fit a GitHub job summary" in page
    assert "| tests | ❌ FAIL |" in page  # the gates table is never trimmed
    assert "<details><summary>Surviving mutants (3001)</summary>" in page
    assert "Failing tests (1)" in page  # short lists are kept whole
    assert "tests/test_ledger.py::test_reconcile_balances" in page


def test_the_bulkiest_list_is_trimmed_first(report: Report, project: Path) -> None:
    heavy = _heavy(report, survivors=80, diff_lines=50)
    limit = len(render(report, root=project).encode()) + 60_000
    page = render_limited(heavy, root=project, limit_bytes=limit)
    assert len(page.encode()) <= limit
    kept = page.count("```diff")
    assert 0 < kept < 81
    assert f"… {81 - kept} more survivors omitted; see the artifact." in page
    assert "<details><summary>Least-covered files (2)</summary>" in page
    assert "more files omitted" not in page


def test_a_tiny_limit_cuts_bytes_but_keeps_the_note(report: Report, project: Path) -> None:
    page = render_limited(report, root=project, limit_bytes=300)
    assert len(page.encode()) <= 300
    assert page.endswith(
        "_Trimmed to fit a GitHub job summary; the full report is in the artifact._\n"
    )
    assert page.startswith("## ❌ agenticops gate failed")
    nothing = render_limited(report, root=project, limit_bytes=10)
    assert nothing == markdown._TRIMMED


def test_plain_text_keeps_quotes() -> None:
    assert plain("""say "hi" it's""") == """say "hi" it's"""


def _over_sites(report: Report, n: int) -> Report:
    files = tuple(
        FileMetrics(path=f"src/pkg/m{i:03d}.py", coverage=100.0, mutation_sites=90 - i)
        for i in range(n)
    )
    gate = GateResult(
        name="mutation_sites",
        status="failed",
        actual=90.0,
        threshold=50,
        offenders=tuple(f.path for f in files),
    )
    return replace(report, gates=(gate,), measurements=replace(report.measurements, files=files))


def test_files_over_the_sites_limit_are_listed_and_trimmed(report: Report, project: Path) -> None:
    heavy = _over_sites(report, 40)
    page = render(heavy, root=project)
    assert "<details><summary>Files over the mutation-sites limit (40)</summary>" in page
    assert "\n- `src/pkg/m000.py`: 90 mutants\n- `src/pkg/m001.py`: 89 mutants\n" in page
    page = render_limited(heavy, root=project, limit_bytes=len(page.encode()) - 1)
    assert "\n… 20 more files omitted; see the artifact." in page


def test_a_code_span_opening_with_a_backtick_is_padded() -> None:
    assert code("`start") == "`` `start ``"


def test_decorated_functions_are_listed_and_trimmed(report: Report, project: Path) -> None:
    names = tuple(f"f{i:03d}" for i in range(40))
    deco = FileMetrics(path="src/pkg/deco.py", coverage=100.0, unmutated=names)
    heavy = replace(report, measurements=replace(report.measurements, files=(deco,)))
    page = render(heavy, root=project)
    assert "<details><summary>Decorated functions, not mutated (40)</summary>" in page
    page = render_limited(heavy, root=project, limit_bytes=len(page.encode()) - 1)
    assert "\n… 20 more functions omitted; see the artifact." in page


def test_least_covered_files_are_table_rows_and_trimmed(report: Report, project: Path) -> None:
    files = tuple(
        FileMetrics(path=f"src/pkg/m{i:03d}.py", coverage=50.0 + i, missing_lines=(3, 4, 5))
        for i in range(40)
    )
    piped = FileMetrics(path="src/a|b.py", coverage=10.0, missing_branches=((2, 1),))
    heavy = replace(report, measurements=replace(report.measurements, files=(piped, *files)))
    page = render(heavy, root=project)
    assert "<details><summary>Least-covered files (41)</summary>" in page
    # a pipe in a path is escaped: it does not split the row into another column
    assert "\n| `src/a\\|b.py` | 10% |  | 2->1 |\n| `src/pkg/m000.py` | 50% | 3-5 |  |\n" in page
    page = render_limited(heavy, root=project, limit_bytes=len(page.encode()) - 1)
    assert "\n… 21 more files omitted; see the artifact." in page


def test_a_survivor_without_a_diff_says_so(report: Report, project: Path) -> None:
    bare = MutantResult(
        id="pkg.util.x_slugify__mutmut_9", line=6, function="slugify", status="survived"
    )
    util = replace(report.measurements.files[2], mutants=(bare,))
    page = render(
        replace(report, measurements=replace(report.measurements, files=(util,))), root=project
    )
    assert (
        "**`src/pkg/util.py:6`** `slugify` — survived (`pkg.util.x_slugify__mutmut_9`)\n\n"
        "```diff\n(no diff recorded)\n```"
    ) in page


def test_a_page_of_exactly_the_limit_is_kept_whole(report: Report, project: Path) -> None:
    page = render(report, root=project)
    assert render_limited(report, root=project, limit_bytes=len(page.encode())) == page


def test_a_cut_inside_a_character_drops_the_whole_character(report: Report, project: Path) -> None:
    # the page opens with "## ❌": "## " and one of the three bytes of ❌ fit, so ❌ is dropped
    limit = len(markdown._TRIMMED.encode()) + 4
    assert render_limited(report, root=project, limit_bytes=limit) == "## " + markdown._TRIMMED

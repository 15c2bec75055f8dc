"""A file's source lines as table rows, each surviving mutant's diff below its line."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from html import escape

from agenticops.model import FileMetrics, MutantResult
from agenticops.report.text import diff_body


def source(
    file: FileMetrics, lines: Sequence[str], on_line: dict[int, list[MutantResult]]
) -> Iterator[str]:
    missed = set(file.missing_lines)
    for n, text in enumerate(lines, start=1):
        here = on_line.get(n)
        kind = "line survivor" if here else "line missed" if n in missed else "line"
        mark = f"✗ {len(here)}" if here else ""
        yield (
            f'<tr class="{kind}" id="{escape(file.path)}:{n}"><td class="ln">{n}</td>'
            f'<td class="mark">{mark}</td><td class="code">{escape(text)}</td></tr>'
        )
        if here:
            diffs = "".join(mutant(m) for m in here)
            yield f'<tr class="diffs"><td></td><td></td><td>{diffs}</td></tr>'


def mutant(m: MutantResult) -> str:
    status = m.status.replace("_", " ")
    lines = diff_body(m.diff).splitlines() or ["(no diff recorded)"]
    spans = "\n".join(f'<span class="{_kind(line)}">{escape(line)}</span>' for line in lines)
    return (
        f'<div class="mutant" data-mutant-id="{escape(m.id)}"><p><b>{escape(m.id)}</b> '
        f"line {m.line} in {escape(m.function)}: {escape(status)}</p>"
        f'<pre class="diff">{spans}</pre></div>'
    )


def _kind(line: str) -> str:
    return "add" if line.startswith("+") else "del" if line.startswith("-") else "ctx"

"""One file's measurements read back from its JSON object."""

from __future__ import annotations

from agenticops.model import FileMetrics
from agenticops.report.json_parse.file_records import function, mutant
from agenticops.report.json_parse.json_object import JsonObject
from agenticops.report.json_parse.shape import is_int, is_int_pair, is_number


def file(o: JsonObject) -> FileMetrics:
    return FileMetrics(
        path=o.text("path"),
        coverage=o.maybe("coverage", is_number, "a number"),
        statements=o.integer("statements"),
        missing_lines=o.items("missing_lines", is_int, "an integer"),
        missing_branches=tuple(
            (a, b) for a, b in o.items("missing_branches", is_int_pair, "a [from, to] pair")
        ),
        functions=o.objects("functions", function),
        mutation_sites=o.maybe("mutation_sites", is_int, "an integer"),
        mutants=o.objects("mutants", mutant),
        unmutated=o.strs("unmutated"),
    )

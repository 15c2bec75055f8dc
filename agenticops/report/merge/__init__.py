"""`agenticops report --merge DIR...`: the reports of `gate --shard K/N` runs joined into one.

Every DIR holds one shard's report (DIR/.agenticops/report.json, else DIR/report.json, as a
CI artifact is often unpacked). The shards must be exactly 1/N..N/N of one split, made from
the same commit and source content and under the same mutation configuration, judged with the
same thresholds, and agree on everything but the mutants (tests, coverage, complexity, CRAP
and mutation sites are measured by every shard); anything else is refused with one line
(exit 4). The mutants are joined file by file in source order (by function, then mutmut's
number) and the gates judged again, purely, with the shards' thresholds: the merged report
equals the report of one unsharded run, mutant for mutant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from agenticops.errors import ConfigError
from agenticops.gates import judge
from agenticops.model import Report
from agenticops.report.merge.checks import SAME, check_same, check_split, spec
from agenticops.report.merge.checks import thresholds as thresholds
from agenticops.report.merge.join import join, mutation
from agenticops.report.merge.join import source_order as source_order
from agenticops.report.merge.shards import REPORT_PATHS as REPORT_PATHS
from agenticops.report.merge.shards import Shard as Shard
from agenticops.report.merge.shards import load_shards as load_shards
from agenticops.report.merge.shards import report_path as report_path


def merge_reports(shards: Sequence[Shard]) -> Report:
    """One report from all shards of one split; ConfigError (one line) when they do not fit."""
    if not shards:
        raise ConfigError("--merge: no shard reports given")
    specs = [spec(source, report) for source, report in shards]
    check_split(shards, specs)
    first_source, first = shards[0]
    for source, report in shards[1:]:
        check_same(first_source, first, source, report)
    files = tuple(join(path_file, shards) for path_file in first.measurements.files)
    measurements = replace(
        first.measurements, files=files, mutation=mutation(shards, specs), extra={}
    )
    return Report(
        gates=judge(measurements, thresholds(first)),
        measurements=measurements,
        profile=first.profile,
        root=first.root,
        tool_version=first.tool_version,
        created=max(r.created for _, r in shards),
        extra={
            "merged": [f"{k}/{n}" for k, n in sorted(specs)],
            **{key: first.extra.get(key) for key in SAME},
        },
    )

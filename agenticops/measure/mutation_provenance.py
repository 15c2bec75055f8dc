"""What a mutation run's verdicts depend on: this project's configuration fingerprint, and
the provenance a shard's report carries (commit, content and configuration digests)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from agenticops.config import Config
from agenticops.measure.mutation_fingerprint import fingerprint, summary, tool_versions
from agenticops.measure.mutation_tests import support_digest
from agenticops.measure.shard import content_digest, git_commit, shard_extra
from agenticops.model import Measurements


def project_fingerprint(
    workdir: Path,
    config: Config,
    measurements: Measurements,
    *,
    python: str,
    env: Mapping[str, str],
) -> dict[str, str]:
    """The named parts of the configuration fingerprint (see mutation_fingerprint)."""
    versions = tool_versions(python, env=env, cwd=workdir)
    outcomes = measurements.tests.outcomes if measurements.tests is not None else ()
    tested = {o.nodeid.split("::")[0] for o in outcomes}
    support = support_digest(workdir, config.tests, config.source, tested)
    return fingerprint(workdir, config, versions=versions, support=support)


def report_extra(
    workdir: Path, config: Config, shard: tuple[int, int] | None, parts: Mapping[str, str]
) -> dict[str, object]:
    """What the report of a shard run carries (nothing for a whole run)."""
    if shard is None:
        return {}
    return shard_extra(
        shard,
        commit=git_commit(config.root),
        content=content_digest(workdir, [*config.source, *config.tests]),
        config=summary(parts),
    )

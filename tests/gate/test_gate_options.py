"""measure_options: the gate's interpreter, environment, timeout and shard, mutation as the
thresholds need it, and the cache in the project's .agenticops/ unless switched off."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from agenticops.gate.options import GateOptions, measure_options
from agenticops.measure.project import MeasureOptions
from tests.mutation_project import config


def test_every_gate_option_reaches_the_measurement(tmp_path: Path) -> None:
    options = GateOptions(
        python="/opt/py/bin/python",
        env={"HOME": "/h"},
        mutation_timeout=12.5,
        shard=(2, 3),
    )

    assert measure_options(config(tmp_path), options) == MeasureOptions(
        python="/opt/py/bin/python",
        env={"HOME": "/h"},
        mutation=True,
        test_mutants=True,
        mutation_timeout=12.5,
        cache_dir=tmp_path / ".agenticops" / "cache",
        shard=(2, 3),
    )


def test_without_the_cache_or_mutation_gates_neither_is_asked_for(tmp_path: Path) -> None:
    base = config(tmp_path)
    cfg = dataclasses.replace(
        base,
        thresholds=dataclasses.replace(base.thresholds, mutation_score=None, mutation_sites=None),
    )
    options = GateOptions(python="py", env={}, use_cache=False)

    assert measure_options(cfg, options) == MeasureOptions(
        python="py",
        env={},
        mutation=False,
        test_mutants=False,
        mutation_timeout=None,
        cache_dir=None,
        shard=None,
    )

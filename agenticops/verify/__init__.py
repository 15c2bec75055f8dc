"""One verification of the loop's workspace, stage by stage, stopping at the first that fails."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from agenticops.config import Config
from agenticops.measure.project import MeasureOptions
from agenticops.verify.import_stage import check_import as check_import
from agenticops.verify.mutation import mutation_stage as mutation_stage
from agenticops.verify.quick_stages import quality_stage as quality_stage
from agenticops.verify.quick_stages import tests_stage as tests_stage
from agenticops.verify.records import STAGES as STAGES
from agenticops.verify.records import Checks as Checks
from agenticops.verify.records import StageResult as StageResult
from agenticops.verify.records import Verification as Verification
from agenticops.verify.stages import measure_stages
from agenticops.workspace.copy import copy_project


def verify(
    workspace: Path,
    config: Config,
    checks: Checks,
    options: MeasureOptions,
    on_stage: Callable[[str], None],
) -> Verification:
    """Measure a throwaway copy of the workspace, fast stages first."""
    with tempfile.TemporaryDirectory(prefix="agenticops-verify-") as tmp:
        work = Path(tmp) / "workspace"
        copy_project(workspace, work)
        on_stage("import")
        stage = check_import(work, config, checks.module, options)
        if not stage.passed:
            return Verification(stages=(stage,), report=None)
        return measure_stages(work, config, checks, options, on_stage, (stage,))

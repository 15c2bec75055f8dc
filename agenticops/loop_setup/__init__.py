"""Setting up a loop run: budget, workspace copies, locked tests, boundary and the first prompt."""

from __future__ import annotations

from agenticops.loop_setup.budget import DEFAULT_ITERATIONS as DEFAULT_ITERATIONS
from agenticops.loop_setup.budget import DEFAULT_MINUTES as DEFAULT_MINUTES
from agenticops.loop_setup.budget import Budget as Budget
from agenticops.loop_setup.budget import Limits as Limits
from agenticops.loop_setup.budget import merge_budget as merge_budget
from agenticops.loop_setup.checks import scenario_labels as scenario_labels
from agenticops.loop_setup.contract import GENERATED_DIR as GENERATED_DIR
from agenticops.loop_setup.prepare import prepare_run as prepare_run
from agenticops.loop_setup.run import Run as Run

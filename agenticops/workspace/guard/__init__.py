"""Containment of the agent: what it may write, and what it changed that it may not."""

from __future__ import annotations

from agenticops.workspace.guard.boundary import Boundary as Boundary
from agenticops.workspace.guard.boundary import Violation as Violation
from agenticops.workspace.guard.boundary import glob_regex as glob_regex
from agenticops.workspace.guard.containment import contain as contain
from agenticops.workspace.guard.markers import CHEATS as CHEATS
from agenticops.workspace.guard.markers import cheats as cheats
from agenticops.workspace.guard.revert import restore as restore
from agenticops.workspace.guard.snapshots import changed as changed
from agenticops.workspace.guard.snapshots import snapshot as snapshot

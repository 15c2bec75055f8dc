"""The workspace file tools (list, read, write) an API agent may call, confined to the workspace.

Every refusal or failure is a ToolOutput with is_error set, returned to the model as an error
tool_result: a bad path never raises, so it can never end the loop.
"""

from __future__ import annotations

from agenticops.agents.files.contents import READ_LIMIT as READ_LIMIT
from agenticops.agents.files.contents import read_file as read_file
from agenticops.agents.files.contents import write_file as write_file
from agenticops.agents.files.listing import LIST_LIMIT as LIST_LIMIT
from agenticops.agents.files.listing import UNLISTED as UNLISTED
from agenticops.agents.files.listing import list_files as list_files
from agenticops.agents.files.output import ToolOutput as ToolOutput
from agenticops.agents.files.paths import PROTECTED as PROTECTED
from agenticops.agents.files.paths import Refused as Refused
from agenticops.agents.files.paths import confine as confine
from agenticops.agents.files.paths import relative as relative
from agenticops.agents.files.tools import TOOLS as TOOLS
from agenticops.agents.files.tools import run_tool as run_tool

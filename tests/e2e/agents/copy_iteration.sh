#!/bin/sh
# A scripted CLI agent: checks the command-agent protocol (prompt on stdin and in
# AGENTICOPS_PROMPT_FILE, cwd = AGENTICOPS_WORKSPACE), then copies RECORDING/N/ over the
# workspace, N = AGENTICOPS_ITERATION.
set -eu
recording="$1"
grep -q "Task: implement" -            # the prompt arrives on stdin
grep -q "Task: implement" "$AGENTICOPS_PROMPT_FILE"
test "$(pwd -P)" = "$(cd "$AGENTICOPS_WORKSPACE" && pwd -P)"
if [ -d "$recording/$AGENTICOPS_ITERATION" ]; then
    cp -R "$recording/$AGENTICOPS_ITERATION/." .
fi

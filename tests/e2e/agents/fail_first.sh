#!/bin/sh
# Like copy_iteration.sh, but the first turn ends with an error after writing its files.
set -eu
cp -R "$1/$AGENTICOPS_ITERATION/." . 2>/dev/null || true
if [ "$AGENTICOPS_ITERATION" = 1 ]; then
    echo "agent crashed: out of ideas" >&2
    exit 3
fi

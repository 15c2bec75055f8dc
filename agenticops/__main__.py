"""`python -m agenticops`: the same entry point as the console script."""

from __future__ import annotations

from agenticops.cli import main

if __name__ == "__main__":  # pragma: no cover - exercised through the console script
    raise SystemExit(main())

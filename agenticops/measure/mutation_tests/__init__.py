"""What a mutant's verdict depends on in the tests: one digest per pytest node id, and one for
the test support files.

A test's digest covers what decides how it behaves, and as little else as is safe:

- `path.py::test_f[...]`, `path.py::TestC::test_m`: the test function's AST, its classes'
  non-test parts and its module's non-test parts (imports, fixtures, helpers, constants);
  parameters (`[...]`) share their function's digest. Adding a test function leaves the
  other tests' digests alone; editing a helper or fixture in the module changes them all.
- `path.py::pkg.mod.name` (a doctest of a module, `--doctest-modules`): the docstring of
  `name` in that module (the source around it is the code under test, not the test).
- anything else (a `.rst`/`.txt` doctest file, a test pytest generated from other code, a
  name not found in the file): the whole file's bytes.

The *support* digest covers every other file under the test paths (conftest.py, helper
modules, data files) and every conftest.py on the way down to them; it is part of the
configuration fingerprint, so a change there re-tests every mutant.
"""

from __future__ import annotations

from agenticops.measure.mutation_tests.nodes import MISSING, node_digests
from agenticops.measure.mutation_tests.support import support_digest

__all__ = ["MISSING", "node_digests", "support_digest"]

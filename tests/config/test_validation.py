"""describe: a schema violation as one line naming the key, also for the table itself."""

from __future__ import annotations

import jsonschema

from agenticops.config import describe
from agenticops.config_schema import get_schema


def test_a_violation_of_the_whole_table_names_the_table() -> None:
    [error] = jsonschema.Draft7Validator(get_schema()).iter_errors(["source"])
    assert describe(error) == "[tool.agenticops]: ['source'] is not of type 'object'"

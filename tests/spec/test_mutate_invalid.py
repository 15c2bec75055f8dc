"""mutate_literals on text that is not Gherkin: a SpecError naming the line of the feature text."""

from __future__ import annotations

import pytest

from agenticops.errors import SpecError
from agenticops.spec.mutate import mutate_literals


def test_invalid_gherkin_is_an_error_at_a_line_of_the_feature_text() -> None:
    with pytest.raises(SpecError) as exc:
        mutate_literals("# language: xx\nFeature: a\n")
    assert str(exc.value) == "<feature>:1: invalid Gherkin: Language not supported: xx"

"""Feature files: parsed with gherkin-official and checked for what pytest-bdd needs to bind."""

from __future__ import annotations

from agenticops.spec.features.document import gherkin_document, nodes, step_kinds
from agenticops.spec.features.files import find_features, load_feature, parse_feature

__all__ = [
    "find_features",
    "gherkin_document",
    "load_feature",
    "nodes",
    "parse_feature",
    "step_kinds",
]

"""The mutation gates: `mutation_score` (% detected) and `mutation_sites` (mutants per file)."""

from __future__ import annotations

from agenticops.gates.mutation.score import judge_mutation_score as judge_mutation_score
from agenticops.gates.mutation.score import mutation_score as mutation_score
from agenticops.gates.mutation.sites import judge_mutation_sites as judge_mutation_sites

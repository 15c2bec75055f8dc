from __future__ import annotations

from agenticops.model import Thresholds
from agenticops.prompt import bullets, gates_text, render_feedback, render_task


def test_gates_text_lists_only_gates_that_are_on() -> None:
    text = gates_text(
        Thresholds(coverage=90, complexity=None, crap=8, mutation_score=95, mutation_sites=None)
    )
    assert text.splitlines() == [
        "- every collected test passes (contract, acceptance and your own)",
        "- `coverage`: line + branch coverage of the source >= 90%",
        "- `crap`: CRAP (cc^2 * (1 - cov)^3 + cc) of every function <= 8",
        "- `mutation_score`: mutants killed by your tests >= 95%",
    ]


def test_bullets() -> None:
    assert bullets(["a", "b"]) == "- a\n- b"
    assert bullets([]) == "(none)"
    assert bullets([], empty="nothing") == "nothing"


def test_render_task_substitutes_every_field() -> None:
    fields = {
        k: f"<{k}>"
        for k in (
            "name",
            "module",
            "intent",
            "source_root",
            "interface",
            "invariants",
            "examples",
            "steps_note",
            "features",
            "writable",
            "spec_dir",
            "generated_dir",
            "profile",
            "gates",
        )
    }
    text = render_task(fields)
    assert text.startswith("# Task: implement `<module>` — <name>")
    assert "$" not in text.replace("$name", "")
    for value in fields.values():
        assert value in text


def test_render_feedback_puts_findings_before_the_task() -> None:
    text = render_feedback(3, ["### A", "### B"], "TASK")
    assert text.startswith("# Iteration 3: what fell short in iteration 2")
    assert text.index("### A") < text.index("### B") < text.index("TASK")
    assert text.endswith("TASK")

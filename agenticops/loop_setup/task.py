"""The loop's first prompt: the contract, the interface, the boundary and the gates, as a task."""

from __future__ import annotations

from typing import Any

from agenticops.config import Config
from agenticops.prompt import bullets, gates_text, render_task
from agenticops.spec import Spec


def render_first_task(spec: Spec, config: Config, spec_rel: str, generated_dir: str) -> str:
    return render_task(
        {
            "name": spec.name,
            "module": spec.module,
            "intent": spec.intent.strip(),
            "source_root": config.source[0],
            "interface": "\n\n".join(
                f"```python\ndef {f.name}{f.signature}\n```\n\n{f.doc.strip()}"
                for f in spec.functions
            ),
            "invariants": bullets(
                [
                    f"`{i.function}`: {i.name}: `{i.holds}`"
                    + (f" when `{i.where}`" if i.where else "")
                    for i in spec.invariants
                ]
            ),
            "examples": bullets([_example(e) for e in spec.examples]),
            "steps_note": "Step definitions are given and locked."
            if spec.steps
            else "Write the pytest-bdd step definitions yourself (see below); agenticops "
            "changes the scenarios' literal values to prove your steps check them.",
            "features": "\n\n".join(
                f"`{f.path}`:\n\n```gherkin\n{f.text.strip()}\n```" for f in spec.features
            ),
            "writable": ", ".join(f"`{g}`" for g in spec.writable),
            "spec_dir": spec_rel,
            "generated_dir": generated_dir,
            "profile": config.profile,
            "gates": gates_text(config.thresholds),
        }
    )


def _example(example: Any) -> str:
    args = ", ".join(f"{k}={v!r}" for k, v in example.args.items())
    outcome = f"raises {example.raises}" if example.raises else f"returns {example.returns!r}"
    return f"`{example.function}({args})` {outcome}"

"""The ``boilerplate`` step: remove UI text (``light``) or extract the main content."""

from __future__ import annotations

from cleantext.boilerplate.light import find_ui_lines
from cleantext.boilerplate.patterns import Patterns
from cleantext.config import Config
from cleantext.edits import Edit

__all__ = ["Patterns", "run_step"]


def run_step(text: str, config: Config) -> list[list[Edit]]:
    """The ``boilerplate`` step for the pipeline."""
    if config.preset == "none":
        return []
    patterns = Patterns.builtin()
    if config.boilerplate.extra_patterns:
        patterns = patterns.with_extra(config.boilerplate.extra_patterns)
    passes = []
    if config.rule_enabled("ui-strings"):
        edits = find_ui_lines(text, patterns)
        if edits:
            passes.append(edits)
    return passes

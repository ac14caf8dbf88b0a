"""The ``boilerplate`` step: remove UI text (``light``) or extract the main content."""

from __future__ import annotations

from cleantext.boilerplate.extract import HEAD, MENU, TAIL, find_main_content
from cleantext.boilerplate.light import find_ui_lines
from cleantext.boilerplate.patterns import Patterns
from cleantext.config import Config
from cleantext.edits import Edit

__all__ = ["Patterns", "find_main_content", "find_ui_lines", "run_step"]


def _patterns(config: Config) -> Patterns:
    patterns = Patterns.builtin()
    if config.boilerplate.extra_patterns:
        patterns = patterns.with_extra(config.boilerplate.extra_patterns)
    return patterns


def run_step(text: str, config: Config) -> list[list[Edit]]:
    """The ``boilerplate`` step for the pipeline.

    ``extract`` first keeps the main content, then both presets remove UI lines left in it.
    """
    if config.preset == "none":
        return []
    patterns = _patterns(config)
    passes: list[list[Edit]] = []
    if config.preset == "extract":
        enabled = frozenset(r.name for r in (HEAD, TAIL, MENU) if config.rule_enabled(r.name))
        edits = find_main_content(text, patterns, enabled=enabled)
        if edits:
            passes.append(edits)
            from cleantext.edits import apply_edits

            text = apply_edits(text, edits)
    if config.rule_enabled("ui-strings"):
        edits = find_ui_lines(text, patterns)
        if edits:
            passes.append(edits)
    return passes

"""The ``normalize`` step: fix artifacts without removing content.

Normalizers run in a fixed order; each is a pure function ``text -> list[Edit]`` (edits in the
coordinates of the text it receives) registered as a rule, so each can be switched off.

>>> normalize("Fish &amp; chips ,  caf\\u00c3\\u00a9 .")
'Fish & chips, café.'
>>> normalize("Nothing to fix here.")
'Nothing to fix here.'
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from cleantext.config import Config, NormalizeOptions
from cleantext.edits import Edit, apply_edits
from cleantext.normalizers.capitalize import capitalize_sentences
from cleantext.normalizers.encoding import fix_encoding
from cleantext.normalizers.entities import decode_entities
from cleantext.normalizers.invisible import remove_control, remove_invisible
from cleantext.normalizers.punctuation import (
    doubled_punct,
    missing_space_after_period,
    space_before_punct,
)
from cleantext.normalizers.whitespace import (
    collapse_blank_lines,
    collapse_spaces,
    space_beside_nbsp,
    strip_trailing,
)

__all__ = ["fix_and_explain", "normalize", "normalizers"]

Fixer = Callable[[str], list[Edit]]

#: rounds of all normalizers at most (a round that changes nothing ends the loop)
MAX_ROUNDS = 3


def normalizers(options: NormalizeOptions | None = None) -> list[tuple[str, Fixer]]:
    """The normalizers in the order they run, as ``(rule name, fixer)`` pairs."""
    profile = (options or NormalizeOptions()).profile
    return [
        ("html-entities", decode_entities),
        ("mojibake", partial(fix_encoding, profile=profile)),
        ("zero-width", remove_invisible),
        ("control-chars", remove_control),
        ("doubled-punct", doubled_punct),
        ("space-before-punct", space_before_punct),
        ("space-after-period", missing_space_after_period),
        ("space-beside-nbsp", space_beside_nbsp),
        ("collapse-spaces", collapse_spaces),
        ("trailing-whitespace", strip_trailing),
        ("blank-lines", collapse_blank_lines),
        ("capitalize-sentence", capitalize_sentences),
    ]


def run_step(text: str, config: Config) -> list[list[Edit]]:
    """Run every enabled normalizer; returns one list of edits per pass that changed text.

    One fix can expose another (removing a control character can complete a mojibake
    sequence), so the normalizers run again, up to :data:`MAX_ROUNDS` times, until a round
    changes nothing. That keeps ``normalize`` idempotent.
    """
    fixers = [(n, f) for n, f in normalizers(config.normalize) if config.rule_enabled(n)]
    passes: list[list[Edit]] = []
    for _ in range(MAX_ROUNDS):
        changed = False
        for _name, fixer in fixers:
            edits = fixer(text)
            if edits:
                passes.append(edits)
                text = apply_edits(text, edits)
                changed = True
        if not changed:
            break
    return passes


def fix_and_explain(text: str, *, profile: str = "default") -> tuple[str, list[Edit]]:
    """Normalize ``text`` and return it with the edits made, like ``ftfy.fix_and_explain``.

    >>> fixed, edits = fix_and_explain("a  b")
    >>> fixed, [e.rule for e in edits]
    ('a b', ['collapse-spaces'])
    """
    from cleantext.pipeline import Cleaner

    result = Cleaner(Config(normalize=NormalizeOptions(profile=profile), steps=("normalize",)))
    doc = result.clean_document(text)
    return doc.text, list(doc.edits)


def normalize(text: str, *, profile: str = "default") -> str:
    """Run the normalizers alone. ``profile="ftfy"`` follows ftfy's conventions."""
    return fix_and_explain(text, profile=profile)[0]

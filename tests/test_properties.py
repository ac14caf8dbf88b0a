"""Invariants over generated text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Cleaner, replay

_words = st.sampled_from(
    [
        "le",
        "gouvernement",
        "Iran",
        "a",
        "nié",
        "the",
        "report",
        "said",
        "Straße",
        "año",
        "10",
        "3.14",
        "U.S.",
        "e.g.",
        "café",
        "«",
        "»",
        "&amp;",
        "Ã©",
        "\u00a0",
        "\u200b",
        "like",
        "wow",
    ]
)
_seps = st.sampled_from([" ", "  ", ". ", ", ", " ,", "..", "\n", "\n\n", "\n\n\n", "?", "!"])
prose = st.lists(st.tuples(_words, _seps), max_size=60).map(
    lambda parts: "".join(w + s for w, s in parts)
)
anything = st.text(max_size=300)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(prose, anything))
def test_clean_is_idempotent_and_explained(text: str) -> None:
    doc = Cleaner().clean_document(text)
    assert replay(text, doc.edits) == doc.text
    assert cleantext.clean(doc.text) == doc.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.from_regex(r"[A-Za-z][a-z]{1,8}", fullmatch=True), min_size=1, max_size=30))
def test_simple_sentences_unchanged(words: list[str]) -> None:
    text = words[0].capitalize() + "".join(" " + w.lower() for w in words[1:]) + "."
    assert cleantext.clean(text) == text


def _ui_lines() -> list[str]:
    """Every strong whole-line UI string of the data file (the light preset removes each)."""
    from cleantext.boilerplate.patterns import Patterns

    exact = Patterns.builtin()._exact
    return sorted(key for key, match in exact.items() if match.strength == "line" and key)


_QUOTES = st.sampled_from([('"', '"'), ("“", "”"), ("„", "“"), ("« ", " »"), ("»", "«")])


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_ui_lines()), _QUOTES, st.sampled_from(["", ".", " is what it said."]))
def test_a_quoted_ui_string_in_prose_is_kept(ui: str, quotes: tuple[str, str], tail: str) -> None:
    """adv20: light removed a story's line that quotes a UI string ('"You have reached your
    article limit."'); a line that opens with a quotation is prose, whatever it quotes."""
    line = f"{quotes[0]}{ui.capitalize()}{quotes[1]}{tail}"
    text = f"The council said so on Tuesday, and nobody was surprised by it.\n\n{line}\n"
    assert cleantext.clean(text) == text

"""The site's appeals to the reader inside the article, for ``extract`` (``extract-appeal``).

A page rendered as text keeps, between an article's paragraphs or under its last one, single
lines in which the site asks the reader for something: to share or rate the article
("Artikel gefallen? Vergiss nicht zu teilen!", "Was this article helpful?"), to comment on it
("Let us know in the comments"), to follow its channels ("Get the latest news straight to your
phone with our app", "Sieh dir diesen Beitrag auf Instagram an", an embed's placeholder), to
pay for it ("Unterstützen Sie unabhängigen Journalismus!", "Jetzt spenden!"), or to read
another of its stories ("Das könnte dich auch interessieren:"). They read as sentences, so the
article's run takes them in. A line of at most ``MAX_WORDS`` words with a phrase of the data
file's ``[appeal]`` list goes as ``extract-appeal``; the phrases speak of this article, this
site or its channels, so a story that quotes "support us" or speaks of sharing stays.

>>> is_appeal("Artikel gefallen? Vergiss nicht zu teilen!")
True
>>> is_appeal("The mayor asked residents to share the ferry with cyclists.")
False
"""

from __future__ import annotations

from functools import lru_cache

from cleantext.boilerplate._examples import PROSE, PROSE_END
from cleantext.boilerplate.patterns import (
    Anchors,
    KeyIndex,
    data_keys,
    lines_containing,
    normalize_line,
)
from cleantext.data import boilerplate_table
from cleantext.rules import Rule, register

__all__ = ["APPEAL", "MAX_WORDS", "appeal_lines", "is_appeal", "phrase_list", "whole_lines"]

MAX_WORDS = 40

APPEAL = register(
    Rule(
        "extract-appeal",
        "boilerplate",
        "extract preset: remove the site's appeals to the reader inside the main content (to "
        "share, comment, follow, donate or read more: 'Did you enjoy this article? Share "
        "it!', 'Support independent journalism').",
        preset="extract",
        examples=(
            (
                PROSE
                + "Did you enjoy this article? Share this article with a friend!\n\n"
                + PROSE_END,
                PROSE + PROSE_END,
            ),
        ),
    )
)


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases (normalised, as word tuples) by their first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in {normalize_line(w) for w in boilerplate_table()["appeal"]["phrases"]}:
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def whole_lines() -> frozenset[str]:
    """The data file's ``[appeal] whole_lines``, normalised: an appeal only as the whole line,
    looked up by a line's key inside the main content (no phrase search over the page: their
    words, "article", "content", "images", are common)."""
    return data_keys("appeal", "whole_lines")


def phrase_list() -> list[str]:
    """The appeal phrases, normalised (their words joined by single spaces)."""
    return _anchors().phrases


@lru_cache(maxsize=1)
def _anchors() -> Anchors:
    """The phrases by their longest word: a phrase found as whole words of a key (a run of
    its space-separated words) has each of its words as a whole word of the key."""
    return Anchors(sorted(" ".join(p) for ps in _phrases().values() for p in ps))


def appeal_lines(keys: list[str], index: KeyIndex | None = None) -> dict[int, str]:
    """The appeal phrase (:func:`appeal_phrase`) of each of the ``keys`` (normalised lines)
    that has one, by index, found with a few substring searches over all of them: only the
    phrases whose longest word is a word of some key are looked for, and only the keys that
    contain one are looked at (``index``: ``KeyIndex(keys)`` if the caller has it).

    >>> appeal_lines(["share this article", "the ferry is free", "donate now"])
    {0: 'share this article', 2: 'donate now'}
    """
    index = index or KeyIndex(keys)
    runs = index.runs()
    needles = _anchors().needles(None if runs is None else set(runs))
    maybe = sorted(lines_containing(index.joined, needles, keys))
    found = {i: appeal_phrase(keys[i], keys[i]) for i in maybe}
    return {i: phrase for i, phrase in found.items() if phrase is not None}


def appeal_phrase(line: str, key: str = "") -> str | None:
    """The appeal phrase of a line of at most ``MAX_WORDS`` words, or ``None`` (``key``: the
    line's normalised form, if known). Whole words: a word-by-word look-up of each phrase's
    first word (a line has few words; one regex of every phrase tried at each character of
    each line of the article cost more than the rest of the rule)."""
    key = key or normalize_line(line)
    if not key or key.count(" ") >= MAX_WORDS:
        return None
    if key in whole_lines():  # ("Social Sharing": the whole line, never part of a sentence)
        return key
    words = key.split()
    phrases = _phrases()
    if phrases.keys().isdisjoint(words):
        return None
    for i, word in enumerate(words):
        for phrase in phrases.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                return " ".join(phrase)
    return None


def is_appeal(line: str, key: str = "") -> bool:
    """A line of at most ``MAX_WORDS`` words with an appeal phrase."""
    return appeal_phrase(line, key) is not None

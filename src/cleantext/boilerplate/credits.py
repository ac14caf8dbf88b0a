"""Photo credits inside the main content, for the ``extract`` preset (``extract-credit``).

A whole page rendered as text keeps the credit line under each picture ("Photo: Jane Doe/AP",
"(Foto: Getty)", "Photograph by Jane Doe"). Inside the article they are no part of it (an
article's text does not include its captions), and their line is short, so nothing else
removes it. A credit line starts with a label of the data file's ``[credit] labels`` (after an
opening bracket, if any) followed by ``:``, ``©`` or ``by``, and has at most ``MAX_WORDS``
words. A sentence that starts with "Photos of ..." or "Images from the probe show ..." has no
such label and stays.

>>> is_credit("Photo: Jane Doe/AP"), is_credit("(Foto: Getty)"), is_credit("Bild © dpa")
(True, True, True)
>>> is_credit("Photos of the flood were shared thousands of times on Sunday.")
False
"""

from __future__ import annotations

from functools import lru_cache

import regex

from cleantext.data import alternation, boilerplate_table
from cleantext.rules import Rule, register

__all__ = ["CREDIT", "is_credit"]

MAX_WORDS = 12

_EX = (
    "The council voted on Tuesday to close the old bridge over the river, which is now too "
    "weak for the buses.\n\nResidents said that they were worried about the long detour that "
    "the closure would mean for them and the shops.\n\n"
)
_EX2 = (
    "The mayor said that a new bridge would be built by the end of the decade, and that a "
    "ferry would run until then.\n"
)
CREDIT = register(
    Rule(
        "extract-credit",
        "boilerplate",
        "extract preset: remove photo credit lines inside the main content ('Photo: Jane "
        "Doe/AP', '(Foto: Getty)').",
        preset="extract",
        examples=((_EX + "Photo: Jane Doe/AP\n\n" + _EX2, _EX + _EX2),),
    )
)


@lru_cache(maxsize=1)
def _label() -> regex.Pattern[str]:
    alts = alternation(boilerplate_table()["credit"]["labels"])
    return regex.compile(rf"^[(\[]?(?:{alts})\s*(?::|©|by\b)", regex.IGNORECASE)


def is_credit(line: str) -> bool:
    """A short line that is a photo credit: a label, then ':', '©' or 'by'."""
    text = line.strip()
    return _label().match(text) is not None and len(text.split()) <= MAX_WORDS

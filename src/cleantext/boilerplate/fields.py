"""A table of fields that ends the article, for the ``extract`` preset.

A product page, a test report or a game guide ends its text with a table of fields
("Farbe: grün" / "Penetration: 220 – 250" / "Lieferbar: 12 ml, 125 ml"). Plain text loses the
table: its rows are short lines with no full stop, like a menu, and the tail was cut before
them. ``extract._extend_list`` counts such a row as an item of a list that continues the
article: a label of one to ``MAX_LABEL_WORDS`` words that starts with a letter, ':' and a
value of at most ``MAX_VALUE_WORDS`` words. The label must not be a contact or metadata label
of the data file's ``[fields] not_labels`` ("Tel", "E-Mail", "Tags", "Posted in": the
footer's address block and the post's tags are no table of the article) nor a UI string.
A row whose value is empty ("Öffnung in mm:", a field the page left blank) between two rows
does not end the table (``is_blank_field``), though it is no row itself. Off with
``Weights.fields=False`` (``extract_off = ["fields"]``); the tail note of ``explain`` counts
the rows.

>>> is_field("Farbe: grün"), is_field("Penetration: 220 – 250")
(True, True)
>>> is_field("Tel.: +49 30 1234567"), is_field("Tags: news, sport")
(False, False)
>>> is_field("He said: we will win the next game, and then the cup after that one too.")
False
"""

from __future__ import annotations

from functools import lru_cache

import regex

from cleantext.boilerplate.patterns import Patterns, normalize_line
from cleantext.data import boilerplate_table

__all__ = ["MAX_LABEL_WORDS", "MAX_VALUE_WORDS", "MIN_ROWS", "is_blank_field", "is_field"]

MAX_LABEL_WORDS = 3
MAX_VALUE_WORDS = 8
MIN_ROWS = 3  # rows in a row: a list of headlines has a colon in one or two of them
#: "Label: value": a label that starts with a letter and has no sentence end, then a value
#: to the line's end (that only white space may follow, as ``_END`` tells: ``(\S.*?)\s*$``
#: took time quadratic in a run of spaces inside the value, 4 s for 20,000)
_FIELD = regex.compile(r"^\s*(\p{L}[^:.!?\n]{0,40}?)\s*:\s*(\S.*)")
_END = regex.compile(r"\s*")
_BLANK = regex.compile(r"^\s*(\p{L}[^:.!?\n]{0,40}?)\s*:\s*$")


@lru_cache(maxsize=1)
def _not_labels() -> frozenset[str]:
    return frozenset(normalize_line(w) for w in boilerplate_table()["fields"]["not_labels"])


def is_field(text: str, patterns: Patterns | None = None) -> bool:
    """A row of a table of fields: "Label: value" with a short label that is no contact,
    metadata or UI label, and a short value."""
    found = _FIELD.match(text)
    if found is None or _END.fullmatch(text, found.end()) is None:
        return False
    label, value = found.group(1), found.group(2)
    if len(label.split()) > MAX_LABEL_WORDS or len(value.split()) > MAX_VALUE_WORDS:
        return False
    key = normalize_line(label)
    if key in _not_labels():
        return False
    return patterns is None or patterns.match(label) is None


def is_blank_field(text: str) -> bool:
    """A row of a table of fields whose value is empty: a short label and ':' alone
    ("Öffnung in mm:"); it does not end a table it is inside of.

    >>> is_blank_field("Öffnung in mm:"), is_blank_field("Öffnung in mm: 80")
    (True, False)
    """
    found = _BLANK.match(text)
    return found is not None and len(found.group(1).split()) <= MAX_LABEL_WORDS

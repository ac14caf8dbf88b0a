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

A row whose value lists names (``is_name_list``, ``name-lists``: a match report's lineups,
"Harbourside: Lowe; Kent, Adeyemi, ..."; a film's cast) is a row of such a table however long
its value, and the article ends with that table: a league table after it is the page's. Off
with ``Weights.name_lists=False`` (``extract_off = ["name-lists"]``).

A product's specification table is often rendered with its label and value on lines of their
own ("Weight" / "1.2 kg" / "Battery" / "5000 mAh"; ``paired_rows``, ``paired-fields``): a run
of ``MIN_ROWS`` or more pairs, each a label (one to ``PAIR_LABEL_WORDS`` words, no figure, no
sentence end, not a ``not_labels`` one, none twice) and a short value, of which at least
``MIN_MEASURES`` values are a measure (a figure and a unit of the data file's ``[fields]
units``: "1,7 Liter", "2200 Watt") in two units or more, counts as rows of a table of
fields too, and its lines are no menu. A menu has no measures, a list of products has prices
and a list of events dates (no unit), a widget measures one quantity of many things ("London"
/ "12 °C" / "Paris" / "15 °C"), a list of teasers repeats its labels, and the footer's
"Phone" / "0800 123 4567" / "Email" block has contact labels. Off with
``Weights.paired_fields=False`` (``extract_off = ["paired-fields"]``).

>>> is_field("Farbe: grün"), is_field("Penetration: 220 – 250")
(True, True)
>>> is_field("Tel.: +49 30 1234567"), is_field("Tags: news, sport")
(False, False)
>>> is_field("He said: we will win the next game, and then the cup after that one too.")
False
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from cleantext.boilerplate.patterns import Patterns, data_keys, normalize_line
from cleantext.data import boilerplate_table
from cleantext.sentences import ENDS

__all__ = [
    "MAX_LABEL_WORDS",
    "MAX_VALUE_WORDS",
    "MIN_ROWS",
    "is_blank_field",
    "is_field",
    "is_name_list",
    "may_hold_pairs",
    "paired_rows",
]

MAX_LABEL_WORDS = 3
MAX_VALUE_WORDS = 8
MIN_ROWS = 3  # rows in a row: a list of headlines has a colon in one or two of them
#: "Label: value": a label that starts with a letter and has no sentence end, then a value
#: to the line's end (that only white space may follow, as ``_END`` tells: ``(\S.*?)\s*$``
#: took time quadratic in a run of spaces inside the value, 4 s for 20,000)
_FIELD = regex.compile(r"^\s*(\p{L}[^:.!?\n]{0,40}?)\s*:\s*(\S.*)")
_END = regex.compile(r"\s*")
_BLANK = regex.compile(r"^\s*(\p{L}[^:.!?\n]{0,40}?)\s*:\s*$")


PAIR_LABEL_WORDS = 4  # "What's in the box"
MIN_MEASURES = 2  # values of a paired table that are a figure and a unit


@lru_cache(maxsize=1)
def _measure() -> regex.Pattern[str]:
    """A figure and a unit of ``[fields] units`` ("1.2 kg", "5000 mAh", "12 x 18 cm"): a
    figure, up to two more joined by "x", and the unit as a whole word (alternatives of
    literal words after a figure: linear)."""
    units = sorted(boilerplate_table()["fields"]["units"], key=len, reverse=True)
    alt = "|".join(regex.escape(u) for u in units)
    figure = r"\d+(?:[.,]\d+)?"
    return regex.compile(
        rf"(?<![\p{{L}}\d]){figure}(?:\s?[x×]\s?{figure}){{0,2}}\s?({alt})(?![\p{{L}}\d])",
        regex.IGNORECASE,
    )


def is_measure(text: str) -> bool:
    """A value that holds a figure and a unit ("1,1 kg", "Up to 40 hours", "2200 Watt").

    >>> is_measure("1,1 kg"), is_measure("12 x 12 x 18 cm"), is_measure("5000 mAh lithium-ion")
    (True, True, True)
    >>> is_measure("£19.99"), is_measure("Friday 20 March 2026"), is_measure("Silber")
    (False, False, False)
    """
    return _measure().search(text) is not None


def _is_label(text: str) -> bool:
    """A label alone on its line: one to ``PAIR_LABEL_WORDS`` words, starting with a letter
    that is no lower-case one (an ingredient, "gehackte Haselnüsse", is no label), no figure,
    no sentence end or comma, not a contact or metadata label."""
    text = text.strip().rstrip(":").rstrip()
    if not text[:1].isalpha() or text[0].islower() or len(text.split()) > PAIR_LABEL_WORDS:
        return False
    if text[-1] in ENDS or "," in text or any(c.isdigit() for c in text):
        return False
    return normalize_line(text) not in data_keys("fields", "not_labels")


def _is_value(text: str) -> bool:
    """A value alone on its line: one to ``MAX_VALUE_WORDS`` words, no sentence end."""
    text = text.strip()
    return bool(text) and len(text.split()) <= MAX_VALUE_WORDS and text[-1] not in ENDS


def paired_rows(texts: Sequence[str]) -> list[int]:
    """The positions in ``texts`` (a page's lines, blank ones left out) of the rows of tables
    whose labels and values are on lines of their own: ``MIN_ROWS`` or more pairs in a row,
    ``MIN_MEASURES`` or more of their values measures, no label twice (a list of teasers
    repeats its button: "Cook now" / "Time 20m" / "Fish soup" / "Level" / "Cook now").

    >>> paired_rows(["Specs", "Weight", "1.2 kg", "Battery", "5000 mAh", "Colour", "Red", "Share"])
    [1, 2, 3, 4, 5, 6]
    >>> paired_rows(["Phone", "0800 123 4567", "Email", "a@b.com", "Address", "1 Mill Lane"])
    []
    >>> paired_rows(["Lantern", "£24.99", "Head Torch", "£19.99", "Tent", "£99.00"])
    []
    >>> paired_rows(["300 ml", "Milk", "80 g", "Oats", "20 g", "Nuts", "2 tbsp", "Honey"])
    []
    >>> paired_rows(["Soup", "20 min", "Cook now", "1 h", "Rice", "2 h", "Cook now", "1 h"])
    []
    >>> paired_rows(["Zutaten", "300 ml", "Milch", "80 g", "gehackte Nüsse", "20 g", "Honig"])
    []
    """
    found: list[int] = []
    i = 0
    while i + 1 < len(texts):
        j, labels, again = i, set(), False
        while j + 1 < len(texts) and _is_label(texts[j]) and _is_value(texts[j + 1]):
            again = texts[j] in labels  # a list of teasers with one button or field each
            if again:
                break
            labels.add(texts[j])
            j += 2
        pairs = (j - i) // 2
        # (a measure right before the first label pairs the lines the other way: "300 ml" /
        # "Haferdrink" / "80 g" / "Haferflocken" is an ingredient list, quantity first)
        after_measure = i > 0 and is_measure(texts[i - 1])
        table = pairs >= MIN_ROWS and not (again or after_measure)
        if table and _measures(texts[i + 1 : j : 2]):
            found.extend(range(i, j))
            i = j
        else:
            i += 1
    return found


def may_hold_pairs(text: str) -> bool:
    """``text`` (lines joined) has measures in two units or more: it may hold a paired
    table (``paired_rows`` finds none in a text without).

    >>> may_hold_pairs("Weight\\n1.2 kg\\nSize\\n18 cm"), may_hold_pairs("Share\\n© 2026")
    (True, False)
    """
    units = set()
    for found in _measure().finditer(text):
        units.add(found.group(1).casefold())
        if len(units) >= 2:
            return True
    return False


def _measures(values: Sequence[str]) -> bool:
    """``MIN_MEASURES`` or more of ``values`` are measures, in two units or more: a table
    of a thing's properties measures different quantities, a widget ("London" / "12 °C" /
    "Paris" / "15 °C") one quantity of many things.

    >>> _measures(["1.2 kg", "18 cm", "Red"]), _measures(["12 °C", "15 °C", "9 °C"])
    (True, False)
    """
    found = [m for m in map(_measure().search, values) if m is not None]
    units = {m.group(1).casefold() for m in found}
    return len(found) >= MIN_MEASURES and len(units) >= 2


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
    if key in data_keys("fields", "not_labels"):
        return False
    return patterns is None or patterns.match(label) is None


#: a part in brackets inside a list of names ("Barnes (Ward 80)": the substitute): left out
_BRACKETED = regex.compile(r"\([^()\n]*\)")
#: what parts the names of a list: ";" between a team's lines, "," and "–" inside them (the
#: white space around them is stripped from the parts: ``\s*[;,]\s*`` is quadratic in a run
#: of spaces with no separator after it)
_NAME_SEPARATORS = regex.compile(r"[;,–—]")
MIN_NAMES = 5  # names in the value of a row that lists names (``is_name_list``)
MAX_NAME_WORDS = 3  # words of one name ("Jamie Price", "Virgil van Dijk")


def is_name_list(text: str) -> bool:
    """A row whose value lists names, however long: "Label: Name; Name, Name (Name 80); ..."
    with ``MIN_NAMES`` names or more, each of one to ``MAX_NAME_WORDS`` words and ending in a
    capitalised word; parts in brackets are left out and a full stop may end the row (a
    match report's lineups, a film's cast, a jury). The label is a field's label (no
    contact or metadata label: "Tags: ..." lists no table of the article).

    >>> is_name_list("Harbourside: Lowe; Kent, Adeyemi, Marsh, Doyle; Reid, Barnes (Ward 80).")
    True
    >>> is_name_list("Tags: Football, League One, Harbourside, Millbrook, Okafor, Reid")
    False
    >>> is_name_list("Also read: Rovers win again, Town lose at home, cup draw made, new coach")
    False
    """
    found = _FIELD.match(text)
    if found is None or len(found.group(1).split()) > MAX_LABEL_WORDS:
        return False
    if normalize_line(found.group(1)) in data_keys("fields", "not_labels"):
        return False
    value = _BRACKETED.sub(" ", found.group(2)).strip().rstrip(".")
    names = _NAME_SEPARATORS.split(value)
    return len(names) >= MIN_NAMES and all(map(_is_name, names))


def _is_name(part: str) -> bool:
    """One name of a list: one to ``MAX_NAME_WORDS`` words, the last capitalised, no figure
    ("van Dijk" may start lower-case)."""
    words = part.split()
    if not 0 < len(words) <= MAX_NAME_WORDS or any(c.isdigit() for c in part):
        return False
    return words[-1][0].isupper() and all(w[0].isalpha() for w in words)


def is_blank_field(text: str) -> bool:
    """A row of a table of fields whose value is empty: a short label and ':' alone
    ("Öffnung in mm:"); it does not end a table it is inside of.

    >>> is_blank_field("Öffnung in mm:"), is_blank_field("Öffnung in mm: 80")
    (True, False)
    """
    found = _BLANK.match(text)
    return found is not None and len(found.group(1).split()) <= MAX_LABEL_WORDS

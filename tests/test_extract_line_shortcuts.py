"""The shortcuts of the extract preset's line-shape tests (``extract._is_enum``,
``is_quantity``, ``_has_figures``) answer what their patterns answer.

Each skips its pattern when a cheap look at the line proves it cannot match (a line that
starts with a letter, a line without the separators); these tests compare each with the
plain pattern on generated lines full of the characters the patterns care about, and check
the property of ``str.isalpha`` the shortcuts rest on for every code point.
"""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleantext.boilerplate import extract

PIECES = [*"aZé1٣½ .,:;)•-–*\t", "200 g", "1/2 cup", "a) ", "Q: ", "2. ", "Ⅻ", "é.", "g:"]


def test_every_alphabetic_character_is_a_letter_of_the_patterns() -> None:
    """The shortcuts take a line that starts with a character of ``str.isalpha`` for one
    that starts with a ``\\p{L}`` (``regex`` module, its own Unicode data): sound only if
    every such character is one, checked for every code point."""
    letter = regex.compile(r"\p{L}")
    odd = [hex(c) for c in range(0x110000) if chr(c).isalpha() and not letter.match(chr(c))]
    assert odd == []


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
@example("a) first")
@example("a)first")
@example("Home")
@example("½ cup milk")
@example("Stage 4: 6 May")
@example("4; 6")
def test_line_shape_shortcuts_are_the_patterns(line: str) -> None:
    text = line.strip()
    assert extract._is_enum(text) == (extract._ENUM.match(text) is not None)
    quantity = extract._shapes().quantity
    assert extract.is_quantity(line) == (quantity.match(text) is not None)
    digit, inner = extract._DIGIT.search(text), extract._INNER.search(text)
    assert extract._has_figures(text) == (text.count(",") >= 2 or bool(digit and inner))


def test_shortcut_positives_and_near_misses() -> None:
    """A letter with ')' after it is an item, a word is not; a quantity after a bullet is
    one, a word before it is not; figures after ';' count, figures without ',:;' do not."""
    assert extract._is_enum("b) second") and not extract._is_enum("bb) second")
    assert extract.is_quantity("- 200 g Zucker") and not extract.is_quantity("Zucker 200 g")
    assert extract._has_figures("Rome; 6 May") and not extract._has_figures("Rome - 6 May")


def _is_item_plain(line: str) -> bool:
    """``extract._is_item`` without its shortcut (its definition)."""
    text = line.strip()
    if not (extract._is_enum(text) or extract._has_figures(text) or extract.is_quantity(text)):
        return False
    label = extract._LABEL.match(text)
    return label is None or extract.Patterns.builtin().match(label.group(1)) is None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "Tags: ", "Home"]), max_size=8).map("".join))
@example("Home")
@example("a) first")
@example("Tags: news, sport")
def test_item_shortcut_is_the_definition(line: str) -> None:
    assert extract._is_item(line, extract.Patterns.builtin()) == _is_item_plain(line)


def test_item_shortcut_positive_and_near_miss() -> None:
    """A word line is no item; the same words with figures and a ';' are one."""
    patterns = extract.Patterns.builtin()
    assert not extract._is_item("Weather forecast", patterns)
    assert extract._is_item("Stage 4; 6 May", patterns)


#: the characters of a quantity's head and the units' first letters, in both cases
QUANTITY_PIECES = [
    *"1٣½⅔ .,/-–x×X\t\u00a0(•",
    "2019",
    "12",
    "g",
    "G",
    "tbsp",
    "TSP",
    "Cup",
    "ł",
    "Ł",
    "ст",
    "Ст",
    "december",
    "was",
    "zehe",
    "ml.",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(QUANTITY_PIECES), max_size=9).map("".join))
@example("2 x 400 g tins")
@example("1-2 TSP salt")
@example("12 December 2019")
@example("1.5 Ł")
def test_quantity_head_matches_every_quantity(line: str) -> None:
    """``Shapes.quantity_head`` is a necessary test: each line ``quantity`` matches, it
    matches too (``is_quantity`` answers the pattern's answer)."""
    shapes = extract._shapes()
    if shapes.quantity.match(line) is not None:
        assert shapes.quantity_head.match(line) is not None
    text = line.strip()
    assert extract.is_quantity(line) == (shapes.quantity.match(text) is not None)


def test_quantity_head_positive_and_near_miss() -> None:
    """A figure then a unit's first letter (in any case) is looked at; a year then a word
    that starts no unit is not."""
    head = extract._shapes().quantity_head
    assert head.match("2 x 400 G tins") and extract.is_quantity("2 x 400 G tins")
    assert head.match("2019 was a good year") is None
    assert head.match("12 December 2019") and not extract.is_quantity("12 December 2019")

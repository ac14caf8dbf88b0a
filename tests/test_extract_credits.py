"""``extract-credit``: photo credit lines inside the main content go ("Photo: Jane Doe/AP",
"(Foto: Getty)", "Photograph by ...", "Jane Doe/Pool/Getty Images": a name, then a photo
agency after '/', '|' or "via"); near misses: sentences that start with "Photos of" or
"Images from" or end in an agency after a full stop or after "via" in a sentence, a fact box's
field ("Facilities: Spa / Pool"), a list of amenities ("Spa | Gym | Pool"), and a credit line
outside the extract preset, stay."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from _pages import FOOTER, MENU, STORY
from _pages import lines_page as _page
from cleantext import Cleaner
from cleantext.boilerplate.credits import (
    _label,
    _may_open_label,
    is_caption,
    is_credit,
)
from cleantext.boilerplate.features import PageFeatures
from cleantext.boilerplate.patterns import Patterns
from cleantext.boilerplate.stopwords import Stopwords
from cleantext.data import boilerplate_table


@pytest.mark.parametrize(
    "credit",
    ["Photo: Jane Doe/AP", "(Foto: Getty)", "Photograph by Jane Doe", "Bild: dpa",
     "Image credit: NASA/JPL", "Фото: ТАСС", "Screenshot by Jane Doe/Example Games",
     "Jane Doe/Pool/Getty Images", "Jane Doe | Bloomberg | Getty Images", "John Roe / AP",
     "AFP via Getty Images", "New York State Registry via AP", "photo: jdoe via Pixabay",
     "Reuters/Pool/AFP", "Photos by Jane Doe.", "Photo by Jane Doe/Reuters",
     "Photo by the author.", "Photograph by Jane Doe for Example News."],
)  # fmt: skip
def test_a_credit_line_inside_the_article_goes(credit: str) -> None:
    page = _page(MENU, STORY[:1], (credit,), STORY[1:], FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY)
    assert credit not in out
    rules = [e.rule for e in Cleaner(preset="extract").clean_document(page).edits]
    assert "extract-credit" in rules


@pytest.mark.parametrize(
    "line",
    [
        "Photos of the flood were shared thousands of times on Sunday.",
        "Images from the probe show a thin ring of dust around the planet.",
        "Bilder der Flut wurden am Sonntag tausendfach geteilt.",
        "Screenshots of the new game were shared thousands of times on Sunday.",
        "The pictures of the flood were sent to the newsroom via AP.",
        "Cameras/phones were not allowed in the court, and the judge sent them to AP",
        # a sentence without its full stop (a subheading, a pull quote) that ends in "via"
        # and an agency: its words before "via" are a sentence's, not a source's name
        "The museum's director said she first saw the prints via AP",
        "They were later shown via Reuters",
        # a fact box's field whose last value is a word that names an agency too
        "Facilities: Spa / Pool",
        # a hotel's amenities under its review, single words split by bars, the last of
        # which names an agency too
        "Spa | Gym | Pool",
        "Garden / Playground / Pool",
        # a label and "by" that open a sentence: a lower-case word after "by" that names
        # nobody, and a full stop
        "Photos by amateurs filled the front pages the next morning.",
        "Photograph by a neighbour shows the car in the river.",
    ],
)
def test_sentences_about_photos_are_no_credits(line: str) -> None:
    assert not is_credit(line)
    page = _page(MENU, STORY[:1], (line,), STORY[1:], FOOTER)
    assert line in cleantext.clean(page, preset="extract")


def test_light_keeps_credit_lines_and_the_rule_can_be_switched_off() -> None:
    page = _page(STORY[:1], ("Photo: Jane Doe/AP",), STORY[1:])
    assert "Photo: Jane Doe/AP" in cleantext.clean(page)
    off = Cleaner(preset="extract", disable=["extract-credit"]).clean(_page(MENU, page.split("\n")))
    assert "Photo: Jane Doe/AP" in off


# --- the page's answers kept by line (``PageFeatures.credit``, ``PageFeatures.caption``) -----

_PIECES = ["Photo", "FOTO", "Bild", "by", "bY", " ", ":", "©", "(", ")", "[", "(c)", "dpa", "AP"]
_PIECES += ["Jane Doe", "/", ".", "The bridge", "\t", "é", "0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=10), max_size=8))
def test_the_page_keeps_the_credit_and_caption_answers(parts: list[list[str]]) -> None:
    page = PageFeatures(Patterns.builtin(), Stopwords.load())
    rows = ["".join(p) for p in parts]
    for _ in range(2):  # asked again: the kept answer
        assert [page.credit(r) for r in rows] == [is_credit(r) for r in rows]
        assert [page.caption(r) for r in rows] == [is_caption(r) and not is_credit(r) for r in rows]


# --- the label's first letters told before the pattern (``credits._may_open_label``) ------


def test_the_label_heads_are_told_by_ascii_case_alone() -> None:
    """An ASCII letter matches, in the label pattern's case folding, its ASCII cases and
    letters beyond ASCII that open no label: a line's first two ASCII letters lowered
    are a label's first two whenever the pattern matches there."""
    labels = boilerplate_table()["credit"]["labels"]
    assert all(len(w) >= 2 and w[0] not in "([" for w in labels)
    ascii_letters = [chr(c) for c in range(128)]
    for c in ascii_letters:
        same = {x for x in ascii_letters if regex.fullmatch(f"(?i){regex.escape(c)}", x)}
        assert same == {c, c.lower(), c.upper()}
    beyond = {x for w in labels for x in w[:2] if not x.isascii()}
    folded = [(x, c) for x in beyond for c in ascii_letters if regex.fullmatch(f"(?i){x}", c)]
    assert not folded


_HEADS = ["(", "[", "Ph", "PH", "ph", "Fo", "İm", "\u212ailde", "ſcreen", "Bi", "Qu", " ", ":"]
_HEADS += ["oto", "ild", "age", "by", "©", "Jane", "фото", "Фото", "x", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_HEADS), max_size=6))
def test_the_first_letters_test_never_turns_a_label_down(parts: list[str]) -> None:
    text = "".join(parts)
    assert _label().match(text) is None or _may_open_label(text)


@pytest.mark.parametrize(
    ("line", "credit"),
    [("\u212ailde: NTB", True), ("Foto: dpa", True), ("[Bild: AP]", True), ("Ein Foto: AP", False)],
)
def test_the_first_letters_test_keeps_the_answers(line: str, credit: bool) -> None:
    assert is_credit(line) is credit
    assert not _may_open_label("Rain fell on Sunday. Foto: dpa")  # (a paragraph: no look)

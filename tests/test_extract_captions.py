"""``extract-caption``: an image caption that ends in its photo credit goes from inside the
main content ("Stau © aremac / Clipdealer", "GdP-Vize René Klemmer. Foto: GdP/Hagen Immel",
"Roman Prymula, photo: Archives du Gouvernement tchèque"); an article's text does not include
its captions. Near misses: a sentence that names a picture ("Das Bild: ein Chaos ohne Ende"),
a list item numbered "(c)", a paragraph whose last sentence goes on after a credit, and the
light preset, keep their lines. The captions are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import cleantext
from _pages import FOOTER, MENU, STORY
from _pages import lines_page as _page
from cleantext import Cleaner
from cleantext.boilerplate.credits import is_caption


@pytest.mark.parametrize(
    "caption",
    [
        "The old bridge at dawn, seen from the ferry pier. Photo: Jane Doe/AP",
        "Stau auf der Brücke am Montagmorgen © Max Muster / Example Pictures",
        "Le vieux pont sous la neige / (C) Marie Dupont",
        "Die Fähre am Anleger. Foto: dpa",
        "El puente viejo, cerrado desde el martes. Foto: Andina",
        "Старый мост зимой. Фото: Иван Петров",
        "(Bildquelle: Stadtarchiv Example)",
        "© Example Pictures",
    ],
)
def test_a_caption_that_ends_in_a_credit_goes(caption: str) -> None:
    page = _page(MENU, STORY[:1], (caption,), STORY[1:], FOOTER)
    doc = Cleaner(preset="extract").clean_document(page)
    assert all(line in doc.text for line in STORY)
    assert caption not in doc.text
    edit = next(e for e in doc.edits if caption in e.before)
    assert edit.rule in ("extract-caption", "extract-credit")
    if edit.rule == "extract-caption":
        assert "ends in a photo credit" in edit.note


@pytest.mark.parametrize(
    "line",
    [
        "Das Bild: ein Chaos ohne Ende",
        "(c) the right to appeal against the decision of the council",
        "The photo: a crowd on the bridge. It was taken on Sunday by a resident.",
        "Copyright © 2024 by the council, which printed the plans and sent them to every home.",
        "Images from the probe show a thin ring of dust around the planet",
    ],
)
def test_lines_that_only_mention_a_picture_stay(line: str) -> None:
    assert not is_caption(line)
    page = _page(MENU, STORY[:1], (line,), STORY[1:], FOOTER)
    assert line in cleantext.clean(page, preset="extract")


def test_light_keeps_captions_and_the_rule_can_be_switched_off() -> None:
    caption = "The old bridge at dawn, seen from the ferry pier. Photo: Jane Doe/AP"
    page = _page(MENU, STORY[:1], (caption,), STORY[1:], FOOTER)
    assert caption in cleantext.clean(page)
    assert caption in Cleaner(preset="extract", disable=["extract-caption"]).clean(page)


def test_a_caption_outside_the_article_goes_with_the_tail_not_as_a_caption() -> None:
    caption = "Stau auf der Brücke am Montagmorgen © Max Muster / Example Pictures"
    page = _page(MENU, STORY, FOOTER, (caption,))
    doc = Cleaner(preset="extract").clean_document(page)
    assert caption not in doc.text
    assert "extract-caption" not in [e.rule for e in doc.edits]


@pytest.mark.parametrize(
    "line",
    ["pour un r√©gime √©quilibr√©.", "soeurs dans la syriennetÃ© comme dans l’humanitÃ©, sans"],
)
def test_the_copyright_sign_of_mojibake_is_no_credit(line: str) -> None:
    # "Ã©" is "é" read in the wrong encoding: the boilerplate step alone (the normalize step
    # would repair it first) keeps the line
    assert not is_caption(line)
    page = _page(MENU, STORY[:1], (line,), STORY[1:], FOOTER)
    assert line in Cleaner(preset="extract", steps=["boilerplate"]).clean(page)


def test_the_credit_is_looked_for_near_the_end_of_the_line() -> None:
    # the quick test before the pattern looks for a label's ':', a '©' or a mark's '(' in the
    # line's last characters: every mark of the data file has one
    from cleantext.data import boilerplate_table

    assert all("©" in m or "(" in m for m in boilerplate_table()["credit"]["caption_marks"])
    words = "the ferry crosses the river every morning while the bridge is closed " * 2
    assert is_caption(f"Photo: the old bridge at dawn, and {words}") is False
    assert is_caption(f"On {words}, the old bridge at dawn. Photo: Jane Doe/AP")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("The old bridge at dawn (C) Jane Doe", True),  # a mark in upper case
        ("The old bridge at dawn (Jane Doe/AP)", True),  # the brackets' credit (caption_tails)
        ("The old bridge at dawn (seen from the ferry)", False),  # a '(' that opens no mark
    ],
)
def test_a_line_whose_bracket_opens_no_mark_is_not_searched_for_one(
    line: str, caption: bool
) -> None:
    # ``_may_end_in_credit``: a line's end without a label's ':', a '©' or a mark in any
    # case holds no credit of the pattern; the brackets' credit is still looked for
    from cleantext.boilerplate.credits import _marks_lowered, _may_end_in_credit

    assert _marks_lowered() is not None  # (the data file's marks: no letter but "c")
    assert _may_end_in_credit(line) is ("(C)" in line)
    assert is_caption(line) is caption


#: labels, marks, sentence ends and names: the pieces of a caption's credit and its near misses
CREDIT_PIECES = [
    "Photo",
    "credit",
    "Foto",
    "Bild",
    ":",
    "：",
    " : ",
    "©",
    "(c)",
    "(C)",
    ".",
    ". ",
    ".\u00a0",
    "?",
    "!",
    ";",
    " ",
    "\u00a0",
    "Jane Doe",
    "AP",
    "dpa",
    "/",
    "2024",
    "the bridge at dawn",
    "x" * 30,
]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(CREDIT_PIECES), max_size=10).map("".join))
@example("The bridge. Photo: Jane Doe/AP")
@example("Here's why:")
@example("Photo: AP. The bridge at dawn.")
@example("The bridge (C) AP")
def test_the_credit_starts_after_the_last_sentence_end(line: str) -> None:
    """``_may_end_in_credit`` is a necessary test: each line end ``_caption()`` finds a
    credit in, it lets through (``is_caption`` answers as the pattern does)."""
    from cleantext.boilerplate.credits import _TAIL, _caption, _may_end_in_credit

    text = line.strip()
    start = max(0, len(text) - _TAIL)
    if _caption().search(text, start) is not None:
        assert _may_end_in_credit(text[start:])


def test_credit_after_the_last_sentence_end_positive_and_near_miss() -> None:
    """A label's ':' with the credit after it is searched; a line that ends in ':' or in a
    sentence after the credit is not."""
    from cleantext.boilerplate.credits import _may_end_in_credit

    assert _may_end_in_credit("The bridge at dawn. Photo: Jane Doe/AP")
    assert is_caption("The bridge at dawn. Photo: Jane Doe/AP")
    assert not _may_end_in_credit("Here is the bridge at dawn:")
    assert not _may_end_in_credit("Photo: Jane Doe/AP. The bridge at dawn!")

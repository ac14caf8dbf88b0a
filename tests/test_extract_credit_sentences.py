"""Issue 14, pages nobody tuned for: a paragraph that starts with "Images" or "Photos" ("Images
with spaces in their path now appear in the preview again.", a line of release notes) matched
the data file's broad credit hint and scored as a menu word, which parted the article's runs:
the notes after the first version went as the tail (``credit-sentences``; written page
``release_notes_en``). Near misses: a
credit line ("Photo: Jane Doe/AP", "Photograph by Jane Doe") stays a hint. Pages written for
these tests."""

from __future__ import annotations

import dataclasses

import cleantext
from _pages import FOOTER, MENU
from _pages import lines_page as _page
from cleantext.boilerplate.extract import WEIGHTS, classify_lines

FIRST = (
    "Version 4.0",
    "Tables can now be sorted by any column from the preview pane of the editor.",
    "A new word-count panel shows the count for the whole document and the selection.",
    "Exports to PDF now keep the internal links between the headings of a document.",
)
SECOND = (
    "Version 3.9",
    "Released 9 January 2026",
    "Fixes",
    "Fixed the colour of inline code in the dark theme on some screens.",
    "Images with spaces in their path now appear in the preview again.",
    "Version 3.8",
    "Plugins can now add their own commands to the command palette of the app.",
    "Front matter in YAML is now shown as a small table at the top of the preview.",
)
NOTES = (
    "Der alte Hafen wird im nächsten Jahr umgebaut, und die Stadt hat dafür die Pläne vorgelegt.",
    "Fotos aus dem Archiv der Stadt zeigen, wie sich der Hafen seit dem Krieg verändert hat.",
    "Die Arbeiten sollen im Frühjahr beginnen und werden nach Angaben der Stadt zwei Jahre dauern.",
)


def _kinds(text: str, **weights: bool) -> dict[str, str]:
    changed = dataclasses.replace(WEIGHTS, **weights)
    return {i.block.text: i.kind for i in classify_lines(text, weights=changed)}


def test_a_paragraph_that_starts_like_a_credit_is_a_paragraph() -> None:
    page = _page(MENU, FIRST, SECOND, FOOTER)
    assert _kinds(page)[SECOND[4]] == "good"
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == [*FIRST[1:], *SECOND]
    # the rule is what makes it one: off, it scores as a menu word (a hint)
    assert _kinds(page, credit_sentences=False)[SECOND[4]] == "hint"


def test_such_a_paragraph_in_another_language_is_a_paragraph() -> None:
    text = _page(("Start", "Politik", "Sport"), NOTES, ("Impressum", "Datenschutz"))
    assert _kinds(text)[NOTES[1]] == "good"


def test_a_credit_line_stays_a_hint() -> None:
    credits = ("Photo: Jane Doe/AP", "Photograph by Jane Doe for the Gazette, 2024.")
    kinds = _kinds(_page(MENU, FIRST[1:], credits, FOOTER))
    assert kinds[credits[0]] == "hint"
    assert kinds[credits[1]] != "good"

"""``untitled-top``: a text's first line right above the article is no title.

A page's first line is its ``<title>``; ``extract``'s own output has none: it starts with what
the first run kept at the top, a question opening the article or an intro kept above a box.
Run again, that line was read as the title and went. Now an opening line (``opening.py``)
that is the text's first line right above the first paragraph stays, and so does a first line
right above the article that is a paragraph ending in its full stop, whatever its length
(``intro._opens``). Near misses: a page's title with its menu under it (a question, or a
sentence with its full stop) still goes. The pages are written for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, blocks_page, extract_with, lines_page, paragraphs_page

FAQ = (
    "Wann wird meine Tonne geleert?",
    "Die Abfuhrtermine für Ihre Straße finden Sie im Abfallkalender, den wir Ihnen jedes Jahr "
    "im Dezember zuschicken. Die Tonnen müssen am Abfuhrtag bis sechs Uhr an der Straße stehen.",
    "Was mache ich, wenn meine Tonne nicht geleert wurde?",
    "Melden Sie sich bitte bis zum folgenden Werktag um zwölf Uhr bei unserem Kundenservice, "
    "dann holen wir die Leerung so bald wie möglich nach und sagen Ihnen vorher Bescheid.",
)
DE_MENU = ("Startseite", "Abfall", "Wasser", "Kontakt", "Suche")
DE_FOOTER = ("Impressum", "Datenschutz", "© 2024 Stadtwerke")

INTRO = (
    "Democrats will keep talking about Social Security until the election, their chairman "
    "said on Friday.",
)
POINTS = (
    "The Social Security Act was signed into law on August 14, 1935",
    "Democrats will talk about the program all through the fall",
    "Republicans have called for a change of the program, including private accounts",
)
STORY = (
    "Washington -- Democrats pledged on Friday to keep Social Security as it is and to talk "
    "about it in every race this fall, as the program turns 75 years old next week.",
    "Their chairman said that the party would remind voters who signed the program into law, "
    "and who wanted to change it, at every meeting and in every advertisement this fall.",
    "Republicans said that the program needs changes if it is to pay for the pensions of "
    "younger workers, and that Democrats were trying to frighten older voters before the vote.",
)


def test_a_question_as_the_first_line_of_extracts_output_stays() -> None:
    page = lines_page(("Abfuhr und Tonnen | Stadtwerke",), DE_MENU, FAQ, DE_FOOTER)
    once = cleantext.clean(page, preset="extract")
    assert once.startswith(FAQ[0]) and "Impressum" not in once
    assert cleantext.clean(once, preset="extract") == once


def test_a_paragraph_with_its_full_stop_as_the_first_line_stays() -> None:
    # the output of a page whose intro was kept above a box of key points: 16 words, a title's
    # length, but ending in a full stop right above the article
    text = blocks_page(INTRO, POINTS, STORY)
    out = cleantext.clean(text, preset="extract")
    assert out.startswith(INTRO[0]) and STORY[-1] in out
    assert cleantext.clean(out, preset="extract") == out


def test_near_miss_a_title_with_its_menu_under_it_goes() -> None:
    # the same first lines as the page's title, a menu between it and the article
    for title in (FAQ[0], INTRO[0]):
        out = cleantext.clean(lines_page((title,), MENU, STORY, FOOTER), preset="extract")
        assert title not in out and STORY[0] in out


def test_near_miss_a_question_over_the_points_is_still_the_title() -> None:
    # a question (no full stop) right above the box of points: a title's shape, it goes
    question = ("Will Democrats keep talking about Social Security until the election?",)
    out = cleantext.clean(blocks_page(question, POINTS, STORY), preset="extract")
    assert question[0] not in out and STORY[0] in out


def test_switched_off_the_first_line_goes_as_the_title_again() -> None:
    text = paragraphs_page(FAQ)
    assert cleantext.clean(text, preset="extract") == text
    assert FAQ[0] not in extract_with(text, untitled_top=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["untitled-top"]}}
    )
    assert FAQ[0] not in cleantext.Cleaner(config).clean(text)
    text = blocks_page(INTRO, POINTS, STORY)
    assert INTRO[0] not in extract_with(text, untitled_top=False)

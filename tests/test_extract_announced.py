"""Issue 14, pattern 2: a list that ends the article, announced by a sentence ending in ':',
stays with it (its Title-Case items looked like a menu and went as ``extract-tail``); near
misses: the same lines with no announcing sentence, under a related-links heading, or after a
blank line that ends the list."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with, tail_edit
from _pages import blocks_page as _page

LEAD = "These are the places that the people of the town say they will miss the most:"
ITEMS = ("The Old Mill Jetty", "The Bridge Cafe and Bakery", "The Dog Beach at Stein")


def test_a_list_announced_at_the_end_of_the_article_stays() -> None:
    out = cleantext.clean(_page(MENU, STORY, (LEAD,), ITEMS, FOOTER), preset="extract")
    for line in (*STORY, LEAD, *ITEMS):
        assert line in out
    assert "Weather" not in out and "Privacy Policy" not in out


def test_the_tail_note_names_the_announced_list() -> None:
    text = _page(MENU, STORY, (LEAD,), ITEMS, FOOTER)
    tail = tail_edit(text)
    assert "list announced at line 11" in tail.note
    assert tail.before.strip().startswith("Privacy Policy")


def test_the_announced_list_can_be_switched_off() -> None:
    text = _page(MENU, STORY, (LEAD,), ITEMS, FOOTER)
    out = extract_with(text, inline_lists=False)
    assert ITEMS[0] not in out


def test_no_announcing_sentence_or_a_related_heading_keeps_no_list() -> None:
    # near misses: the same short lines after the story with no sentence announcing them,
    # or under a related-links heading ending in ':'
    for lead in ((), ("You may also like:",), ("Mehr zu diesem Thema:",)):
        out = cleantext.clean(_page(MENU, STORY, lead, ITEMS, FOOTER), preset="extract")
        assert STORY[-1] in out
        assert ITEMS[1] not in out


def test_a_blank_line_ends_the_announced_list() -> None:
    # the list's items are lines of one block: the footer's block after it does not join
    out = cleantext.clean(_page(MENU, STORY, (LEAD,), ITEMS, FOOTER), preset="extract")
    assert ITEMS[-1] in out
    assert "Terms of Use" not in out


#: a German story (written for this test) that ends with its key facts, a numbered list, and
#: right after it, with no blank line, the site's menu of sections (lines in German sentence
#: case: ``noun-case`` makes the announcing line one, as "The key facts in brief:" is)
GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss abzureißen und "
    "bis zum Jahr 2030 durch einen Neubau zu ersetzen.",
    "Anwohner sagten, sie machten sich Sorgen um den langen Umweg, den die Sperrung für sie, "
    "für die Geschäfte und für die Kinder auf dem Schulweg bedeute.",
    "Der Bürgermeister sagte, bis zur Fertigstellung solle eine Fähre für Fußgänger und "
    "Radfahrer verkehren, die alle zwanzig Minuten fahre.",
)
FACTS = (
    "Das Wichtigste in Kürze:",
    "1. Die Brücke wird ab Juni gesperrt",
    "2. Eine Fähre fährt alle zwanzig Minuten",
    "3. Der Neubau soll 2030 fertig sein",
)
SECTIONS = ("Nachrichten aus der Region", "Sport in der Region", "Leben in der Stadt",
            "Aus dem Rathaus", "Termine für das Wochenende")  # fmt: skip


def test_a_numbered_list_ends_at_its_last_number_before_a_menu() -> None:
    lines = ("Startseite", "Politik", "Sport", *GERMAN, *FACTS, *SECTIONS, "Impressum")
    out = cleantext.clean("\n".join(lines) + "\n", preset="extract")
    assert all(line in out for line in (*GERMAN, *FACTS))
    assert not any(line in out for line in SECTIONS)

"""Session 24 (w-wild24), a listing's table of facts right above its text (``fields-above``,
``extract._fields_above``).

A real-estate or product listing sets its facts as "Label: value" rows over its description
("Powierzchnia: 58 m²" / "Liczba pokoi: 3" / "Piętro: 2 z 4"), maybe under a share button and
over a short heading ("Opis"). Short lines look like a menu, so they went with the header. A
table of 4 or more such rows right above the article is kept. Near misses: a message's
headers ("From:" / "To:" with e-mail addresses), three rows only (a news page's header), a
post's metadata ("Autor:", "Kategoria:": no field labels), and the rule off. The pages are
written for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

HEAD = ("Mieszkanie 3-pokojowe z balkonem, 58 m², Podgórze", "Zapisz", "Udostępnij")
FACTS = ("Powierzchnia: 58 m²", "Liczba pokoi: 3", "Piętro: 2 z 4", "Rok budowy: 2014",
         "Ogrzewanie: miejskie")  # fmt: skip
DESCRIPTION = (
    "Opis",
    "Na sprzedaż jasne mieszkanie w cichej kamienicy przy ulicy Rękawka, pięć minut pieszo od "
    "Rynku Podgórskiego, z salonem, dwiema sypialniami i łazienką z oknem.",
    "Balkon wychodzi na zielone podwórze, a do mieszkania przynależy komórka lokatorska w "
    "piwnicy. Czynsz administracyjny wynosi pięćset dwadzieścia złotych miesięcznie.",
)
AFTER = ("Zapytaj o ofertę", "Wyślij wiadomość", "Podobne ogłoszenia")


def _page(facts: tuple[str, ...] = FACTS) -> str:
    return lines_page(MENU, HEAD, facts, DESCRIPTION, AFTER, FOOTER)


def test_the_listings_facts_stay() -> None:
    text = _page()
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*FACTS, *DESCRIPTION]
    heads = [e for e in find_main_content(text) if e.rule == "extract-head"]
    assert "the table of fields at lines" in (heads[0].note or "")
    # the rule is what keeps them: off, they go with the head
    assert FACTS[0] not in extract_with(text, fields_above=False)


def test_the_rule_is_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["fields-above"]}}
    )
    assert "Liczba pokoi" not in Cleaner(config).clean(_page())


def test_a_messages_headers_are_no_facts() -> None:
    # near miss: "From:" / "To:" / "Message-ID:" rows with e-mail addresses over a message
    headers = ("From: Helga Brandt <helga@example.org>", "To: dev@lists.example.org",
               "Message-ID: <8f2c1a9e@example.org>")  # fmt: skip
    out = cleantext.clean(_page(headers), preset="extract")
    assert not any(line in out for line in headers)


def test_two_rows_or_a_posts_metadata_are_no_table() -> None:
    # near misses: three rows only, and metadata rows whose labels are no field's
    out = cleantext.clean(_page(FACTS[:3]), preset="extract")
    assert FACTS[0] not in out and DESCRIPTION[1] in out
    meta = ("Autor: Jan Kowalski", "Kategoria: Mieszkania", "Tagi: Kraków, balkon")
    out = cleantext.clean(_page(meta), preset="extract")
    assert not any(line in out for line in meta) and DESCRIPTION[1] in out


def test_rows_right_on_the_first_paragraph_are_no_listings_facts() -> None:
    # near miss: a table with no heading between it and the article (a page's own table of
    # results above an unrelated story)
    out = cleantext.clean(
        lines_page(MENU, HEAD, FACTS, DESCRIPTION[1:], AFTER, FOOTER), preset="extract"
    )
    assert FACTS[0] not in out and DESCRIPTION[1] in out

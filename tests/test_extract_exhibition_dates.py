"""``exhibition-dates`` (w-wild25, ``events.py``): an exhibition page gives the days it runs
("21 February - 30 August 2026", "14 de março a 27 de setembro de 2026") and its place
("Gallery 3 · Free with museum admission") between its title and its text; a range of days
stands for an event's time range, and the title, dates and place are kept. Near misses: a news
story's date line names one day and a byline, and still goes. Pages written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import extract_with, lines_page
from cleantext import Cleaner, Config

MENU = ("Visit", "Exhibitions", "Collection", "Learning", "Shop", "Tickets")
FOOT = ("Buy tickets", "Share", "Other exhibitions", "Street photography, 1950-1980",
        "Opening hours: Tuesday to Sunday, 10am-6pm", "© 2026 Harbour Museum")  # fmt: skip
TEXT = (
    "The exhibition brings together more than two hundred prints, most of them never shown "
    "before, made by the photographers who worked along the coast in the nineteenth century.",
    "It opens with the first paper negatives taken in the harbour and ends with the postcards "
    "that made the town a resort, sold by the thousand in the summer of 1899.",
)
HEADS = {
    "en": ("Salt and Silver: Photography on the Victorian Coast",
           "21 February - 30 August 2026", "Gallery 3 · Free with museum admission"),
    "pt": ("Azulejos do Atlântico: cinco séculos de cerâmica",
           "14 de março a 27 de setembro de 2026", "Sala das Colunas · Piso 1"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(HEADS))
def test_an_exhibitions_title_dates_and_place_are_kept(lang: str) -> None:
    text = lines_page(MENU, HEADS[lang], TEXT, FOOT)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*HEADS[lang], *TEXT]
    # the rule is what keeps them: off, they go with the page's header
    assert HEADS[lang][1] not in extract_with(text, exhibition_dates=False)
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["exhibition-dates"]}}
    )
    assert HEADS[lang][1] not in Cleaner(config).clean(text)


def test_a_storys_date_line_and_byline_still_go() -> None:
    head = ("Museum shows coast photographs", "Published 21 February 2026", "By Ana Lima")
    out = cleantext.clean(lines_page(MENU, head, TEXT, FOOT), preset="extract")
    assert out.splitlines() == list(TEXT)

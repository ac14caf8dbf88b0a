"""Session 24 (w-wild24), a page's own contact block after its text (``office-contact``,
``offices.py``).

A researcher's home page or a council's service page ends with whom to see and where: a
heading ("Contact", "Zuständige Stelle"), then a room, a phone number or an e-mail address, the
hours, on short lines of their own. Short lines look like a menu, so the tail was cut before
them. The block is kept when one of its rows is an office's ("Office: ...", "Sprechzeiten: ...")
and one a way to reach someone. Near misses: a footer's contact block (an address, a phone, an
e-mail, no office), and the rule off. The pages are written for these tests (English, German).
"""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

TEXT = {
    "en": (
        "I study how rivers respond to floods and droughts, and how we can predict those "
        "responses in catchments where there are few gauges on the streams.",
        "Before coming to the university in 2019 I was a postdoctoral researcher at an "
        "institute for water studies, and I did my PhD in Accra.",
    ),
    "de": (
        "Wohngeld ist ein Zuschuss zur Miete oder zu den Kosten für selbst genutztes "
        "Wohneigentum, den Haushalte mit geringem Einkommen beantragen können.",
        "In der Regel entscheiden wir innerhalb von sechs bis acht Wochen über den Antrag, "
        "das Wohngeld wird dann rückwirkend ab dem Monat der Antragstellung gezahlt.",
    ),
}
CONTACT = {
    "en": ("Contact", "Office: Engineering Building, room 3.21", "Phone: 01632 960 412",
           "Email: a.osei@uni.example",
           "I am looking for a PhD student for October, so send me a short email with your CV."),
    "de": ("Zuständige Stelle", "Wohngeldstelle, Kreishaus, Zimmer 114",
           "Telefon: 06534 91-2240", "Sprechzeiten: Montag bis Donnerstag 8 bis 12 Uhr"),
}  # fmt: skip
AFTER = ("Antrag online stellen", "Formulare", "Teilen", "Drucken")


def _page(lang: str) -> str:
    return lines_page(MENU, TEXT[lang], CONTACT[lang], AFTER, FOOTER)


@pytest.mark.parametrize("lang", sorted(TEXT))
def test_the_pages_contact_block_stays(lang: str) -> None:
    text = _page(lang)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*TEXT[lang], *CONTACT[lang]]
    tails = [e for e in find_main_content(text) if e.rule == "extract-tail"]
    assert f"the contact block under {CONTACT[lang][0]!r}" in (tails[0].note or "")
    # the rule is what keeps it: off, it goes with the tail
    assert CONTACT[lang][1] not in extract_with(text, office_contact=False)


def test_the_rule_is_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["office-contact"]}}
    )
    assert "Sprechzeiten" not in Cleaner(config).clean(_page("de"))


def test_a_footers_contact_block_is_no_office() -> None:
    # near miss: an address, a phone and an e-mail under "Contact", no office row
    footer = ("Contact", "Address: 1 High Street, Westmere", "Phone: 01632 960 123",
              "Email: info@example.com")  # fmt: skip
    text = lines_page(MENU, TEXT["en"], footer, AFTER, FOOTER)
    assert cleantext.clean(text, preset="extract").splitlines() == list(TEXT["en"])


def test_an_office_row_without_a_way_to_reach_is_no_block() -> None:
    # near miss: "Office hours" under "Contact" with no phone or e-mail (a shop's sidebar)
    sidebar = ("Contact", "Office hours: Monday to Friday, 9 to 5", "Find us on the map")
    text = lines_page(MENU, TEXT["en"], sidebar, AFTER, FOOTER)
    assert cleantext.clean(text, preset="extract").splitlines() == list(TEXT["en"])

"""Issue 14, pages that are not news (``press-contact``, ``press.py``): a press release's
contact block after its text (a heading such as "Press contact:" or "Pressekontakt", then a
name, a role, a phone number and an e-mail address on short lines) is the release's. Near
misses: the footer's contact block under a plain "Contact", and a block under a press
heading far after the release (a share bar and related news between), still go; the rule
off, the block goes. The pages are written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

RELEASE = {
    "en": (
        "Greenfield Energy today opened a battery storage site near the coast, the largest "
        "the company has built and one of the largest in the country.",
        "The site can store enough electricity to supply a hundred thousand homes for two "
        "hours, and it will help the grid when the wind drops.",
        "About Greenfield Energy",
        "Greenfield Energy develops and operates renewable energy and storage projects, and "
        "it employs nine hundred people at forty sites.",
    ),
    "de": (
        "Die Nordbahn hat beim Hersteller vierzig neue Elektrozüge bestellt, die ab dem "
        "Dezember auf den Strecken im Norden fahren sollen.",
        "Die Züge bieten mehr Platz für Fahrräder und ersetzen Fahrzeuge, die seit über "
        "dreißig Jahren im Einsatz sind.",
    ),
}
CONTACT = {
    "en": ("Press contact:", "Tom Reynolds", "Head of Communications",
           "Phone: +44 20 7946 0000", "Email: press@greenfield.example"),
    "de": ("Pressekontakt", "Jan Petersen", "Unternehmenskommunikation",
           "Telefon: +49 40 123456-0", "presse@nordbahn.example"),
}  # fmt: skip
SHARE = ("Download PDF", "Share", "LinkedIn", "Facebook")
FOOT = ("Contact", "Phone", "+44 20 7946 0001", "Email", "info@greenfield.example")


@pytest.mark.parametrize("lang", sorted(RELEASE))
def test_the_press_contact_after_the_release_stays(lang: str) -> None:
    text = lines_page(MENU, RELEASE[lang], CONTACT[lang], SHARE, FOOT, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*RELEASE[lang], *CONTACT[lang]]
    tail = next(e for e in find_main_content(text) if e.rule == "extract-tail")
    assert f"the press contact under {CONTACT[lang][0]!r} at lines" in (tail.note or "")
    # the rule is what keeps it: off, the block goes with the tail
    assert CONTACT[lang][1] not in extract_with(text, press_contact=False)


def test_the_rule_is_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["press-contact"]}}
    )
    text = lines_page(MENU, RELEASE["en"], CONTACT["en"], SHARE, FOOTER)
    assert "Tom Reynolds" not in Cleaner(config).clean(text)


def test_the_footers_contact_block_stays_out() -> None:
    out = cleantext.clean(lines_page(MENU, RELEASE["en"], FOOT, FOOTER), preset="extract")
    assert "info@greenfield.example" not in out and "+44 20 7946 0001" not in out


def test_a_press_contact_after_the_share_bar_stays_out() -> None:
    text = lines_page(MENU, RELEASE["en"], SHARE, CONTACT["en"], FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert "Tom Reynolds" not in out


def test_a_heading_with_no_phone_or_mail_keeps_nothing() -> None:
    text = lines_page(MENU, RELEASE["en"], ("Press contact:", "Newsroom", "Careers"), FOOTER)
    assert "Newsroom" not in cleantext.clean(text, preset="extract")


def test_the_about_section_after_the_contact_block_is_the_releases() -> None:
    release, about = RELEASE["en"][:2], RELEASE["en"][2:]
    text = lines_page(MENU, release, CONTACT["en"], about, SHARE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*release, *CONTACT["en"], *about]


def test_a_footers_about_us_after_the_contact_block_stays_out() -> None:
    footer = ("About us", "Investors", "Careers")
    text = lines_page(MENU, RELEASE["en"], CONTACT["en"], footer, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert "About us" not in out and CONTACT["en"][-1] in out

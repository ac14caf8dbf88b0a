"""Terms of service whose numbered sections end with "5. Contact" over the company's name,
address and "Company number: ..." lines (``numbered.numbered_after``, switch
``numbered-section``): the section is the page's, not a footer. Near misses: the same page
with headings that carry no number, and one whose numbers skip, still lose the block with
the footer. The page is written for these tests (adv21)."""

from __future__ import annotations

import cleantext
from cleantext.config import Config

HEAD = ["Terms of service | Pebbleline", "Pebbleline", "Product", "Pricing", "Log in"]
SECTIONS = [
    (
        "1. Your account",
        "You must be at least 16 years old to create an account. You are responsible for "
        "keeping your password safe and for everything done with your account.",
    ),
    (
        "2. Payments",
        "Paid plans are billed monthly or yearly in advance. You can cancel at any time; the "
        "plan then ends at the close of the period you have paid for.",
    ),
    (
        "3. Your content",
        "You keep the rights to the plans, photos and notes you upload, and you give us a "
        "licence to show them to the people you share them with.",
    ),
    (
        "4. Ending the service",
        "We may suspend an account that breaks these terms. We will tell you why by email and "
        "give you 30 days to download your data.",
    ),
]
CONTACT = [
    "5. Contact",
    "Pebbleline Ltd",
    "14 Rope Walk, Falmouth TR11 3AB",
    "Company number: 11223344",
    "VAT number: GB 123 4567 89",
]
FOOT = ["Product", "Pricing", "Terms", "Privacy", "© 2026 Pebbleline Ltd"]


def _page(sections: list[tuple[str, str]], contact: list[str]) -> str:
    body = [line for pair in sections for line in pair]
    return "\n".join([*HEAD, "Terms of service", *body, *contact, *FOOT]) + "\n"


def test_the_last_numbered_section_stays() -> None:
    out = cleantext.clean(_page(SECTIONS, CONTACT), preset="extract")
    assert all(line in out for line in CONTACT) and SECTIONS[0][1] in out
    assert "Privacy" not in out and "©" not in out


def test_headings_without_numbers_keep_the_old_cut() -> None:
    plain = [(head.split(" ", 1)[1], body) for head, body in SECTIONS]
    out = cleantext.clean(_page(plain, ["Contact", *CONTACT[1:]]), preset="extract")
    assert SECTIONS[-1][1] in out and CONTACT[2] not in out


def test_numbers_that_skip_keep_the_old_cut() -> None:
    skipped = [SECTIONS[0], SECTIONS[1], ("4. Ending the service", SECTIONS[3][1])]
    out = cleantext.clean(_page(skipped, CONTACT), preset="extract")
    assert SECTIONS[-1][1] in out and CONTACT[2] not in out


def test_the_rule_can_be_switched_off() -> None:
    off = {"preset": "extract", "boilerplate": {"extract_off": ["numbered-section"]}}
    out = cleantext.Cleaner(Config.from_dict(off)).clean(_page(SECTIONS, CONTACT))
    assert SECTIONS[-1][1] in out and CONTACT[2] not in out

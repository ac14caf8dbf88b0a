"""A table of fields after the article (``fields.py``, ``extract_off = ["fields"]``): a
product page or a test report ends its text with rows "Label: value" ("Colour: green"), which
plain text renders as short lines without a full stop, like a menu; three or more such rows
in a row continue the article. Near misses: a list of headlines with a colon in one or two
of them, and a footer's contact block ("Phone: ...", "E-Mail: ..."), still go with the tail.
The pages are written for these tests."""

from __future__ import annotations

import time

import cleantext
from _pages import FOOTER, MENU
from cleantext import Cleaner, Config
from cleantext.boilerplate.fields import is_blank_field, is_field

PRODUCT = (
    "This grease protects bearings and joints that carry heavy loads, and it repairs the "
    "worn surfaces of the metal while the machine keeps running.",
    "Fill the bearing with the grease until half of its volume is full, and replace it "
    "every two years or after a thousand hours of work, whichever comes first.",
)
TABLE = ("Colour: green", "Thickener/base oil: lithium soap/mineral oil",
         "Penetration: 220 – 250", "Temperature range: -40 ... +120 °C",
         "Sizes: 12 ml, 125 ml, 450 ml")  # fmt: skip
HEADLINES = ("More from the shop", "Review: the best grease for bicycles",
             "How to clean a chain in five minutes", "Winter tyres on test",
             "Our new catalogue is out", "Brakes that squeak", "Oil for old engines")  # fmt: skip
CONTACT = ("Contact", "Phone: +31 614 392096", "Fax: +31 614 392097", "E-Mail: shop@example.com",
           "Address: Meander 151, Arnhem")  # fmt: skip


def _page(*blocks: tuple[str, ...]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def test_a_table_of_fields_after_the_article_stays() -> None:
    text = _page(MENU, PRODUCT, TABLE, FOOTER)
    doc = Cleaner(preset="extract").clean_document(text)
    assert all(row in doc.text for row in TABLE)
    assert "Privacy Policy" not in doc.text
    tails = [e for e in doc.edits if e.rule == "extract-tail"]
    assert any("rows of a table of fields" in e.note for e in tails)


def test_a_list_of_headlines_with_a_colon_in_one_goes() -> None:
    out = cleantext.clean(_page(MENU, PRODUCT, HEADLINES, FOOTER), preset="extract")
    assert PRODUCT[1] in out
    assert not any(line in out for line in HEADLINES)


def test_a_contact_block_after_the_article_goes() -> None:
    out = cleantext.clean(_page(MENU, PRODUCT, CONTACT, FOOTER), preset="extract")
    assert PRODUCT[1] in out
    assert not any(line in out for line in CONTACT)


def test_the_rule_can_be_switched_off() -> None:
    text = _page(MENU, PRODUCT, TABLE, FOOTER)
    config = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["fields"]}})
    assert TABLE[0] not in Cleaner(config).clean(text)
    assert TABLE[0] in Cleaner(preset="extract").clean(text)


def test_a_row_has_a_short_label_and_a_short_value() -> None:
    assert is_field("Farbe: grün") and is_field("Lieferbar: 12 ml, 125 ml, 450 ml, 1 L")
    assert not is_field("Election results: the mayor and two council seats are headed to a runoff")
    assert not is_field("What the new rules mean for drivers in the city centre: a guide")
    assert not is_field("Tags: grease, bearings") and not is_field("Tel.: 0800 123")
    assert not is_field("14:30 Uhr")  # a time, no label


# issue 14: a row left blank ("Aperture (mm):") inside the table does not end it
SHOT = ("Details", "Category: First tries", "Camera type: digital", "Optics: telephoto lens",
        "Aperture (mm):", "Focal length (mm): 180", "Camera: Canon EOS 60 Da",
        "ISO: 640", "Exposure: 60 x 3 minutes", "Place: Kasberg hill")  # fmt: skip


def test_a_blank_row_inside_the_table_does_not_end_it() -> None:
    out = cleantext.clean(_page(MENU, PRODUCT, SHOT, FOOTER), preset="extract")
    assert "Camera type: digital" in out and "Place: Kasberg hill" in out
    assert "Privacy Policy" not in out
    assert is_blank_field("Aperture (mm):") and not is_blank_field("Aperture (mm): 80")


def test_blank_rows_alone_are_no_table() -> None:
    blanks = ("Name:", "Street:", "Town:", "Phone number:", "Your message:")
    out = cleantext.clean(_page(MENU, PRODUCT, blanks, HEADLINES, FOOTER), preset="extract")
    assert PRODUCT[1] in out and not any(line in out for line in blanks)


def test_a_row_with_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    """The value's pattern ``(\\S.*?)\\s*$`` took time quadratic in a run of spaces inside
    the value (20,000 spaces: 4 s; a 1 MB line: hours). Near misses: white space after the
    value still makes a row, a second line after it does not."""
    start = time.perf_counter()
    assert is_field("Farbe: grün" + " " * 50_000 + "x")  # (value "grün x")
    assert time.perf_counter() - start < 2.0
    assert is_field("Farbe: grün \t ") and is_field("Farbe: grün\n")
    assert not is_field("Farbe: grün\nGröße: 12 ml")

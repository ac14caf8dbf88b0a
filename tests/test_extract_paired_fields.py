"""Issue 14, pages that are not news (``paired-fields``, ``fields.paired_rows``): a product
page's specification table rendered with each label and value on a line of its own
("Weight" / "1.2 kg" / "Battery" / "5000 mAh") right after the description continues the
article, and its lines are no menu. Near misses: the footer's "Phone" / "0800 ..." / "Email"
block, a shop's other products with their prices, a sidebar's weather widget (one unit for
many places) and a list of teasers that repeats its button still go; the rule off, the
table goes. The pages are written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

DESCRIPTION = {
    "en": (
        "The lantern lights a whole tent or a picnic table with a warm, even glow, and it "
        "folds down to the size of a drinks can when you pack it away.",
        "Its battery lasts up to forty hours on the lowest setting, and it can charge your "
        "phone through its port when you are far from a socket.",
    ),
    "de": (
        "Der Wasserkocher bringt einen vollen Liter Wasser in weniger als drei Minuten zum "
        "Kochen und schaltet sich danach von selbst ab.",
        "Mit der Temperaturwahl lässt sich das Wasser auch auf siebzig Grad erhitzen, wie es "
        "für grünen Tee gebraucht wird.",
    ),
}
SPECS = {
    "en": ("Specifications", "Weight", "1.2 kg", "Dimensions", "12 x 12 x 18 cm", "Battery",
           "5000 mAh lithium-ion", "Water resistance", "IPX4", "What's in the box",
           "Lantern, cable, carry pouch"),
    "de": ("Technische Daten", "Fassungsvermögen", "1,7 Liter", "Leistung", "2200 Watt",
           "Material", "Edelstahl, gebürstet", "Farbe", "Silber"),
}  # fmt: skip
OTHERS = ("Customers also bought", "Trail Lantern", "£24.99", "Head Torch", "£19.99")
CONTACT = ("Customer service", "Phone", "0800 123 4567", "Email", "help@example.com",
           "Address", "12 Mill Lane, Leeds")  # fmt: skip


def _product(lang: str, *after: tuple[str, ...]) -> str:
    return lines_page(MENU, ("Rechargeable Lantern 500",), DESCRIPTION[lang], SPECS[lang],
                      *after, CONTACT, FOOTER)  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SPECS))
def test_a_specification_table_after_the_description_stays(lang: str) -> None:
    text = _product(lang, OTHERS)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*DESCRIPTION[lang], *SPECS[lang]]
    tail = next(e for e in find_main_content(text) if e.rule == "extract-tail")
    assert "labels and values of a table, some values measures" in (tail.note or "")
    assert not any(e.rule == "extract-menu" for e in find_main_content(text))
    # the rule is what keeps it: off, the table goes with the tail (with ``named-sections``
    # off too: its "Specifications" heading keeps the first rows as a named list)
    assert SPECS[lang][2] not in extract_with(text, paired_fields=False, named_sections=False)


def test_the_rule_is_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["paired-fields", "named-sections"]}}
    )
    assert "5000 mAh lithium-ion" not in Cleaner(config).clean(_product("en", OTHERS))


def test_the_footers_contact_block_is_no_table() -> None:
    # right after the description, with the shape of a table: its labels are contact labels
    text = lines_page(MENU, DESCRIPTION["en"], CONTACT[1:], FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert "0800 123 4567" not in out and "help@example.com" not in out


def test_products_with_prices_are_no_table() -> None:
    others = ("Trail Lantern", "£24.99", "Head Torch", "£19.99", "Camp Stove", "£39.99")
    out = cleantext.clean(lines_page(MENU, DESCRIPTION["en"], others, FOOTER), preset="extract")
    assert "Head Torch" not in out and "£19.99" not in out


def test_teasers_that_repeat_their_button_are_no_table() -> None:
    teasers = ("Fish Soup", "Ready in 20 min", "Cook Now", "Time 1 h", "Pea Risotto",
               "Ready in 40 min", "Cook Now", "Time 2 h")  # fmt: skip
    out = cleantext.clean(lines_page(MENU, DESCRIPTION["en"], teasers, FOOTER), preset="extract")
    assert "Pea Risotto" not in out


def test_a_sidebar_widget_of_one_unit_is_no_table() -> None:
    widget = ("Weather", "London", "12 °C", "Paris", "15 °C", "Berlin", "9 °C", "Rome", "19 °C")
    out = cleantext.clean(lines_page(MENU, DESCRIPTION["en"], widget, FOOTER), preset="extract")
    assert "Paris" not in out and "15 °C" not in out

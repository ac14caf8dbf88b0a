"""A year-in-review article ("The most read stories of 2025") whose body is a numbered list of
stories, each a paragraph, under a "Most read" heading: the page's title names the list, so
it is the article's own, not the site's most-read box (``popular.titled_list``, switch
``titled-list``). Near misses: the site's "Most read" box of headlines after a short article,
of headlines with one-line excerpts after a long article, the same box above the article, a
title that does not name the list, a paragraph after the list."""

from __future__ import annotations

import cleantext
from cleantext.boilerplate.extract import WEIGHTS, classify_lines
from cleantext.boilerplate.popular import titled_list
from cleantext.config import Config

MENU = ["Valley Gazette", "News", "Sport", "Business", "Opinion", "Subscribe"]
FOOTER = ["Contact us", "Privacy", "© 2026 Valley Gazette"]
TITLE = "The most read stories of 2025 | Valley Gazette"
INTRO = (
    "These are the stories that our readers spent the most time with in 2025, from the hills "
    "to the coast."
)
STORIES = (
    "The bridge closes for good. Engineers found that the steel had rusted through, and the "
    "buses now take a long detour through the valley.",
    "A baker feeds the village. When the floods cut the village off, she kept her ovens "
    "running for four days and gave bread to every family.",
    "Pupils build a telescope. The school spent two years building it from spare parts, and "
    "in October the children saw the rings of Saturn.",
    "The last night train. The train to the coast made its final journey in September, and "
    "hundreds of people came to wave goodbye to the crew.",
)
ITEMS = [f"{n}. {story}" for n, story in enumerate(STORIES, 1)]


def _page(title: str, *parts: list[str]) -> str:
    return "\n".join([title, *MENU, *(line for part in parts for line in part), *FOOTER]) + "\n"


def _review(title: str = TITLE, items: list[str] = ITEMS) -> str:
    return _page(
        title, ["The most read stories of 2025", "30 December 2025", INTRO, "Most read"], items
    )


def test_the_year_in_review_keeps_its_list() -> None:
    out = cleantext.clean(_review(), preset="extract")
    assert INTRO in out and all(item in out for item in ITEMS)


def test_a_spanish_year_in_review_keeps_its_list() -> None:
    items = [
        f"{n}. {s}"
        for n, s in enumerate(
            (
                "El puente se cierra para siempre. Los ingenieros encontraron que el acero estaba "
                "oxidado y los autobuses dan ahora un largo rodeo.",
                "Una panadera alimenta al pueblo. Cuando la riada aisló el pueblo, mantuvo los "
                "hornos encendidos durante cuatro días para todas las familias.",
                "Los alumnos construyen un telescopio. La escuela lo construyó durante dos años "
                "con piezas sueltas y en octubre los niños vieron Saturno.",
            ),
            1,
        )
    ]
    intro = (
        "Estas son las noticias que más leyeron nuestros lectores en 2025, desde la sierra "
        "hasta la costa."
    )
    page = _page(
        "Lo más leído de 2025 | Diario del Valle",
        ["Lo más leído de 2025", intro, "Lo más leído"],
        items,
    )
    out = cleantext.clean(page, preset="extract")
    assert intro in out and all(item in out for item in items)


ARTICLE = (
    "The town library will open on Sunday mornings from March, the council said on Monday. Two "
    "more staff will be hired, and borrowing stays free for everyone who lives in the valley."
)
HEADLINES = [f"{n}. {s.split('. ')[0]}" for n, s in enumerate(STORIES, 1)]


def test_a_most_read_box_of_headlines_after_a_short_article_goes() -> None:
    page = _page(
        "Library to open on Sundays | Valley Gazette",
        ["Library to open on Sundays", ARTICLE, "Most read"],
        HEADLINES,
    )
    out = cleantext.clean(page, preset="extract")
    assert ARTICLE in out and not any(h in out for h in HEADLINES)


def test_a_most_read_box_of_excerpts_after_a_long_article_goes() -> None:
    body = [ARTICLE.replace("March", month) for month in ("March", "April", "May", "June", "July")]
    page = _page(
        "Library to open on Sundays | Valley Gazette",
        ["Library to open on Sundays", *body, "Most read"],
        ITEMS,
    )
    out = cleantext.clean(page, preset="extract")
    assert body[-1] in out and not any(item in out for item in ITEMS)


def test_the_box_above_the_article_goes() -> None:
    body = [ARTICLE.replace("March", month) for month in ("March", "April", "May")]
    page = _page(
        "Library to open on Sundays | Valley Gazette",
        ["Most read", *HEADLINES, "Library to open on Sundays"],
        body,
    )
    out = cleantext.clean(page, preset="extract")
    assert body[0] in out and not any(h in out for h in HEADLINES)


def test_a_title_that_does_not_name_the_list_or_a_paragraph_after_it() -> None:
    lines = ["Most read", *ITEMS]
    infos = classify_lines("\n".join(["The most read stories of 2025 | Gazette", *lines]))
    assert titled_list(infos, 1, len(ITEMS) + 1, WEIGHTS)
    infos = classify_lines("\n".join(["Bridge closes for good | Gazette", *lines]))
    assert not titled_list(infos, 1, len(ITEMS) + 1, WEIGHTS)
    infos = classify_lines("\n".join(["The most read stories of 2025 | Gazette", *lines, ARTICLE]))
    assert not titled_list(infos, 1, len(ITEMS) + 1, WEIGHTS)


def test_the_rule_can_be_switched_off() -> None:
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["titled-list"]}})
    out = cleantext.Cleaner(off).clean(_review())
    assert INTRO in out and not any(item in out for item in ITEMS)


#: a year in review whose items are each a ranked headline over a one-sentence paragraph
LOOKBACK = (
    "At the end of the year we look back at the stories that moved our readers most in the "
    "last twelve months."
)
PAIRS = [
    "1. Fire in the old town: firefighters rescue two people from the attic of a house",
    "In March more than forty firefighters were there at night and kept the flames from the "
    "houses next door.",
    "2. The inn on the market square closes after a hundred years of serving the town",
    "In June the landlords, who found nobody to take over, locked the door for the last time.",
    "3. New cycle lanes along the river road open at last after a long building time",
    "In September cyclists could finally use the new lanes, though the wet winter had slowed "
    "the builders.",
]


def test_extract_on_its_own_output_keeps_the_list() -> None:
    """The output has no title (its first line is the intro) and ends with the list: a second
    run keeps it (``popular._untitled``)."""
    head = ["Most read stories in 2025", "By the newsroom", "30.12.2025", LOOKBACK]
    page = _page("Most read stories in 2025 | Valley Gazette", head, ["Most read stories", *PAIRS])
    once = cleantext.clean(page, preset="extract")
    assert once.startswith(LOOKBACK) and all(line in once for line in PAIRS)
    assert cleantext.clean(once, preset="extract") == once


def test_near_miss_an_untitled_text_with_a_line_after_the_list_cuts_it() -> None:
    """Nothing may follow the list in a text with no title: a footer line ends the article."""
    text = "\n".join([LOOKBACK, "Most read stories", *PAIRS, "Contact us"]) + "\n"
    out = cleantext.clean(text, preset="extract")
    assert LOOKBACK in out and not any(line in out for line in PAIRS)

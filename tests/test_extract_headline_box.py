"""A box of teaser headlines right after the article, with no box heading, then the first
teaser's excerpt (``headline_box.py``, switch ``headline-box``): the article ends before the
headlines. Near misses: the article's own list of points, the story going on under it with
its words; a paragraph split by a page break; three headlines only."""

from __future__ import annotations

import cleantext
from cleantext.config import Config

MENU = ["Calder Bay News", "News", "Sport", "Business", "Sign in"]
FOOTER = ["Contact us", "Privacy policy", "© 2026 Calder Bay News"]
STORY = [
    "The cliff path between Calder Bay and North Point will reopen at Easter, four months after "
    "a landslip carried part of it onto the beach below, the county council said.",
    "A new section of path has been built ten metres further inland, and a fence now runs along "
    "the edge where the cliff is still moving.",
]
HEADS = [
    "Bakery that fed the town for ninety years closes its doors",
    "Councillors reject plans for a wind farm off the headland",
    "Lifeboat crew called out three times in one night during gale",
    "School bus timetable changes from next week, parents warned",
]
EXCERPTS = [
    "The bakery on Fore Street, which has baked bread since 1936, served its last customers on "
    "Saturday as the owners retired with no one to take it on.",
    "Councillors voted seven to four against the turbines, saying that they would spoil the "
    "view that brings visitors every summer.",
]


def _page(*parts: list[str]) -> str:
    lines = [f"Cliff path to reopen | {MENU[0]}", *MENU[1:], *(x for p in parts for x in p)]
    return "\n".join([*lines, *FOOTER]) + "\n"


def test_a_box_of_teaser_headlines_after_the_article_goes() -> None:
    out = cleantext.clean(_page(STORY, HEADS, EXCERPTS), preset="extract")
    assert STORY[1] in out and not any(h in out for h in HEADS) and EXCERPTS[0] not in out


def test_a_german_box_of_teaser_headlines_goes() -> None:
    story = [
        "Der Stadtrat hat am Dienstagabend den Bau eines Parkhauses mit 400 Stellplätzen am "
        "Bahnhof beschlossen, die Arbeiten sollen im Herbst beginnen.",
        "Die Kosten liegen nach Angaben der Verwaltung bei rund zwölf Millionen Euro, von denen "
        "das Land einen Teil übernimmt.",
    ]
    heads = [
        "Traditionsgasthof am Markt schließt nach hundert Jahren",
        "Feuerwehr rettet zwei Bewohner aus brennendem Dachgeschoss",
        "Neue Radwege an der Uferstraße sollen im Sommer fertig werden",
        "Schüler gewinnen den Landeswettbewerb mit einem Solarboot",
    ]
    excerpts = [
        "Die Wirtsleute finden keinen Nachfolger und setzen sich nach vierzig Jahren hinter dem "
        "Tresen zur Ruhe, am Samstag wird zum letzten Mal gekocht.",
        "Die Feuerwehr war in der Nacht mit mehr als vierzig Einsatzkräften vor Ort und konnte "
        "ein Übergreifen der Flammen verhindern.",
    ]
    out = cleantext.clean(_page(story, heads, excerpts), preset="extract")
    assert story[1] in out and heads[0] not in out and excerpts[0] not in out


def test_the_articles_own_points_then_the_story_going_on_stay() -> None:
    points = [
        "A new section of path built further inland",
        "A fence along the edge where the cliff moves",
        "New signs at both ends of the cliff path",
        "Rangers checking the cliff after heavy rain",
    ]
    after = [
        "The council said the new section of the cliff path had cost less than expected, and "
        "that the fence along the edge would be checked after every storm."
    ]
    out = cleantext.clean(_page(STORY, points, after, EXCERPTS), preset="extract")
    assert all(p in out for p in points) and after[0] in out


def test_three_headlines_are_no_box() -> None:
    out = cleantext.clean(_page(STORY, HEADS[:3], EXCERPTS), preset="extract")
    assert HEADS[0] in out


def test_a_paragraph_split_by_a_page_break_stays() -> None:
    split = ["Page 1 of 2", "Next page", "Continued from page 1"]
    rest = [
        "The council asked walkers to keep to the new path and to stay away from the foot of "
        "the cliffs after heavy rain, when the landslip could move again."
    ]
    out = cleantext.clean(_page(STORY, split, rest), preset="extract")
    assert STORY[0] in out and rest[0] in out


def test_the_rule_can_be_switched_off() -> None:
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["headline-box"]}})
    out = cleantext.Cleaner(off).clean(_page(STORY, HEADS, EXCERPTS))
    assert HEADS[0] in out


SHORTLIST_INTRO = [
    "The judges of this year's Harbour Prize for a first novel have chosen the books below "
    "from more than two hundred entries. The winner will receive £20,000."
]
TITLES = [
    "The Lighthouse Keeper's Second Daughter by Mira Santos",
    "A Year of Small Rooms by Jonas Weber",
    "The Salt Road to the Northern Islands by Ella Byrne",
    "Where the River Forgets Its Name by Samuel Oduya",
    "Nine Winters at the Edge of the Forest by Lena Kowalski",
]
CEREMONY = [
    "The winner will be announced at a ceremony in Bristol on 14 July, and each of the "
    "shortlisted writers will get £2,000."
]


def _titled(headline: str, *parts: list[str]) -> str:
    lines = [f"{headline} | Book Review Weekly", "Book Review Weekly", "News", "Reviews",
             headline, "By Clara Holt", "10 June 2026", *(x for p in parts for x in p)]  # fmt: skip
    return "\n".join([*lines, "Share", "© Book Review Weekly"]) + "\n"


def test_a_list_whose_count_the_headline_names_is_the_article_s() -> None:
    """adv20: "Five novels make the shortlist" over five titles, then a paragraph with few of
    the intro's words: the titles and the paragraph went as a box of teasers."""
    page = _titled("Five novels make the shortlist for the Harbour Prize", SHORTLIST_INTRO,
                   TITLES, CEREMONY)  # fmt: skip
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == [*SHORTLIST_INTRO, *TITLES, *CEREMONY]


def test_a_headline_naming_another_count_announces_no_box() -> None:
    """Near miss of the above: the headline names three, the box holds five headlines."""
    page = _titled("Three first novels we loved this spring", SHORTLIST_INTRO, TITLES, CEREMONY)
    out = cleantext.clean(page, preset="extract")
    assert TITLES[0] not in out and CEREMONY[0] not in out


def test_a_short_heading_ending_in_a_colon_announces_no_list() -> None:
    """Near miss of the above (fundus holdout): a box's heading "Ähnliche Artikel:" right
    above the headlines ends with ':' but is no paragraph of the article."""
    out = cleantext.clean(_page(STORY, ["Ähnliche Artikel:"], HEADS, EXCERPTS), preset="extract")
    assert STORY[1] in out and not any(h in out for h in HEADS) and EXCERPTS[0] not in out


PRESS = [
    "Harbour festival returns in July",
    "The Port Alder Harbour Festival will return on 18 and 19 July after a break of two years, "
    "the council announced today.",
    "This year's programme includes:",
    "Tall ships open to visitors",
    "A food market with thirty local stalls",
    "Live music on two stages",
    "Fireworks over the harbour on Saturday night",
    "Entry is free. Parking will be available at the leisure centre, with a free shuttle bus "
    "to the harbour every fifteen minutes.",
    "Notes to editors",
    "For more information contact the council's press office on 01632 960000.",
]


def test_a_short_line_ending_in_a_colon_announces_the_article_s_list() -> None:
    """adv20: a press release's "This year's programme includes:" (a short line, no
    paragraph) over four items, then a paragraph with few of its words: the list and all
    after it went as a box of teasers."""
    head = ["Press release: Harbour festival returns in July | Port Alder Council",
            "Port Alder Council", "Home", "News", "Events"]  # fmt: skip
    page = "\n".join([*head, *PRESS, "Share this page", "© Port Alder Council"]) + "\n"
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == PRESS[1:]

"""Issue 14, losses and gains at the head of the article: a picture gallery's captions above
the article, set as a list (no blank line between them) while the article's paragraphs are
set apart by blank lines, are no start of the article when the article resumes after the
gallery's box (``resumed.listed_first``, ``extract_off = ["gallery"]``). Near misses: the
same captions set apart as paragraphs, and a page whose paragraphs are never set apart by
blank lines, keep the first part as before. The page is written for these tests."""

from __future__ import annotations

from _pages import FOOTER, MENU, STORM
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

CAPTIONS = (
    "Police officers put up barriers as people wait in the cold along the route of the parade "
    "on Thursday morning.",
    "Passengers wait for a bus to arrive in the light rain on Wednesday evening, as the storm "
    "moves slowly east.",
    "A tree that fell in the night lies across a parked car in the old town on Tuesday.",
    "Workers clear the snow from the pavements in front of the station on Tuesday afternoon.",
    "Travellers queue at the security checks of the airport on Monday, before the storm.",
)
# the gallery's box: its title for each of its twelve pictures, its pager, then a heading
BOX = ("HIDE CAPTION", *(["Storm in pictures"] * 12), "<", *map(str, range(1, 13)), ">",
       "STORY HIGHLIGHTS")  # fmt: skip
BODY = (
    *STORM,
    "In the old town, the council sent out extra crews to clear the fallen branches and to "
    "check the roofs of the school and of the town hall.",
    "The parade will go ahead as planned, its organisers said, unless the wind picks up "
    "again before the balloons are due to leave the park.",
    "Residents who need help with damage to their homes can call the council's storm line, "
    "which will stay open through the whole weekend.",
)


def _page(captions: str) -> str:
    # html-text's spacing: paragraphs set apart by blank lines, a list's items by line breaks
    return "\n\n".join(["\n".join(MENU), captions, "\n".join(BOX), "\n\n".join(BODY),
                        "\n".join(FOOTER)]) + "\n"  # fmt: skip


def _extract(off: tuple[str, ...] = ()) -> Cleaner:
    config = {"preset": "extract", "boilerplate": {"extract_off": list(off)}}
    return Cleaner(Config.from_dict(config))


def test_captions_set_as_a_list_before_the_gallery_box_go_with_the_head() -> None:
    text = _page("\n".join(CAPTIONS))
    out = _extract().clean(text)
    assert all(line in out for line in BODY)
    assert not any(line in out for line in CAPTIONS)
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "is set as a list" in head.note


def test_the_mechanism_is_switched_off_by_extract_off() -> None:
    out = _extract(("gallery",)).clean(_page("\n".join(CAPTIONS)))
    assert CAPTIONS[0] in out and BODY[0] in out


def test_captions_set_apart_as_paragraphs_stay_the_articles_start() -> None:
    out = _extract().clean(_page("\n\n".join(CAPTIONS)))
    assert CAPTIONS[0] in out and BODY[0] in out


def test_a_page_without_blank_lines_keeps_its_first_part() -> None:
    text = _page("\n".join(CAPTIONS)).replace("\n\n", "\n")
    out = _extract().clean(text)
    assert CAPTIONS[0] in out and BODY[0] in out


# an article whose first paragraphs are set as lines (one sentence each), then a carousel of
# its pictures, then the rest of the article as paragraphs
OPENING = (
    "The city's oldest bakery closed its doors for the last time on Saturday, after 130 "
    "years of baking bread in the same corner of the market square.",
    "It had been run by the same family for five generations, and its rye bread was known "
    "far beyond the city and the villages around it.",
    "Hundreds of customers queued in the rain from early in the morning to buy a last loaf, "
    "and the shelves were empty well before noon.",
    "Many of them said they had come to the shop with their parents since they were small "
    "children, and that they could not imagine the square without it.",
)
PICTURE = "Customers at the bakery. Photo: A. Berg"
CAROUSEL = ("Photos: The last day at the bakery",
            *(x for n in range(1, 13) for x in (f"{n} / 12", PICTURE)), "Hide caption")  # fmt: skip
REST = (
    "The owner, Maria Lindqvist, said that rising costs for flour and energy had made it "
    "impossible to keep the bakery open, even with the long queues of the last few weeks.",
    "Her great-grandfather opened the shop in 1894 in a small room behind the market hall, "
    "and the family moved it to its present corner site after the war.",
    "The city council said it would try to find a new baker for the premises, which belong "
    "to the city, but that no one had yet come forward to take them on.",
    "Customers left flowers and cards at the door on Sunday, and some of them wrote messages "
    "of thanks on the shop's windows in chalk.",
    "Ms Lindqvist said she would keep baking at home for her family, and that she hoped to "
    "publish the bakery's old recipes in a book next year.",
)


def _bakery(opening: tuple[str, ...]) -> str:
    return "\n\n".join(["\n".join(MENU), "\n".join(opening), "\n".join(CAROUSEL),
                        "\n\n".join(REST), "\n".join(FOOTER)]) + "\n"  # fmt: skip


def test_opening_lines_that_continue_each_other_stay_the_articles_start() -> None:
    out = _extract().clean(_bakery(OPENING))
    assert all(line in out for line in (*OPENING, *REST))
    assert "1 / 12" not in out


def test_the_same_lines_standing_alone_like_captions_still_go() -> None:
    # near miss: no line starts with a pronoun or connective pointing back ("It", "Many of
    # them"): each could name a picture of its own
    alone = (OPENING[0], OPENING[1].replace("It had", "The shop had"), OPENING[2],
             OPENING[3].replace("Many of them said", "Regulars said"))  # fmt: skip
    out = _extract().clean(_bakery(alone))
    assert REST[0] in out and alone[1] not in out

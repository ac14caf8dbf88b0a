"""w-bp19: three kinds of boilerplate ``extract`` kept on the written pages.

- A wall instead of the page (a metered paywall's "You have reached your article limit", a
  "Please enable JavaScript" notice, a "429 Too Many Requests" page) is an error page: the
  page goes whole (``error-pages``). Near misses: an article about a site that fell over under
  too many requests, a short article under a JavaScript notice.
- An author's bio box at the end (the name alone on a line, then a bio that starts with it,
  however long) ends the article (``bio-box``). Near miss: an article about a photographer
  that opens that way and goes on.
- A run under another story's byline and date line, after a "Key points" box, is not joined
  to the article (``next-header``). Near miss: a standfirst chosen above its article's own
  byline, date and body.
"""

from __future__ import annotations

import pytest

import cleantext
from _pages import MENU, STORY
from _pages import lines_page as _page
from cleantext.boilerplate.extract import find_main_content

FOOT = ("Privacy Policy", "© 2026 Example News")


def _off(name: str) -> cleantext.Cleaner:
    cfg = {"preset": "extract", "boilerplate": {"extract_off": [name]}}
    return cleantext.Cleaner(cleantext.Config.from_dict(cfg))


# --- walls: error pages ---------------------------------------------------------------------

WALLS = {
    "a metered paywall": (
        "How the village saved its last pub",
        "You have reached your article limit",
        "You have read all 3 of your free articles this month. Subscribe now to keep reading.",
        "Already a subscriber? Sign in",
    ),
    "a German JavaScript notice": (
        "Bitte aktivieren Sie JavaScript",
        "Diese Seite funktioniert nur mit JavaScript. Bitte aktivieren Sie JavaScript in Ihrem "
        "Browser und laden Sie die Seite neu.",
    ),
    "a JavaScript notice with its help link": (  # (second prose, talk too: merge of adv19)
        "Please enable JavaScript to view this site.",
        "This website needs JavaScript to work properly. To continue, turn on JavaScript in "
        "your browser's settings and reload the page.",
        "How to enable JavaScript in your browser",
    ),
    "a rate limit": (
        "429 Too Many Requests",
        "We have received too many requests from your network. Please try again later.",
    ),
}


@pytest.mark.parametrize("lines", WALLS.values(), ids=WALLS)
def test_a_wall_instead_of_the_page_is_an_error_page(lines: tuple[str, ...]) -> None:
    # (the page's title repeats its headline: a headline over the message is no lead-in)
    page = _page((f"{lines[0]} | Example News",), MENU, lines, FOOT)
    assert cleantext.clean(page, preset="extract") == ""
    assert find_main_content(page)[0].note.startswith("error page: ")
    assert _off("error-pages").clean(page) != ""


NOT_WALLS = {
    "an article about a site that fell over": (
        "Too many requests",
        "The ticket site for the cup final crashed on Friday morning when too many requests "
        "arrived at once, and fans were told to wait for an hour.",
    ),
    "a short article under a JavaScript notice": (
        "Please enable JavaScript",
        "The old river bridge reopened to traffic on Monday after eight months of repairs, "
        "the council said.",
    ),
}


@pytest.mark.parametrize("lines", NOT_WALLS.values(), ids=NOT_WALLS)
def test_a_short_article_beside_a_wall_message_is_kept(lines: tuple[str, ...]) -> None:
    page = _page((f"{lines[0]} | Example News",), MENU, lines, FOOT)
    assert lines[-1] in cleantext.clean(page, preset="extract")
    assert not find_main_content(page)[0].note.startswith("error page")


# --- bio boxes ------------------------------------------------------------------------------

BIO_ES = (
    "Ana Ruiz es fotógrafa y redactora del diario desde 2009. Estudió Biología en la "
    "universidad y trabajó durante cinco años como guía de naturaleza en la sierra antes de "
    "dedicarse al periodismo. Ha publicado dos libros de fotografía sobre las aves de la "
    "provincia, y sus imágenes han aparecido en revistas de naturaleza de todo el país. Cuando "
    "no está en la redacción, suele estar en el campo con su cámara, esperando durante horas a "
    "que aparezca un buitre, una cigüeña o una nutria junto al río."
)
BIO_EN = (
    "Tom Hale writes about rivers, farming and the weather for Example News. He grew up on a "
    "sheep farm in the hills above the town, studied geography at the university, and worked "
    "for ten years as a ranger in the national park before he joined the paper. He has walked "
    "every public footpath in the county, some of them twice, and his first book, a history "
    "of the old mills along the river, came out last spring. He lives in the valley with his "
    "family and two dogs."
)

BIO_DE = (
    "Jonas Brandt ist IT-Experte mit langjähriger Erfahrung in der Beratung von Stadtwerken. "
    "Seit über zwölf Jahren begleitet er Projekte zur Digitalisierung von Netzen, vom ersten "
    "Entwurf bis zum Betrieb, und hält an der Hochschule ein Seminar über Datenbanken. Vorher "
    "war er lange Entwickler bei einem Hersteller von Zählern. In seinem Blog schreibt er über "
    "Software, Energie und das Leben auf dem Land, wo er mit seiner Familie in einem alten "
    "Bauernhaus wohnt, das er seit vielen Jahren Stück für Stück selbst renoviert."
)


@pytest.mark.parametrize(
    ("name", "bio"), [("Ana Ruiz", BIO_ES), ("Tom Hale", BIO_EN), ("Jonas Brandt", BIO_DE)]
)
def test_a_bio_box_after_the_article_goes(name: str, bio: str) -> None:
    assert len(bio.split()) > 80  # (longer than a bio line alone may be)
    page = _page(MENU, STORY, (name, bio), FOOT)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY) and name not in out and bio not in out
    assert any("bio box" in edit.note for edit in find_main_content(page))
    assert bio in _off("bio-box").clean(page)


def test_an_article_about_a_photographer_that_opens_like_a_bio_is_kept() -> None:
    body = (
        "Her new exhibition of bird photographs opens at the town museum on Saturday and runs "
        "until the end of the summer, with a talk by the photographer every Sunday.",
    )
    page = _page(MENU, ("Ana Ruiz", BIO_ES), STORY, body, FOOT)
    out = cleantext.clean(page, preset="extract")
    assert BIO_ES in out and body[0] in out


def test_a_name_line_over_a_bio_that_opens_the_content_is_kept() -> None:
    page = _page(MENU, ("Ana Ruiz", BIO_ES), FOOT)
    assert BIO_ES in cleantext.clean(page, preset="extract")


# --- another story's header -----------------------------------------------------------------

NEXT = (
    "The covered market will open at seven on Saturdays from next month, at the request of "
    "the traders who want to catch people on their way to work.",
    "The Sunday hours stay the same, and a new cheese stall will open there in the spring.",
)
KEY_POINTS = ("Key points", "Closed from June", "A year of works", "Schools go elsewhere")


def test_a_story_under_its_own_byline_and_date_is_not_joined() -> None:
    head = ("The pool closes for a year", "By Julia March", "16 March 2026")
    second = ("Market changes its hours", "By Claire Moore", "16 March 2026")
    page = _page(MENU, head, STORY, KEY_POINTS, second, NEXT, FOOT)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY) and not any(line in out for line in NEXT)
    assert "next-header" in find_main_content(page)[0].note
    assert NEXT[0] in _off("next-header").clean(page)


def test_a_standfirst_above_its_own_byline_date_and_body_keeps_the_body() -> None:
    # near miss: the run under the byline and date outweighs the one above it, which has no
    # header of its own (the article's standfirst, chosen first)
    standfirst = (
        "The council says that the old bridge is too weak for buses and will close next week.",
    )
    page = _page(MENU, ("Bridge to close",), standfirst, ("By Julia March", "16 March 2026"),
                 STORY, STORY[::-1], FOOT)  # fmt: skip
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY)


def test_a_box_role_alone_on_the_last_line_is_no_bio() -> None:
    # near miss: "expert" names an author only under the name line; the story's last
    # sentence about an expert stays
    last = "Jane Doe is an expert on old bridges and says that the repairs could take a year."
    page = _page(MENU, STORY, (last,), FOOT)
    assert last in cleantext.clean(page, preset="extract")


CANDIDATES = (
    "Three candidates are standing for mayor of Lakeside on 21 May. We asked each of them why "
    "they want the job and what they would change first.",
    "Peter Novak",
    "Peter Novak is a retired teacher who has sat on the town council for twelve years. He "
    "wants to reopen the swimming pool and build more homes for young families.",
    "Aisha Rahman",
    "Aisha Rahman is a nurse and the chair of the residents' association in the east of the "
    "town. She would fix the bus service to the hospital first.",
    "Tom Baker",
    "Tom Baker is a journalist and the founder of the town's community radio station. He "
    "promises to publish every council contract online.",
)


def test_the_last_of_a_series_of_profiles_is_no_bio_box() -> None:
    """adv20: "Meet the candidates", each candidate's name over a paragraph that starts with
    it; the last one ("Tom Baker" / "Tom Baker is a journalist and the founder ...") went as
    an author's bio box, then as an author's bio."""
    page = _page(MENU, ("Meet the candidates for mayor", "By Dana Cole", "3 May 2026"),
                 CANDIDATES, FOOT)  # fmt: skip
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == list(CANDIDATES)


def test_a_bio_box_under_a_story_with_a_name_heading_still_goes() -> None:
    """Near miss of the above: a name alone over a paragraph that does not start with it,
    then the author's box: the shape is not repeated above the box, which goes."""
    story = (*STORY, "Peter Novak", "The retired teacher has sat on the council for years.")
    page = _page(MENU, story, ("Tom Hale", BIO_EN), FOOT)
    out = cleantext.clean(page, preset="extract")
    assert BIO_EN not in out and story[-1] in out

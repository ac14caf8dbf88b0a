"""Issue 14, pattern 5: error pages whose message is a sentence ("Sorry, the page you are
looking for does not exist.", in en/de/fr/es) go whole in ``extract`` (an empty result, with a
note), even with a site description on the page; ``light`` removes the message line only.
Near miss: an article sentence that says the same words is no error message."""

from __future__ import annotations

import dataclasses

import pytest

import cleantext
from _pages import MENU
from _pages import lines_page as _page
from cleantext.boilerplate.extract import WEIGHTS, find_main_content

WEIGHTS_OFF = dataclasses.replace(WEIGHTS, error_pages=False)
BLURB = (
    "Example Valley News is the leading source of local news, sport and weather for the towns "
    "and villages of the valley, read by more than fifty thousand people every month in print "
    "and online, and it has been owned by the same family for over a century.",
)


@pytest.mark.parametrize(
    "message",
    [
        "Sorry, the page you are looking for does not exist.",
        "Oops! The page you're looking for doesn't exist.",
        "Die von Ihnen gesuchte Seite existiert nicht.",
        "Désolé, la page que vous recherchez n'existe pas.",
        "Lo sentimos, la página que buscas no existe.",
    ],
)
def test_an_error_page_with_a_sentence_message_goes_whole(message: str) -> None:
    page = _page(("Page not found - Example Valley News",), MENU, (message, "Search"), BLURB,
                 ("Privacy Policy",))  # fmt: skip
    assert cleantext.clean(page, preset="extract") == ""
    note = find_main_content(page)[0].note
    assert note.startswith(f"error page: {message[:40]!r} at line 7")
    light = cleantext.clean(page)
    assert message not in light and BLURB[0] in light


def test_an_article_sentence_with_the_same_words_is_no_error_message() -> None:
    line = (
        "The archivist said the page you are looking for does not exist in the council's "
        "records from 1920, because a fire destroyed them."
    )
    page = _page(MENU, BLURB, (line,), BLURB)
    assert line in cleantext.clean(page, preset="extract")
    assert line in cleantext.clean(page)


# --- session 18: a short article with an error message in it is no error page -------------
# Each came out empty before (the message, and no run of prose worth an article): data loss.

FILM = (
    "The thriller follows a hacker who locks a bank out of its own servers. The film opens "
    "in cinemas on Thursday and runs 98 minutes."
)
SHORT_ARTICLES = {
    "a headline over a review": ("Access Denied", FILM),
    "a headline, byline and date over it": (
        "Access Denied",
        "By Jane Smith",
        "12 March 2024",
        FILM,
    ),
    "a quote announced by a sentence": (
        "Residents trying to pay parking fines on Tuesday were greeted by a page reading",
        "404 Not Found",
        "The city said a failed update took the payment portal offline for six hours.",
    ),
    "a search's message quoted": (
        "For about an hour on Monday, every query on the search site returned this message:",
        '0 results found for "weather"',
        "Engineers traced the fault to a bad index update and rolled it back by noon.",
    ),
    "a German headline": (
        "Seite nicht gefunden",
        "So heißt die neue Ausstellung im Stadtmuseum, die ab Samstag Fundstücke aus dem "
        "frühen Internet zeigt.",
    ),
    "a Russian headline": (
        "Страница не найдена",
        "Так называется новый спектакль молодёжного театра, премьера которого состоится в субботу.",
    ),
    "a stray message under the article": (
        "Bridge reopens after repairs",
        "The old river bridge reopened to traffic on Monday after eight months of repairs, "
        "the council said.",
        "Store locator",
        "Not found",
    ),
}


@pytest.mark.parametrize("lines", SHORT_ARTICLES.values(), ids=SHORT_ARTICLES)
def test_a_short_article_with_an_error_message_keeps_its_prose(lines: tuple[str, ...]) -> None:
    page = _page(MENU, lines, ("Privacy Policy",))
    out = cleantext.clean(page, preset="extract")
    prose = [line for line in lines if len(line.split()) > 10]
    # (not all: around a quoted message extract-head or extract-tail still drop the paragraph
    # before or after it, a partial loss by other rules, left as it is)
    assert prose and any(line in out for line in prose), out
    assert not find_main_content(page)[0].note.startswith("error page")


def test_a_message_over_prose_that_explains_it_is_still_an_error_page() -> None:
    # near miss of the headline case: the prose under the message talks to the reader
    # about the missing page (the data file's [error] talk)
    explained = (
        "The story you were looking for has been removed or has expired. Some of our "
        "articles are only available for a limited time."
    )
    page = _page(MENU, ("This article is no longer available", explained), ("Privacy Policy",))
    assert cleantext.clean(page, preset="extract") == ""
    assert find_main_content(page)[0].note.startswith("error page: ")


def test_the_switch_keeps_an_error_page_as_any_other_page() -> None:
    page = _page(("Page not found - Example Valley News",), MENU,
                 ("Sorry, the page you are looking for does not exist.", "Search"), BLURB,
                 ("Privacy Policy",))  # fmt: skip
    cfg = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["error-pages"]}}
    )
    assert cleantext.Cleaner(cfg).clean(page) != ""
    assert not find_main_content(page, weights=WEIGHTS_OFF)[0].note.startswith("error page")

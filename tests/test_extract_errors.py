"""Issue 14, pattern 5: error pages whose message is a sentence ("Sorry, the page you are
looking for does not exist.", in en/de/fr/es) go whole in ``extract`` (an empty result, with a
note), even with a site description on the page; ``light`` removes the message line only.
Near miss: an article sentence that says the same words is no error message."""

from __future__ import annotations

import pytest

import cleantext
from _pages import MENU
from _pages import lines_page as _page
from cleantext.boilerplate.extract import find_main_content

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

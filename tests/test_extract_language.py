"""Issue 14: the extract preset decides a page's language once. Each pass extracts again from
what the last one kept; on a page in two languages, removing the lines of one language used
to switch the stopwords of the next pass to the other one (so its paragraphs lost their
stopword density and their class). What is left of a page keeps the page's language; a
different text (not lines removed from the last one) gets its own."""

from __future__ import annotations

from cleantext.boilerplate.features import PageFeatures
from cleantext.boilerplate.patterns import Patterns
from cleantext.boilerplate.stopwords import Stopwords

ENGLISH = (
    "The council said that it was the end of the road for the old bridge over the river.",
    "It is one of the oldest in the country and it has been in use for over a century.",
    "The people who live in the town said that they would miss it and that it was theirs.",
)
GERMAN = "Die Brücke ist alt und sie wird nicht mehr gebraucht, sagte der Bürgermeister."


def _features() -> PageFeatures:
    return PageFeatures(Patterns.builtin(), Stopwords.load())


def test_what_is_left_of_a_page_keeps_its_language() -> None:
    page = _features()
    assert page.of("\n".join([*ENGLISH, GERMAN])).lang == "en"
    assert page.of(GERMAN).lang == "en"  # the English lines went: the page is still English


def test_another_text_gets_its_own_language() -> None:
    assert _features().of(GERMAN).lang == "de"
    page = _features()
    page.of("\n".join(ENGLISH))
    assert page.of(GERMAN).lang == "de"  # not lines of the last text: decided anew

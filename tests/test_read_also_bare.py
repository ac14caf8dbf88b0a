"""Issue 14, fundus cases (c) and (d): a read-also line with no colon after its prefix ("Les
også Nordås innrømmer ...", the data file's ``[related] bare_prefixes``) and a teaser line
ending in a link word after a mark ("Rund 400 Feuerwehrleute protestieren | mehr",
``[related] suffixes``) are links to other articles. Near misses: a paragraph that opens with
the same words, a sentence that ends in "mehr", a mark inside a line."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, STORY
from cleantext.boilerplate.patterns import Patterns


def _category(line: str) -> str | None:
    """The UI category ``Patterns`` gives ``line`` (``None``: no UI), on both of its paths
    (the kernel's scan and the per-line one)."""
    p = Patterns.builtin()
    found = {str(m.category) if m else None for m in (p.match_lines(line)[0],)}
    keys = [" ".join(line.split()).casefold()]
    found |= {str(m.category) if m else None for m in (p.match_lines(line, keys=keys)[0],)}
    assert len(found) == 1, found
    return found.pop()


@pytest.mark.parametrize(
    "line",
    [
        "Les også Nordås innrømmer megablemme – fikk panikk 50 meter før mål",
        "Læs også Regeringen vil sænke skatten på el",
        "Läs också 5 saker du inte visste om Gotland",
        "Lesen Sie auch „Wir brauchen mehr Personal“",
        "LESEN SIE AUCH Die Bahn streikt wieder",
    ],
)
def test_a_read_also_line_without_a_colon_is_a_link(line: str) -> None:
    assert _category(line) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "Les også gjerne rapporten fra i fjor, som viser at bruken økte",  # lower case after
        "Lesen Sie auch den Bericht der Kommission.",  # a sentence with a full stop
        "Les også Aftenpostens sak om saken.",
        "Vi ber deg lese også Nordås sin forklaring",  # not at the start
    ],
)
def test_a_sentence_that_opens_with_the_words_is_no_link(line: str) -> None:
    assert _category(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Rund 400 Feuerwehrleute protestieren gegen späteren Ruhestand | mehr",
        "Council closes the old bridge » more",
        "Europawahl: Junge Wähler auf TikTok erreichen? | Mehr",
    ],
)
def test_a_teaser_ending_in_a_link_word_after_a_mark_is_a_link(line: str) -> None:
    assert _category(line) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "Die Feuerwehr will in diesem Jahr deutlich mehr",  # no mark before the word
        "Mehr | Weniger Personal als im Vorjahr",  # the mark inside the line
        "Die Preise steigen | und die Löhne nicht mehr",  # more than the word after the mark
    ],
)
def test_a_line_ending_in_the_word_without_its_mark_is_no_link(line: str) -> None:
    assert _category(line) is None


def test_the_lines_go_from_the_article_and_its_paragraphs_stay() -> None:
    lines = ["Les også Nordås innrømmer megablemme", "Brann i sentrum | mehr"]
    prose = "Les også gjerne rapporten fra i fjor, som viser at bruken av ferjen økte kraftig."
    page = "\n\n".join([*MENU, STORY[0], lines[0], STORY[1], prose, lines[1], STORY[2], *FOOTER])
    out = cleantext.clean(page, preset="extract")
    assert all(line not in out for line in lines)
    assert prose in out and all(s in out for s in STORY[:3])

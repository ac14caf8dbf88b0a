"""Issue 14, the article's opening: a standfirst of two short sentences with few stopwords.

In Finnish, Estonian or Georgian a case ending is part of the word, so a standfirst of two
short sentences has fewer than ``standfirst.MIN_WORDS`` words, and the stopword list of the
language may have none of them: it went with the head. ``standfirst-sentences``: a line of
``standfirst.SENTENCE_WORDS`` words or more holding two sentences, under the headline and
above the date and byline lines, is kept as a standfirst, and in the next pass (now the
text's first line) it stays. Near miss: a line of the same length that is one sentence or one
phrase (a second headline, a teaser's title) still goes. The pages are written for these
tests (an invented Estonian news item).
"""

from __future__ import annotations

import cleantext
from _pages import extract_with, paragraphs_page
from cleantext.boilerplate.standfirst import two_sentences

TITLE = ("Tartu saab uue jalakäijate silla | Tartu Teataja",)
MENU = ("Avaleht", "Uudised", "Sport", "Kultuur", "Arvamus", "Telli")
HEADLINE = ("Tartu saab uue jalakäijate silla",)
DECK = "Linnavolikogu kiitis kavandi esmaspäeval heaks. Ehitustööd algavad järgmisel kevadel."
#: the same words as one sentence: no standfirst by this rule
ONE = "Linnavolikogu kiitis esmaspäeval heaks kavandi, ehitustööd algavad järgmisel kevadel."
META = ("14.04.2026 17:05", "Autor: Mari Tamm")
ARTICLE = (
    "Emajõe kohale ehitatav jalakäijate ja jalgratturite sild ühendab Ülejõe linnaosa "
    "kesklinnaga ning lühendab paljude koolilaste teekonda peaaegu kilomeetri võrra, ütles "
    "abilinnapea Jaan Kask.",
    "Silla projekteeris kohalik arhitektuuribüroo, kelle sõnul sobib kerge teraskonstruktsioon "
    "vanade puitmajade vahele paremini kui betoonsild. Ehitus maksab linnale umbes kuus "
    "miljonit eurot.",
    "Kevadel algavate tööde ajal suletakse osa kaldapromenaadist, kuid linn lubab, et "
    "jalgrattateed jäävad kogu ehituse vältel avatuks ja ümbersõit märgistatakse selgelt.",
)
FOOTER = ("Jaga", "Facebook", "Kontakt", "© 2026 Tartu Teataja")


def _page(deck: str) -> str:
    return paragraphs_page(TITLE, MENU, HEADLINE, (deck,), META, ARTICLE, FOOTER)


def test_a_standfirst_of_two_short_sentences_stays() -> None:
    out = cleantext.clean(_page(DECK), preset="extract")
    assert DECK in out and ARTICLE[0] in out
    assert "Autor: Mari Tamm" not in out and "Telli" not in out


def test_one_sentence_of_the_same_length_still_goes() -> None:
    out = cleantext.clean(_page(ONE), preset="extract")
    assert ONE not in out and ARTICLE[0] in out


def test_two_sentences_is_told_by_a_sentence_end_inside_the_line() -> None:
    assert two_sentences(DECK) and not two_sentences(ONE)
    assert not two_sentences(HEADLINE[0])
    assert not two_sentences("Vaata ka: U.S. News ja teised uudised")  # (no end at the end)


def test_the_rule_can_be_switched_off() -> None:
    text = _page(DECK)
    assert DECK not in extract_with(text, standfirst_sentences=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["standfirst-sentences"]}}
    )
    assert DECK not in cleantext.Cleaner(config).clean(text)

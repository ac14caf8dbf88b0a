"""Issue 14, Swedish, Norwegian and Danish pages: these languages had no stopword list, so a
Swedish page was read as Dutch (its "de", "en", "om", "op"), and a paragraph of 20 words had a
stopword density near 0 where a German one of the same length has about 0.5: it scored as a
short line, and an article broken by a photo gallery kept only its best run of paragraphs.
``data/stopwords/sv.txt``, ``no.txt`` and ``da.txt`` list their function words. Near misses: a
Dutch and an English paragraph keep their language, and a Swedish menu line has no stopword.
The pages are written for these tests."""

from __future__ import annotations

import cleantext
from cleantext.boilerplate.extract import classify_lines
from cleantext.boilerplate.stopwords import Stopwords

SWEDISH = [
    "Under sommaren har kommunen byggt en ny gångbro över ån, enligt en rapport från i går.",
    "Det är fler besökare än vad som kom under hela förra året, säger parkens chef till tidningen.",
    "Bron var klar i juni och har sedan dess använts av många som cyklar till jobbet i staden.",
]
GALLERY = ["1/3", "Den nya bron i kvällsljus. Foto: Anna Berg", "Bron från ovan. Foto: Anna Berg"]
SWEDISH_AFTER = [
    "Nu vill kommunen bygga en bro till längre ner längs ån, men det beslutet tas i höst.",
    "Hon säger att arbetet med den andra bron kan börja tidigast om två år om pengarna finns.",
]
PAGE = [
    "Ny gångbro över ån klar – Lokaltidningen",
    "Start Nyheter Sport Nöje Kultur",
    "Logga in",
    "Ny gångbro över ån klar",
    "Publicerad 10.14",
    *SWEDISH,
    *GALLERY,
    *SWEDISH_AFTER,
    "Mest läst",
    "Cykelbanan stängs i helgen",
    "Om tidningen Kontakt Cookies",
]
NORWEGIAN = (
    "Det har vært en lang vinter for bøndene i dalen, og mange av dem sier at de ikke har sett "
    "så mye snø på mange år."
)
DANISH = (
    "Det har været en lang vinter for landmændene i dalen, og mange af dem siger at de ikke har "
    "set så meget sne i mange år."
)
DUTCH = "Het is een lange winter geweest voor de boeren in het dal, en velen van hen zeggen dat."
ENGLISH = "It has been a long winter for the farmers in the valley, and many of them say so."


def test_a_nordic_paragraph_reads_its_own_stopwords() -> None:
    sw = Stopwords.load()
    assert sw.analyse("\n".join(PAGE).casefold()).lang == "sv"
    assert sw.analyse(NORWEGIAN.casefold()).lang == "no"
    assert sw.analyse(DANISH.casefold()).lang == "da"
    infos = classify_lines("\n".join(PAGE))
    assert all(infos[5 + k].kind == "good" and infos[5 + k].density > 0.3 for k in range(3))


def test_a_swedish_article_broken_by_a_gallery_is_kept_whole() -> None:
    out = cleantext.clean("\n".join(PAGE) + "\n", preset="extract")
    assert all(p in out for p in SWEDISH + SWEDISH_AFTER)
    assert "Logga in" not in out and "Om tidningen" not in out


def test_near_misses_dutch_and_english_keep_their_language_and_a_menu_has_none() -> None:
    sw = Stopwords.load()
    assert sw.analyse(DUTCH.casefold()).lang == "nl"
    assert sw.analyse(ENGLISH.casefold()).lang == "en"
    assert sw.density("Start Nyheter Sport Nöje Kultur", "sv") == 0.0

"""Issue 14, ``noun-case``: German capitalises every noun, so a German heading or short
sentence has few lower-case initials ("Das Wichtigste in Kürze:") and failed the test of
sentence case that tells a short line of the article from a menu entry in Title Case. On a
page whose language capitalises its nouns (its stopword list says ``# case: nouns``), a line
whose function words after the first word are in lower case is in sentence case too. Near
miss: a German menu of capitalised nouns ("Politik und Wirtschaft", "Über Uns Kontakt
Impressum") stays a menu, and a line of fields split by a bar (a post's footer) stays no
sentence. The page is written for these tests."""

from __future__ import annotations

from cleantext.boilerplate.extract import WEIGHTS, Weights, classify_lines, sentence_like
from cleantext.boilerplate.stopwords import Stopwords

PAGE = "\n".join(
    (
        "Startseite Politik Wirtschaft Sport",
        "Politik und Wirtschaft",
        "Über Uns Kontakt Impressum",
        "Abgelegt unter Reisen | Schreiben Sie einen Kommentar",
        "Die Stadt hat am Montag beschlossen, dass die Brücke im Sommer repariert wird, "
        "und die Arbeiten sollen bis zum Herbst dauern, wie der Bürgermeister sagte.",
        "Das Wichtigste in Kürze:",
        "Die Brücke ist ab dem ersten Juni für Autos gesperrt.",
        "Die Busse fahren während der Arbeiten über die Umleitung am Hafen.",
    )
)


def _sentence_lines(weights: Weights = WEIGHTS) -> dict[str, bool]:
    infos = classify_lines(PAGE, weights=weights)
    return {info.block.text: sentence_like(info) for info in infos}


def test_only_german_lists_capitalise_nouns() -> None:
    sw = Stopwords.load()
    assert "und" in sw.noun_case_words("de")
    assert not sw.noun_case_words("en") and not sw.noun_case_words("nl")


def test_a_german_heading_is_in_sentence_case() -> None:
    assert _sentence_lines()["Das Wichtigste in Kürze:"]


def test_a_german_menu_of_nouns_is_not() -> None:
    found = _sentence_lines()
    assert not found["Politik und Wirtschaft"]
    assert not found["Über Uns Kontakt Impressum"]
    assert not found["Startseite Politik Wirtschaft Sport"]
    assert not found["Abgelegt unter Reisen | Schreiben Sie einen Kommentar"]  # fields


def test_the_rule_can_be_switched_off() -> None:
    assert not _sentence_lines(Weights(noun_case=False))["Das Wichtigste in Kürze:"]


def test_an_english_page_keeps_the_old_test() -> None:
    text = "The city said the bridge will close on Monday and reopen in the autumn.\n"
    infos = classify_lines(text + "The Most Important Facts in Brief")
    assert not infos[-1].nouns and not sentence_like(infos[-1])

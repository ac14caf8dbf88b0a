"""Lines inside an article that are no part of it (issue 14, precision): an embed's consent box
and its buttons, numbered ad slots and sponsored labels, a source line under a chart, a caption
that ends in its credit in brackets, a "read also" link with a colon. Each has a near miss that
stays: a story about YouTube, consent or sources, a quote, a sentence with a bracket. The pages
are written for these tests."""

from __future__ import annotations

import pytest

from _pages import FOOTER, MENU, STORY
from _pages import lines_page as _page
from cleantext import Cleaner
from cleantext.boilerplate.bylines import is_byline
from cleantext.boilerplate.credits import is_caption, is_credit


def _inside(line: str) -> tuple[str, str | None]:
    """The extract preset's text of a page with ``line`` between two paragraphs, and the rule
    of the edit that removed it (``None`` if it stayed)."""
    page = _page(MENU, (*STORY[:2], line, *STORY[2:]), FOOTER)
    doc = Cleaner(preset="extract").clean_document(page)
    assert all(para in doc.text for para in STORY)
    rule = next((e.rule for e in doc.edits if line in e.before), None)
    return doc.text, rule


EMBED_BOX = [
    (
        "An dieser Stelle finden Sie einen externen Inhalt von YouTube, der den Artikel ergänzt.",
        "extract-appeal",
    ),
    (
        "An dieser Stelle findest du einen externen Inhalt, der den Artikel ergänzt.",
        "extract-appeal",
    ),
    ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", "extract-appeal"),
    (
        "Um eingebettete Inhalte anzuzeigen, ist Ihre widerrufliche Einwilligung notwendig.",
        "extract-appeal",
    ),
    (
        "To view this video please enable JavaScript, and consider upgrading your browser.",
        "extract-appeal",
    ),
    ("YouTube-Inhalte erlauben", "extract-appeal"),
    ("Externen Inhalt anzeigen", "extract-appeal"),
    ("Ein Klick für den Datenschutz", "extract-appeal"),
    ("Placeholder image-3", "extract-appeal"),
    ("Social Sharing", "extract-appeal"),
    ("Article content", "extract-appeal"),
    ("View 12 images", "extract-appeal"),
    ("Přejít před obsah vložený z jiného webu.", "extract-appeal"),
    ("Advertisement 2", "ui-strings"),
    ("Annonsørinnhold", "ui-strings"),
]


@pytest.mark.parametrize(("line", "rule"), EMBED_BOX)
def test_an_embeds_consent_box_and_ad_slots_go(line: str, rule: str) -> None:
    text, removed = _inside(line)
    assert line not in text
    assert removed == rule


@pytest.mark.parametrize(
    "line",
    [
        # a story about embeds, consent and YouTube, in sentences of its own
        "Die Verbraucherschützer kritisieren, dass externe Inhalte von YouTube erst nach einem "
        "Klick erscheinen, und verlangen eine einfachere Einwilligung.",
        "Viele Nutzer sagen: Ich bin damit einverstanden, dass mir Werbung angezeigt wird, "
        "solange sie nicht stört.",
        "Die Plattform will YouTube-Inhalte erlauben, die bisher gesperrt waren, sagte die "
        "Sprecherin am Montag.",
        "Social Sharing ist für viele Vereine das wichtigste Werkzeug, sagte die Trainerin.",
        "The article content was checked by two editors before it was published on Monday.",
        "The advertisement, which has not been shown on television yet, cost the party a lot.",
    ],
)
def test_a_story_about_embeds_or_consent_stays(line: str) -> None:
    text, removed = _inside(line)
    assert line in text
    assert removed is None


@pytest.mark.parametrize(
    "line",
    [
        "Quelle: AFP",
        "Fuente: INE, institutos regionales de estadística",
        "Kilde: Store norske leksikon",
        "Bron: BELGA",
    ],
)
def test_a_source_line_goes_as_a_credit(line: str) -> None:
    assert is_credit(line)
    text, removed = _inside(line)
    assert line not in text
    assert removed == "extract-credit"


def test_an_english_source_line_is_no_credit() -> None:
    # (English articles open lines of their own with "Source:": an attribution, a Q&A)
    assert not is_credit("Source: a senior official at the ministry")


def test_a_paragraph_that_opens_with_quelle_stays() -> None:
    line = (
        "Quelle: ein Mitarbeiter des Ministeriums, der anonym bleiben will, sagte uns, dass die "
        "Entscheidung längst gefallen sei und nur noch verkündet werden müsse."
    )
    assert not is_credit(line)
    text, removed = _inside(line)
    assert line in text
    assert removed is None


@pytest.mark.parametrize(
    "line",
    [
        "The old bridge at dawn on Tuesday, a day before it closed. (Jane Doe/Example Press)",
        "Die Brücke am Morgen nach dem Unwetter. (Foto: picture alliance/dpa | Max Muster)",
        "El puente viejo, el 1 de agosto. Ana Ruiz (dpa/picture alliance via Getty)",
    ],
)
def test_a_caption_that_ends_in_its_credit_in_brackets_goes(line: str) -> None:
    assert is_caption(line)
    text, removed = _inside(line)
    assert line not in text
    assert removed == "extract-caption"


@pytest.mark.parametrize(
    "line",
    [
        "The figures come from two agencies (Eurostat/OECD).",
        "Get the password manager for free (Upgrade to Premium for $4.99/mo)",
        "The mayor (pictured on the left) said the bridge would open again in May.",
    ],
)
def test_a_sentence_with_a_bracket_is_no_caption(line: str) -> None:
    assert not is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lest auch: Wie die Stadt ihre Radwege ausbauen will",
        "Zum Artikel: Pendler klagen über Staus",
        "Les også: En far for de store anledninger",
        "Läs också: Så blev bron klar",
    ],
)
def test_a_read_also_link_with_a_colon_goes(line: str) -> None:
    text, removed = _inside(line)
    assert line not in text
    assert removed == "ui-strings"


@pytest.mark.parametrize(
    "line",
    [
        "„Lest auch: die Bibel“, sagte der Pfarrer, „und ihr werdet verstehen.“",
        "Lest auch die Bibel, sagte der Pfarrer am Sonntag in seiner Predigt.",
        "Les også: boka kom ut i fjor og ble en stor suksess i hele landet.",
    ],
)
def test_a_quote_or_sentence_that_opens_with_read_also_stays(line: str) -> None:
    text, removed = _inside(line)
    assert line in text
    assert removed is None


@pytest.mark.parametrize(
    "line",
    [
        "Von Nina Muster",
        "Von Anna Beispiel und Karl Muster 06.11.2025, 21:00 Uhr",
        "By Jane Doe and John Roe / Staff Writers",
        "di Maria Rossi",
        "Von Monique de Vries, Redakteurin",
    ],
)
def test_a_byline_inside_the_article_goes(line: str) -> None:
    assert is_byline(line)
    text, removed = _inside(line)
    assert line not in text
    assert removed == "extract-byline"


@pytest.mark.parametrize(
    "line",
    [
        "Von Kindern und Eltern",
        "By The Numbers",
        "Von Berlin aus fuhr der Zug weiter nach Hamburg, wo er am Abend ankam.",
        "By Jane Doe.",
        "Von dpa",
    ],
)
def test_a_heading_or_sentence_that_opens_with_von_or_by_stays(line: str) -> None:
    assert not is_byline(line)
    text, removed = _inside(line)
    assert line in text
    assert removed is None


def test_the_byline_rule_can_be_switched_off() -> None:
    page = _page(MENU, (*STORY[:2], "Von Nina Muster", *STORY[2:]), FOOTER)
    doc = Cleaner(preset="extract", disable=["extract-byline"]).clean_document(page)
    assert "Von Nina Muster" in doc.text

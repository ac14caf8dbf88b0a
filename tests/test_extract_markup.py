"""Issue 14 (losses at the head of the article): HTML markup rendered as text. A
``<noscript>`` fallback leaves its tags in a whole-page text as a line of text; a tracking
pixel's long URL made that line score as a paragraph, and it stood above the article. A line
of nothing but tags is scored as a short line (``markup.py``, ``extract_off = ["markup"]``).
Near misses: an article about HTML that quotes a tag inside its sentences, and a title in
angle brackets. The pages are written for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, blocks_page, extract_with, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import classify_lines, find_main_content
from cleantext.boilerplate.markup import is_markup

TITLE = ("Council votes to close the old bridge - Example News",)
# a tracking pixel that names the page by its headline: words with stopwords, no tag's text
PIXEL = (
    '<p style="position: absolute; top: -999em"><img src="https://stats.example.com/s?name='
    "news.the-council-votes-to-close-the-old-bridge-over-the-river-for-the-buses-and-the-"
    'trucks.page&amp;site=news&amp;type=article&amp;from=the-front-page" alt=""></p>',
)
STYLE = ('<link href="https://static.example.com/icons/fallback.css" rel="stylesheet">',)


def _page() -> str:
    return blocks_page(MENU, TITLE, STYLE + PIXEL, STORY, FOOTER)


def test_a_line_of_tags_above_the_article_goes_with_the_head() -> None:
    text = _page()
    assert PIXEL[0] in extract_with(text, markup=False)  # it scored as a paragraph
    out = extract_with(text)
    assert PIXEL[0] not in out and STYLE[0] not in out
    assert all(line in out for line in STORY)
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "HTML markup rendered as text" in head.note


def test_the_mechanism_is_switched_off_by_extract_off() -> None:
    config = {"preset": "extract", "boilerplate": {"extract_off": ["markup"]}}
    assert "stats.example.com" in Cleaner(Config.from_dict(config)).clean(_page())
    on = Cleaner(Config.from_dict({"preset": "extract"}))
    assert "stats.example.com" not in on.clean(_page())


def test_an_article_about_html_that_quotes_tags_keeps_them() -> None:
    article = (
        'To load a style sheet, add <link rel="stylesheet" href="site.css"> to the head of '
        "the page, before any script that reads the styles it sets.",
        'An image needs its alt text as well: <img src="bridge.jpg" alt="The old bridge"> '
        "tells a reader who cannot see it what the picture shows.",
        *STORY,
    )
    out = extract_with(blocks_page(MENU, article, FOOTER))
    assert all(line in out for line in article)
    kinds = [i.kind for i in classify_lines(blocks_page(article)) if "<" in i.block.text]
    assert kinds == ["good", "good"]


def test_only_tags_of_html_elements_are_markup() -> None:
    assert is_markup('<iframe src="https://video.example.com/embed/1" width="476"></iframe>')
    assert not is_markup("<The Palace: Tale of Jang Noksu>")  # a title in angle brackets
    assert not is_markup("<b>Note:</b>")  # words between the tags
    assert not is_markup("<<")


TUTORIAL = (
    "Une liste à puces est l'un des éléments les plus simples du langage HTML, mais elle est "
    "souvent mal écrite, ce qui gêne les lecteurs d'écran et les moteurs de recherche.",
    "La liste commence par la balise d'ouverture, chaque élément est placé dans sa propre "
    "balise, et la liste se termine par la balise de fermeture, comme dans cet exemple.",
    "Pour une liste numérotée, on remplace simplement la première et la dernière balise, et le "
    "navigateur ajoute lui-même les numéros devant chaque élément de la liste.",
)
LAST = (
    "Enfin, une liste peut contenir une autre liste, à condition que la liste intérieure soit "
    "placée à l'intérieur d'un élément de la liste extérieure, et non directement dedans."
)


def test_an_open_and_close_tag_pair_does_not_cut_the_last_paragraph() -> None:
    """'<ol>' and '</ol>' have one normalised key ("ol"), which made them repeated lines, and
    'ol' was no element of the data file: they scored as a box that left the tutorial's last
    paragraph alone after it, and it went with the tail."""
    text = lines_page(
        MENU, ("Bien structurer une liste en HTML",), TUTORIAL, ("<ol>", "</ol>"), (LAST,),
        ("<br>", "<hr>", "Les commentaires sont fermés.", "Articles similaires",
         "Les tableaux en HTML"), FOOTER,
    )  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in TUTORIAL) and LAST in out
    assert "Articles similaires" not in out and "Les tableaux en HTML" not in out
    assert LAST not in extract_with(text, markup=False)


def test_a_sentence_that_names_the_tags_is_no_markup() -> None:
    line = "<ol> and </ol> open and close a numbered list in every browser."
    assert not is_markup(line) and is_markup("</ol>") and is_markup("<hr>")

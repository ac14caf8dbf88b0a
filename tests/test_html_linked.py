"""Session 23: the walk notes the innermost ``<article>`` around each heading that is all link
(``Page.linked``), which ``teaser-articles`` reads instead of a pass over every element."""

from __future__ import annotations

from cleantext.html import render
from cleantext.html.content import _teaser_articles


def test_an_all_link_heading_notes_its_innermost_article() -> None:
    page = render(
        "<body><article><section><article><h3><a href=/s>Other story</a></h3>"
        "<p>A teaser.</p></article></section></article></body>"
    )
    inner = next(i for i, e in enumerate(page.elements) if e.tag == "article" and i > 2)
    assert page.linked == [inner]
    assert _teaser_articles(page) is not None


def test_a_heading_partly_linked_or_outside_an_article_is_not_noted() -> None:
    # near misses: text outside the link, and a linked heading in no <article>
    page = render("<body><article><h3>Story: <a href=/s>more</a></h3><p>Text.</p></article></body>")
    assert page.linked == []
    page = render("<body><div><h3><a href=/s>Other story</a></h3><p>A teaser.</p></div></body>")
    assert page.linked == [] and _teaser_articles(page) is None

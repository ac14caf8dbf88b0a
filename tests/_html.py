"""Helpers of the HTML signal tests: an article's paragraphs, paragraphs as markup, the HTML
path's text with a set of signals, and every signal but one."""

from __future__ import annotations

from cleantext import html as H
from cleantext.edits import apply_edits

#: a short news article's four paragraphs, written for these tests
PIER = (
    "The harbour board voted on Tuesday to extend the northern pier by forty metres, after two "
    "winters of storms damaged the old one.",
    "Work will start in March and the ferry will use the southern berth until the pier "
    "reopens, the board said in a statement.",
    "Fishermen welcomed the decision but asked for the boat ramp to stay open during the "
    "works, which the board promised to consider.",
    "The cost, about four million pounds, will be shared between the council and a national "
    "fund for coastal towns.",
)


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def extract(html: str | bytes, signals: frozenset[str] = H.SIGNALS) -> str:
    page = H.render(html, signals)
    return apply_edits(page.text, H.select_edits(page, None, signals))


def without(name: str) -> frozenset[str]:
    assert name in H.SIGNALS
    return H.SIGNALS - {name}

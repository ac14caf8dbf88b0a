"""Helpers of the HTML signal tests: paragraphs as markup, the HTML path's text with a set of
signals, and every signal but one."""

from __future__ import annotations

from cleantext import html as H
from cleantext.edits import apply_edits


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def extract(html: str | bytes, signals: frozenset[str] = H.SIGNALS) -> str:
    page = H.render(html, signals)
    return apply_edits(page.text, H.select_edits(page, None, signals))


def without(name: str) -> frozenset[str]:
    assert name in H.SIGNALS
    return H.SIGNALS - {name}

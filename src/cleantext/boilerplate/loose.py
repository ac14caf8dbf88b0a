"""A short sentence in a language whose stopword list misses its function words, for the
``extract`` preset (``loose-sentences``).

Korean's particles and endings are parts of its words (eojeol), so its stopword list can only
hold whole forms, and a sentence of nouns with their particles has no listed word: density 0.
``loose-density`` lets a line of ``Weights.loose_words`` words or more with its full stop be a
paragraph there, but a short last paragraph, "책방은 매주 화요일부터 일요일까지 문을 연다.
(연합뉴스)" (7 eojeol, as a reader counts them), stayed a short line and went with the tail.
Such a line, of ``Weights.sentence_words`` eojeol or more (its whitespace-separated words)
that ends in its sentence, is a medium line: it joins the paragraphs beside it, and alone it
is no article. A teaser cut with an ellipsis ("…", "...") is no sentence, nor is a line of
fewer eojeol (a headline with its full stop, a date line).

>>> loose_sentence("책방은 매주 화요일부터 일요일까지 문을 연다.", 6)
'medium'
>>> loose_sentence("내일부터 전국에 강추위 예보…", 6), loose_sentence("문을 연다.", 6)
('', '')
"""

from __future__ import annotations

__all__ = ["loose_sentence"]

_ELLIPSES = ("…", "...")  # the ends of a teaser cut short, no sentence's


def loose_sentence(row: str, eojeol: int) -> str:
    """``"medium"`` if ``row`` (a line that ends in its sentence) has ``eojeol`` words or more
    split by white space and does not end in an ellipsis, else ``""``."""
    text = row.rstrip()
    if text.endswith(_ELLIPSES) or len(text.split()) < eojeol:
        return ""
    return "medium"

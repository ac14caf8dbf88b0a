"""A wire story's paragraph that ends in its agency's credit, for the ``extract`` preset
(``credit-ends``).

A news agency's story, as a site runs it, may end a paragraph with the agency's name in
brackets after its last sentence: "… бесплатно по будним дням. (ИТАР-ТАСС)", "…と話した。（共同）",
"… بعد المدرسة. (رويترز)", "… 영화를 상영한다. (연합뉴스)". The line then ends in a bracket,
not in a sentence's end, and reads as no paragraph (``features.is_terminal``): the article's
last paragraph is lost with the tail, and one in the middle parts the article. Such a line
ends in its sentence: the bracket holds at most ``CREDIT_WORDS`` words and ``CREDIT_CHARS``
characters, no sentence end (the data file's ``[sentences] ends``) and none of a photo
credit's marks (``_PHOTO``: "(Photo: Getty Images)", "(Jane Doe/AP)" end a caption, which is
``extract-caption``'s), and what comes before it ends in terminal punctuation. A heading
with a bracket ("Итоги года (часть 2)") or a line that is only the credit ("(ИТАР-ТАСС)", a
byline's) is none.

>>> ends_in_credit("Вход будет бесплатным. (ИТАР-ТАСС)"), ends_in_credit("と話した。（共同）")
(True, True)
>>> ends_in_credit("Итоги года (часть 2)"), ends_in_credit("(ИТАР-ТАСС)")
(False, False)
>>> ends_in_credit("Он уехал. (См. фото на стр. 3)"), ends_in_credit("Madrid, 2019. (Jane Doe/AP)")
(False, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from cleantext.boilerplate.features import is_terminal
from cleantext.data import sentence_ends

__all__ = ["CREDIT_CHARS", "CREDIT_WORDS", "credited", "ends_in_credit"]

#: an agency's credit in brackets has at most this many words ("AP", "ИТАР-ТАСС", "भाषा")
CREDIT_WORDS = 3
#: ... and at most this many characters between its brackets
CREDIT_CHARS = 30
_PHOTO = frozenset(":/|©：／")  # a photo credit's label, separator or mark
_CLOSE = frozenset(")）")  # the brackets a credit ends in (ASCII, full-width)
_LAST = itemgetter(slice(-1, None))


@lru_cache(maxsize=1)
def _ends() -> frozenset[str]:
    return frozenset(sentence_ends())


def ends_in_credit(line: str) -> bool:
    """``line`` ends in a sentence, then a news agency's credit in brackets."""
    text = line.rstrip()
    if text[-1:] not in _CLOSE:
        return False
    at = max(text.rfind("("), text.rfind("（"))
    inner = text[at + 1 : -1].strip()
    if at < 1 or not inner or len(inner) > CREDIT_CHARS or len(inner.split()) > CREDIT_WORDS:
        return False
    return _ends().isdisjoint(inner) and _PHOTO.isdisjoint(inner) and is_terminal(text[:at])


def credited(rows: Sequence[str], keep: Sequence[int], terminal: Sequence[bool]) -> list[bool]:
    """``terminal`` (whether each row of ``rows`` at ``keep`` ends in terminal punctuation),
    with the rows that end in a sentence and an agency's credit (:func:`ends_in_credit`)
    ending in one.

    >>> credited(["Он уехал. (ТАСС)", "", "Итоги (2)"], [0, 2], [False, False])
    [True, False]
    """
    out = list(terminal)
    last = map(_LAST, map(rows.__getitem__, keep))
    for j in compress(count(), map(_CLOSE.__contains__, last)):
        out[j] = out[j] or ends_in_credit(rows[keep[j]])
    return out

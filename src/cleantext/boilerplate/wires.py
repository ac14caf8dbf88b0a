"""A wire story's paragraph that ends in its agency's credit, for the ``extract`` preset
(``credit-ends``).

A news agency's story, as a site runs it, may end a paragraph with the agency's name in
brackets after its last sentence: "… бесплатно по будним дням. (ИТАР-ТАСС)", "…と話した。（共同）",
"… بعد المدرسة. (رويترز)", "… 영화를 상영한다. (연합뉴스)". The line then ends in a bracket,
not in a sentence's end, and reads as no paragraph (``features.is_terminal``): the article's
last paragraph is lost with the tail, and one in the middle parts the article. Such a line
ends in its sentence: the bracket holds one of the data file's ``[credit] wire_agencies``
(in any case, its spaces collapsed) and what comes before it ends in terminal punctuation. A
heading with a bracket ("Итоги года (часть 2)"), a line that is only the credit
("(ИТАР-ТАСС)", a byline's), a teaser's media label ("… a Classic! (VIDEO)") or a caption's
photographer ("… del Noia. (Edu Luque)") is none.

>>> ends_in_credit("Вход будет бесплатным. (ИТАР-ТАСС)"), ends_in_credit("と話した。（共同）")
(True, True)
>>> ends_in_credit("Итоги года (ТАСС)"), ends_in_credit("(ИТАР-ТАСС)")
(False, False)
>>> ends_in_credit("It's a Classic! (VIDEO)"), ends_in_credit("Madrid. (Edu Luque)")
(False, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from cleantext.boilerplate.features import is_terminal
from cleantext.data import boilerplate_table

__all__ = ["CREDIT_CHARS", "credited", "ends_in_credit"]

#: the bracket of an agency's credit holds at most this many characters (longer: no test)
CREDIT_CHARS = 30
_CLOSE = frozenset(")）")  # the brackets a credit ends in (ASCII, full-width)
_LAST = itemgetter(slice(-1, None))


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    """The data file's ``[credit] wire_agencies``, case-folded, spaces collapsed."""
    names = boilerplate_table()["credit"]["wire_agencies"]
    return frozenset(" ".join(n.casefold().split()) for n in names)


def ends_in_credit(line: str) -> bool:
    """``line`` ends in a sentence, then a news agency's credit in brackets."""
    text = line.rstrip()
    if text[-1:] not in _CLOSE:
        return False
    at = max(text.rfind("("), text.rfind("（"))
    inner = text[at + 1 : -1]
    if at < 1 or len(inner) > CREDIT_CHARS:
        return False
    return " ".join(inner.casefold().split()) in _agencies() and is_terminal(text[:at])


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

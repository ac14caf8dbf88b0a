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

from collections.abc import Iterator, Sequence
from functools import lru_cache

from cleantext.boilerplate.features import is_terminal
from cleantext.data import boilerplate_table

__all__ = ["CREDIT_CHARS", "credit_lines", "credited", "ends_in_credit", "joined_agencies"]

#: the bracket of an agency's credit holds at most this many characters (longer: no test)
CREDIT_CHARS = 30
_CLOSE = (")", "）")  # the brackets a credit ends in (ASCII, full-width)
_LINE_END = ("\n", "")  # what follows a line's last character


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    """The data file's ``[credit] wire_agencies``, case-folded, spaces collapsed."""
    names = boilerplate_table()["credit"]["wire_agencies"]
    return frozenset(" ".join(n.casefold().split()) for n in names)


@lru_cache(maxsize=1)
def _joins() -> tuple[str, ...]:
    """The data file's ``[credit] wire_joins``: what parts two agencies in one credit."""
    return tuple(boilerplate_table()["credit"]["wire_joins"])


@lru_cache(maxsize=1)
def _last_letters() -> frozenset[str]:
    """The last character of each of :func:`_agencies`."""
    return frozenset(name[-1] for name in _agencies())


def ends_in_credit(line: str, pairs: bool = True) -> bool:
    """``line`` ends in a sentence, then a news agency's credit in brackets (``pairs``: or
    the credits of several agencies joined, :func:`joined_agencies`)."""
    text = line.rstrip()
    if text[-1:] not in _CLOSE or text[-2:-1].casefold() not in _last_letters():
        return False  # (most brackets: "(3-3)", "(2)", no agency's last letter before ')')
    start = max(0, len(text) - CREDIT_CHARS - 2)  # (the bracket is among the last characters)
    at = max(text.rfind("(", start), text.rfind("（", start))
    if at < 1:
        return False
    inner = text[at + 1 : -1]
    name = inner.strip().casefold()
    agencies = _agencies()
    known = name in agencies or (" " in name and " ".join(name.split()) in agencies)
    if not known and not (pairs and joined_agencies(name)):
        return False
    return is_terminal(text[:at])


def joined_agencies(name: str) -> bool:
    """``name`` (case-folded) is two or more of the data file's ``[credit] wire_agencies``
    joined by one of its ``wire_joins`` ("dpa/afp", "ap, reuters"): a story put together
    from several agencies' reports (``credit-pairs``).

    >>> joined_agencies("dpa/afp"), joined_agencies("rtr / dpa"), joined_agencies("ap")
    (True, True, False)
    >>> joined_agencies("video/afp"), joined_agencies("foto/dpa")
    (False, False)
    """
    join = next((j for j in _joins() if j in name), None)
    if join is None:
        return False
    parts = [" ".join(part.split()) for part in name.split(join)]
    agencies = _agencies()
    return all(part in agencies for part in parts)


def credit_lines(text: str, pairs: bool = True) -> frozenset[str]:
    """The lines of ``text`` that end in a sentence and a news agency's credit
    (:func:`ends_in_credit`). (The lines that end in a bracket are found by searches of the
    whole text, and tested once each.)

    >>> sorted(credit_lines("Он уехал. (ТАСС)\\n\\nИтоги (2)\\nОн уехал. (ТАСС)"))
    ['Он уехал. (ТАСС)']
    """
    return frozenset(line for line in set(_bracket_lines(text)) if ends_in_credit(line, pairs))


def credited(
    rows: Sequence[str], keep: Sequence[int], terminal: list[bool], credits: frozenset[str]
) -> list[bool]:
    """``terminal`` (whether each row of ``rows`` at ``keep`` ends in terminal punctuation),
    with the rows of ``credits`` (:func:`credit_lines`) ending in one.

    >>> credited(["Он уехал. (ТАСС)", "", "Итоги (2)"], [0, 2], [False, False],
    ...          frozenset(["Он уехал. (ТАСС)"]))
    [True, False]
    """
    return [t or rows[i] in credits for i, t in zip(keep, terminal, strict=True)]


def _bracket_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` that end in a closing bracket (``_CLOSE``), found by
    ``str.find`` of the bracket alone (a ``memchr``: a page has a few dozen brackets, and a
    search for the bracket and a line break together costs five times more).

    >>> list(_bracket_lines("a (b)\\nc (d) e\\nf（g）"))
    ['a (b)', 'f（g）']
    """
    for close in _CLOSE:
        at = text.find(close)
        while at >= 0:
            if text[at + 1 : at + 2] in _LINE_END:
                yield text[text.rfind("\n", 0, at) + 1 : at + 1]
            at = text.find(close, at + 1)

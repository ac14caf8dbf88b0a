"""An error page instead of an article, for the ``extract`` preset (``error-pages``).

A page with no article, only an error message of the data file's ``error`` category ("404 :
Page Not Found", "Access denied", "This article is no longer available", "0 results found",
a wall: "You have reached your article limit", "Please enable JavaScript"), goes whole when
it has no run of prose worth ``zone_min`` and the message is the page's own: it stands
before the best run, no sentence leads into it (a quote), and the prose right under it (past
a byline and a date) explains the error to the reader (``[error] talk``) in one paragraph,
short or naming what is missing (``[error] talk_pages``). A message over other prose is a
headline, and the short article under it stays. Off with ``Weights.error_pages=False``
(``extract_off = ["error-pages"]``); the note names the message.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from cleantext.boilerplate.headline import headline_index
from cleantext.boilerplate.light import opens_quote
from cleantext.boilerplate.patterns import data_keys, normalize_line
from cleantext.boilerplate.why import lines as line_range
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["error_page"]

_UI = attrgetter("ui")


def error_page(
    infos: Sequence[LineInfo], span: tuple[int, int] | None, best: float, w: Weights
) -> str | None:
    """The note for removing a whole error page ("404 : Page Not Found"): a page with an
    error message and no run of prose worth ``zone_min`` (``best``: the score of ``span``,
    the best run, 0 without one); ``None`` for any other page, or with ``w.error_pages`` off
    (``extract_off = ["error-pages"]``).

    >>> from cleantext.boilerplate.extract import WEIGHTS, LineInfo
    >>> from cleantext.segment import Block
    >>> line = Block(0, 0, "404", 2)
    >>> mk = lambda s, k="ui", ui="": LineInfo(line, 1, 0.0, False, k, s, False, ui)
    >>> menu = mk(-2.0, "hint", "navigation")
    >>> error_page([mk(-8.0, ui="error"), menu, mk(12.0, "good")], (2, 2), 12.0, WEIGHTS)[:39]
    "error page: '404' at line 3, and no run"
    >>> error_page([mk(-8.0), mk(12.0, "good")], (1, 1), 12.0, WEIGHTS) is None
    True
    """
    if not w.error_pages or best >= w.zone_min:
        return None
    uis = list(map(_UI, infos))  # (the first error message, no Python step per line)
    if "error" not in uis:
        return None
    # (a message after the best run is no page's message: a stray line under a short article)
    end = len(infos) if span is None else span[0]
    top = headline_index(infos)  # (the headline over a wall's message is no lead-in to it)
    at = [i for i, ui in enumerate(uis[:end]) if ui == "error" and _own_message(infos, i, w, top)]
    if not at:  # (every message is a headline over prose or a quote in it: an article's)
        return None
    found = infos[at[0]]
    return (
        f"error page: {found.block.text.strip()[:40]!r} at {line_range(infos, at[0], at[0])}, "
        f"and no run of prose worth an article (the best scored {best:.1f}, below "
        f"{w.zone_min:.0f})"
    )


def _own_message(infos: Sequence[LineInfo], i: int, w: Weights, top: int | None) -> bool:
    """The error message at ``infos[i]`` is the page's own: it stands apart
    (``_stands_apart``) and opens with no quotation (a review headlined '« Erreur 404 » : la
    pièce qui se moque d'Internet' quotes one; adv20)."""
    return not opens_quote(infos[i].block.text) and _stands_apart(infos, i, w, top)


def _stands_apart(infos: Sequence[LineInfo], i: int, w: Weights, top: int | None = None) -> bool:
    """Whether the error message at ``infos[i]`` is the page's own: no sentence leads into it
    (a quote: "... were greeted by a page reading" / "404 Not Found"; the page's headline,
    line ``top``, "How one village saved its last pub" over "You have reached your article
    limit", is none, w-bp19) and no prose follows it unless that prose explains the error to
    the reader (``[error] talk``: "The story you were looking for has been removed") in one
    paragraph, short or naming what is missing (``[error] talk_pages``: page, story, link),
    with no second paragraph under it but more such talk. A message over other prose is a
    headline ("Access Denied" over a film review, "Seite nicht gefunden" over an
    exhibition's), and the short article under it is no error page (session 18: nine such
    articles came out empty; adv19: six more, whose first sentence said "que busca", "não
    existe", "no longer available").

    >>> from cleantext.boilerplate.extract import WEIGHTS, LineInfo
    >>> from cleantext.segment import Block
    >>> mk = lambda t, n, k="good", ui="": LineInfo(Block(0, 0, t, 0), n, 0.0, True, k, 0.0, ui=ui)
    >>> msg = mk("Not found", 2, "ui", "error")
    >>> film = mk("The thriller follows a hacker who locks a bank out.", 10)
    >>> home = mk("Home", 1, "short")
    >>> _stands_apart([msg, film], 0, WEIGHTS), _stands_apart([home, msg], 1, WEIGHTS)
    (False, True)
    >>> _stands_apart([msg, mk("The page you were looking for has been removed.", 9)], 0, WEIGHTS)
    True
    """
    if i > 0 and i - 1 != top and _leads_in(infos[i - 1], w):
        return False
    at = _next_prose(infos, i + 1, w)
    if at is None:
        return True
    if not _talks(infos[at]):
        return False
    # (a short line, or one naming what is missing, and no second paragraph after it but
    # more such talk: "que busca" and "não existe" are everyday words, and an 'Error 404'
    # film review said them; "How to enable JavaScript in your browser" under a wall is talk)
    words = normalize_line(infos[at].block.text).split()  # (``key`` is cut short)
    named = len(words) <= _TALK_WORDS or not data_keys("error", "talk_pages").isdisjoint(words)
    second = _next_prose(infos, at + 1, w)
    return named and (second is None or _talks(infos[second]))


def _talks(info: LineInfo) -> bool:
    """Whether the line explains an error to the reader (a phrase of ``[error] talk``)."""
    key = info.key or normalize_line(info.block.text)
    return any(phrase in key for phrase in _error_talk())


_TALK_WORDS = 12  # an error page's explanation this short needs no word for the page


def _next_prose(infos: Sequence[LineInfo], i: int, w: Weights) -> int | None:
    """The index of the prose line at ``infos[i]``, or after up to two short lines there (a
    headline's byline and date); ``None`` if another UI line (a menu's, a box's) or the
    page's end comes first."""
    for j in range(i, min(i + 3, len(infos))):
        info = infos[j]
        if info.ui not in ("", "date"):
            return None
        if _is_prose(info, w):
            return j
    return None


def _is_prose(info: LineInfo, w: Weights) -> bool:
    """A paragraph's line: ``good`` or ``medium``, or a line of a sentence's words."""
    return info.kind in ("good", "medium") or info.words >= w.sentence_words


def _leads_in(info: LineInfo, w: Weights) -> bool:
    """A line of prose that a quoted message may follow: no UI string, a sentence's words,
    ending a sentence, on a colon or on a lower-case word ("... greeted by a page reading";
    a page's title, "Page not found | Northfield Tribune", ends on a name)."""
    text = info.block.text.rstrip()
    if info.ui or not _is_prose(info, w) or not text:
        return False
    return info.terminal or text[-1] == ":" or text[-1].islower()


@lru_cache(maxsize=1)
def _error_talk() -> tuple[str, ...]:
    """The data file's ``[error] talk``, normalised: the words with which an error page
    explains its message to the reader."""
    return tuple(normalize_line(p) for p in boilerplate_table()["error"]["talk"])

"""An author's bio at the end of the main content, for the ``extract`` preset.

Articles often end with a line about their author: "Jane Doe is a senior writer for Example
News.", "Max Muster ist Redakteur im Team Wirtschaft." It reads as prose, so the article's
run takes it in. It is no part of the article: when one of the last ``REACH`` lines of the
main content starts with a name (one to three capitalised words) followed within a few words
by a verb of the data file's ``[credit] bio_verbs`` ("is"/"ist"/"est"/"was"/"war", in any
case: a site may set the bio in title case, "Jane Doe Is a Senior Reporter") and a role
of its ``[credit] bio_roles`` (writer, editor, professor, Redakteurin, journaliste, ...), the
content ends before it. "Jane Doe is a farmer in Kent" names no role and stays. Off with
``Weights.author_bio=False``; the tail note of ``explain`` names the line.

A box about the site or its owner ends the content the same way: one of the last ``REACH``
lines that is a heading of the data file's ``[credit] site_headings`` ("About us", "Qui
sommes-nous ?", "Über uns"), with a line of the content under it (``is_site_heading``; off
with ``Weights.site_about=False``, ``extract_off = ["site-about"]``).

A bio box ends it too (w-bp19): the author's name alone on a line, then the content's last
line, a bio that starts with that name and names a role or says what the author writes
about (``[credit] bio_phrases``: "writes about", "escribe sobre"), however long ("Ana Ruiz" /
"Ana Ruiz es fotógrafa y redactora del Diario del Tormes desde 2009. Estudió ..." over 80
words). The name line must follow a line of the article: an article about a photographer
that opens with her name and such a sentence, then goes on, is no box (``box_start``; off
with ``Weights.bio_box=False``, ``extract_off = ["bio-box"]``).

>>> is_bio("Jane Doe is a senior writer for Example News.")
True
>>> is_bio("Jane Doe is a farmer in Kent who has kept bees for forty years.")
False
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.patterns import normalize_line
from cleantext.data import alternation, boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["REACH", "bio_start", "box_start", "is_bio", "is_site_heading"]

REACH = 3  # the last lines of the main content that may be a bio
MAX_WORDS = 80  # a bio is a short paragraph
BOX_MAX_WORDS = 200  # a bio under its name line, in a box of its own, may be longer
NAME_WORDS = 4  # a name line: one to four capitalised words
NAME_CHARS = 60  # and at most this many characters


@lru_cache(maxsize=1)
def _bio() -> regex.Pattern[str]:
    table = boilerplate_table()["credit"]
    alts = alternation(table["bio_roles"])
    verbs = alternation(table["bio_verbs"])
    # a name of 1-3 capitalised words, the verb, then the role within 80 characters (no '.')
    return regex.compile(
        rf"^(?:\p{{Lu}}[\p{{L}}.'’-]*\s){{1,3}}(?i:{verbs})\s[^.]{{0,80}}?(?<!\w)"
        rf"(?i:{alts})(?!\w)"
    )


@lru_cache(maxsize=1)
def _box_bio() -> regex.Pattern[str]:
    """A bio's opening after its name line (``box_start``): a verb and a role, as in ``_bio``
    (or one of ``[credit] bio_box_roles``, "Experte"), or a phrase of ``[credit] bio_phrases``
    ("writes about"), within the first sentence."""
    table = boilerplate_table()["credit"]
    alts = alternation([*table["bio_roles"], *table["bio_box_roles"]])
    verbs = alternation(table["bio_verbs"])
    phrases = alternation(table["bio_phrases"])
    return regex.compile(
        rf"(?i:{verbs})\s[^.]{{0,80}}?(?<!\w)(?i:{alts})(?!\w)|(?i:{phrases})(?!\w)"
    )


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The verbs of ``_bio``'s pattern (the data file's ``[credit] bio_verbs``), in lower and
    title case ("Jane Doe Is a Senior Reporter")."""
    verbs = boilerplate_table()["credit"]["bio_verbs"]
    return frozenset(verbs) | {v.title() for v in verbs}


def is_bio(line: str) -> bool:
    """A line about an article's author: a name, "is", a role (``[credit] bio_roles``).

    >>> is_bio("Mary Ann Smith was an editor."), is_bio("Jane Doe, an editor, is here.")
    (True, False)
    >>> is_bio("Jane Doe Is a Senior Business Reporter at Example News.")  # in title case
    True
    """
    # the pattern's verb is the second, third or fourth word (one to three words of the
    # name before it, each followed by one space): a line without it is told without the
    # pattern (9 lines in 10 of an article's last ones)
    if _verbs().isdisjoint(line.split(None, 4)[1:4]):
        return False
    text = line.strip()
    return _bio().match(text) is not None and len(text.split()) <= MAX_WORDS


@lru_cache(maxsize=1)
def _site_headings() -> frozenset[str]:
    return frozenset(map(normalize_line, boilerplate_table()["credit"]["site_headings"]))


def is_site_heading(line: str) -> bool:
    """A heading over a box about the site or its owner (``[credit] site_headings``).

    >>> is_site_heading("Qui sommes-nous ?"), is_site_heading("About the new bridge")
    (True, False)
    """
    return len(line) <= 40 and normalize_line(line) in _site_headings()


def _is_name(line: str) -> bool:
    """A line that is a name: one to ``NAME_WORDS`` words, each capitalised, of letters
    (and ``-'’.``: "Jean-Luc O'Neil", "J. Smith").

    >>> _is_name("Ana Ruiz"), _is_name("Más artículos"), _is_name("Lo más leído")
    (True, False, False)
    """
    words = line.split()
    return 0 < len(words) <= NAME_WORDS and all(map(_is_name_word, words))


def _is_name_word(word: str) -> bool:
    return word[0].isupper() and word.strip("-'’.").replace("-", "").replace("'", "").isalpha()


def box_start(infos: Sequence[LineInfo], first: int, last: int, w: Weights) -> int:
    """The name line of an author's bio box ending the main content (``first`` to ``last``):
    line ``last`` starts with the name on the line above it, then a verb and a role or a
    ``[credit] bio_phrases`` phrase ("Ana Ruiz" / "Ana Ruiz es fotógrafa y redactora ..."),
    at most ``BOX_MAX_WORDS`` words; the name line follows a line of the article, and the
    lines above it are no profile of the same shape (``_profiles``). ``-1`` if there is none,
    or with ``w.bio_box`` off.

    >>> from cleantext.boilerplate.extract import WEIGHTS, Block, LineInfo
    >>> mk = lambda t: LineInfo(Block(0, 0, t, 0), len(t.split()), 0.0, True, "good", 1.0)
    >>> story = mk("The storks raised two chicks by the river this spring.")
    >>> bio = mk("Ana Ruiz writes about birds and rivers for the Tormes Daily.")
    >>> box_start([story, mk("Ana Ruiz"), bio], 0, 2, WEIGHTS)
    1
    >>> box_start([mk("Ana Ruiz"), bio], 0, 1, WEIGHTS)  # the article opens with her: no box
    -1
    """
    if not w.bio_box or last - 1 <= first:
        return -1
    name = infos[last - 1].block.text.strip()
    if len(name) > NAME_CHARS:  # (most pages: a paragraph above the last line)
        return -1
    text = infos[last].block.text.strip()
    if not text.startswith(name + " ") or not _is_name(name):
        return -1
    if len(text.split()) > BOX_MAX_WORDS or _profiles(infos, first, last - 1):
        return -1
    return last - 1 if _box_bio().match(text, len(name) + 1) is not None else -1


def _profiled(infos: Sequence[LineInfo], first: int, j: int) -> bool:
    """Line ``j`` starts with the name alone on the line above it, and the content above
    has that shape too (``_profiles``): the last of a series of profiles."""
    top = next((i for i in range(j - 1, first - 1, -1) if infos[i].kind != "empty"), -1)
    if top < 0:
        return False
    name = infos[top].block.text.strip()
    if len(name) > NAME_CHARS or not infos[j].block.text.strip().startswith(name + " "):
        return False
    return _profiles(infos, first, top)


def _profiles(infos: Sequence[LineInfo], first: int, top: int) -> bool:
    """The two lines of the content above the name line ``top`` have its shape too: a name
    alone, then a paragraph that starts with it. The article is a series of profiles
    ("Meet the candidates": each one's name over a paragraph on them, adv20), and its last
    one is no author's box.

    >>> from cleantext.boilerplate.extract import Block, LineInfo
    >>> mk = lambda t: LineInfo(Block(0, 0, t, 0), len(t.split()), 0.0, True, "good", 1.0)
    >>> lines = [mk("Aisha Rahman"), mk("Aisha Rahman is a nurse."), mk("Tom Baker")]
    >>> _profiles(lines, 0, 2), _profiles([mk("It rained."), *lines[1:]], 0, 2)
    (True, False)
    """
    above = [i for i in range(top - 1, max(first, top - 7) - 1, -1) if infos[i].kind != "empty"]
    if len(above) < 2:
        return False
    name = infos[above[1]].block.text.strip()
    if len(name) > NAME_CHARS or not _is_name(name):
        return False
    return infos[above[0]].block.text.strip().startswith(name + " ")


def bio_start(infos: Sequence[LineInfo], first: int, last: int, w: Weights) -> int:
    """The first line of an author's bio, or the heading of a box about the site with a line
    under it (``w.site_about``), among the last ``REACH`` lines of the main content
    (``first`` to ``last``), not its first line; ``-1`` if there is none."""
    box = box_start(infos, first, last, w)
    if box >= 0:
        return box
    if not w.author_bio and not w.site_about:
        return -1
    seen = 0
    for j in range(last, first, -1):
        if infos[j].kind == "empty":
            continue
        seen += 1
        if seen > REACH:
            break
        text = infos[j].block.text
        if w.author_bio and is_bio(text) and not _profiled(infos, first, j):
            return j
        if w.site_about and j < last and is_site_heading(text):
            return j
    return -1

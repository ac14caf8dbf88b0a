"""The article resuming after a long box inside it, for the ``extract`` preset.

A news page often breaks its article with a box of its own: a picture gallery ("UK news in
pictures", "1 /50", a caption and a credit for each picture), a sign-up box ("Essential
news, delivered daily", "Email", "Sign up"), a video player. Plain text keeps the box's lines
between the two parts, and the first run of prose worth an article wins
(``extract.main_span``): the rest of the article, after the box, went as ``extract-tail``.
``continued.py`` joins a run after a short interruption (up to 25 lines, no UI text); a
gallery can be hundreds of lines.

A later run of prose is the rest of the article when, by the page's own measure, it is the
article's body more than the part chosen:

- it scores at least ``SHARE`` of the run of prose chosen as the content (it is bigger: the
  first part is a lead under the headline, the body comes after the box), and at least the
  weights' ``zone_min`` (worth an article on its own);
- at least ``MIN_PARAGRAPHS`` of its lines are paragraphs (``good``) and they are at least
  ``DENSE`` of its lines: a teaser list (headline, excerpt, date), a comment thread (name,
  time, comment, "Reply") or a gallery's captions interleave their few paragraphs with
  short lines; or (``resumed-words``) they hold at least ``WORD_SHARE`` of its words: a box
  of its own inside the article's rest ("Read also:" and three headlines, a subheading or
  two) adds short lines but few words, while a teaser list's headlines and dates are a
  bigger share of its words (a thread of long comments may not be: fewer than
  ``MAX_BYLINES`` of its lines may be comment bylines with a time, "Anna, 3 May at 10:12");
- no comment heading lies before it or in it (the comments come after the article), no
  box heading ("Related stories"; a link box between two of its paragraphs, "Lesen Sie auch:"
  and its headlines, is inside the story: ``extract._bridges``) or footer line (a copyright
  line, a short line with a promo keyword or a consent phrase of the data file) lies in it,
  and no footer line on the line after it (a footer's paragraphs of disclaimers end with the
  copyright line; a box or comment heading there, "Most read", ends the article's rest as it
  ends an article, but for a run dense only by its words: a teaser list of long excerpts
  ends there too);
- the box holds no box heading or footer line either (after the page's footer and its
  consent banner comes another page's text, not the article's), and its first line does not
  come again after it ("Tags:", "Read also" after each story of a page that shows several:
  the run is the next story).

A smaller run is the article's rest too (``resumed-table``) when nothing between the two
parts is page furniture: every line between them is a short line, a line repeated on the
page, a hint (a picture counter, a credit) or prose, none a UI string, box heading or comment
heading. Such lines are the article's own table, list or gallery (a bike's geometry table, a
list of members of parliament and their e-mail addresses, a vocabulary table), which plain
text renders as short lines; a teaser list, an author's bio or a newsletter pitch comes after
a share bar, a "Related stories" heading or a "Subscribe" button. The run then needs only
``TABLE_SHARE`` of the chosen run's score (and ``zone_min``), with the same paragraphs, footer
and next-story tests; and the part before it stays the article's start (``listed_first`` is
not asked: the rest is the smaller part). Off with ``Weights.resumed_table=False``
(``extract_off = ["resumed-table"]``).

The box between the two parts is removed (``extract-related``, with a note giving both
scores), but for the runs of prose inside it worth an article's paragraphs (``zone_min``: the
article goes on between a gallery and a sign-up box), and the article goes on to the end of
the run. Off with ``Weights.resumed=False`` (``extract_off = ["resumed"]``).

The part before the box is no part of the article, but a gallery's captions or a list, when
it is set otherwise than the rest (``listed_first``): its ``MIN_LISTED`` or more lines follow
one another with no blank line between them, while the paragraphs of the rest are set apart
by blank lines (at least ``SPACED`` of the gaps between them), as whole-page text renders a
list's items and an article's paragraphs. Then the article starts after the box, and the
part and the box go with the head (its note says why). Off with ``Weights.gallery=False``
(``extract_off = ["gallery"]``); a text whose paragraphs are never set apart by blank lines
is left as it was.
A first part whose lines continue each other stays the article's start: a line after its
first starts with a pronoun or connective pointing back (``[gallery] continuations`` of the
data file: "It had been run by ...", "But ..."), as an article's opening sentences do and a
caption, naming its own picture, does not.

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines, positive_runs
>>> story = ("The council voted on Tuesday to close the old bridge over the river, which is "
...     "now too weak for the buses that cross it every day.")
>>> box = ["Pictures of the week", "Show all 30", *(f"Picture {n} of 30" for n in range(30))]
>>> page = "\\n".join([story, *box, *[story.replace("Tuesday", d) for d in
...     ("Monday", "Friday", "Sunday", "Today", "Wednesday")]])
>>> infos = classify_lines(page)
>>> resumed(infos, 0, positive_runs(infos, 0, len(infos)), infos[0].score, WEIGHTS)
(33, 37)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from cleantext.boilerplate.patterns import normalize_line
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "BRIDGED",
    "box_parts",
    "continues",
    "listed_first",
    "resumed",
    "resumed_run",
    "why_listed",
    "why_resumed",
]

SHARE = 1.0
#: share of the chosen run's score a run after a table of the article's own needs
#: (``resumed-table``: no UI string, box heading or comment heading between the parts)
TABLE_SHARE = 0.25
#: the kinds of line that may not lie between the parts for ``resumed-table`` (page furniture)
_FURNITURE = frozenset({"ui", "box", "stop"})
MIN_PARAGRAPHS = 4
DENSE = 0.6
#: share of a run's words its paragraphs hold for it to be dense by words (``resumed-words``)
WORD_SHARE = 0.85
#: comment bylines (a name and a time) that make a run a thread, not dense by its words
MAX_BYLINES = 2
MIN_LISTED = 4
SPACED = 0.75
_BREAKS = frozenset({"box", "stop"})
#: the ``ui`` of a box heading between two paragraphs of prose (``extract._bridges``): a link
#: box inside the story ("Lesen Sie auch:" and its headlines), which does not end it
BRIDGED = "bridged"
#: UI categories of a footer's lines: a copyright line; ``""``, a promo keyword or a consent
#: phrase in a short line
_FOOTER = frozenset({"", "copyright"})

Run = tuple[float, int, int]


def resumed(
    infos: Sequence[LineInfo],
    last: int,
    runs: Sequence[Run],
    chosen: float,
    w: Weights,
    byline: Callable[[LineInfo], bool] | None = None,
) -> tuple[int, int] | None:
    """``(start, end)`` of the run of ``runs`` after ``last`` that resumes the article ending
    at line ``last``, whose run of prose scored ``chosen``, or ``None``. ``w.resumed=False``
    turns this off. ``byline``: tells a comment's byline ("Anna, 3 March 2024 at 10:12");
    without it, no run is dense by its words (``resumed-words``)."""
    if not w.resumed:
        return None
    need = max(w.zone_min, SHARE * chosen)
    stop = next((i for i in range(last + 1, len(infos)) if infos[i].kind == "stop"), len(infos))
    by_words = byline if w.resumed_words else None
    for score, a, b in runs:  # (a plain loop: a chain of generators costs more per page)
        if a <= last:
            continue
        if b >= stop:
            return None
        if score >= need and _dense(infos, a, b, by_words):
            return _unless_cut(infos, last, a, b)  # (the first dense run decides)
    return None


def resumed_run(
    infos: Sequence[LineInfo],
    last: int,
    runs: Sequence[Run],
    chosen: float,
    w: Weights,
    byline: Callable[[LineInfo], bool] | None = None,
) -> tuple[tuple[int, int] | None, float]:
    """``resumed``'s run, or (``w.resumed_table``) the run after a table of the article's
    own that scores ``TABLE_SHARE`` of ``chosen``, with the share it needed (``SHARE`` or
    ``TABLE_SHARE``); ``(None, SHARE)`` if neither."""
    rest = resumed(infos, last, runs, chosen, w, byline)
    if rest is not None or not (w.resumed and w.resumed_table):
        return rest, SHARE
    table = _after_table(infos, last, runs, chosen, w, byline)
    return table, TABLE_SHARE if table is not None else SHARE


def _after_table(
    infos: Sequence[LineInfo],
    last: int,
    runs: Sequence[Run],
    chosen: float,
    w: Weights,
    byline: Callable[[LineInfo], bool] | None,
) -> tuple[int, int] | None:
    """The first run of ``runs`` after line ``last`` worth ``TABLE_SHARE`` of ``chosen`` and
    ``w.zone_min``, dense (``_dense``), with no page furniture (``_FURNITURE``) between or in
    it (which ends the search: it lies before every later run too), no footer and no next
    story."""
    need = max(w.zone_min, TABLE_SHARE * chosen)
    by_words = byline if w.resumed_words else None
    lo = last + 1
    for score, a, b in runs:
        if a <= last:
            continue
        if any(infos[i].kind in _FURNITURE for i in range(lo, b + 1)):
            return None  # (in the run or before it: before every later run too)
        lo = b + 1
        if score >= need and _dense(infos, a, b, by_words):
            return _unless_cut(infos, last, a, b)
    return None


def _unless_cut(infos: Sequence[LineInfo], last: int, a: int, b: int) -> tuple[int, int] | None:
    """``(a, b)``, the first dense run after the article's end (line ``last``), unless a
    footer or the next story lies before it (``_page_end``, ``_next_story``): then ``None``,
    as it lies before every later run too."""
    if _page_end(infos, last + 1, a) or _next_story(infos, last, a):
        return None
    return (a, b)


def box_parts(
    infos: Sequence[LineInfo], last: int, start: int, runs: Sequence[Run], w: Weights
) -> list[tuple[int, int]]:
    """The line ranges of the box between the article's parts (lines ``last`` + 1 to
    ``start`` - 1) to remove: all of it but the runs of ``runs`` inside it that are worth an
    article's paragraphs (``w.zone_min``: the article goes on between two boxes, a gallery
    and a sign-up box)."""
    parts, lo = [], last + 1
    for score, a, b in runs:
        if lo <= a and b < start and score >= w.zone_min:
            parts.append((lo, a - 1))
            lo = b + 1
    parts.append((lo, start - 1))
    return [(a, b) for a, b in parts if any(infos[i].kind != "empty" for i in range(a, b + 1))]


def _dense(
    infos: Sequence[LineInfo], a: int, b: int, by_words: Callable[[LineInfo], bool] | None = None
) -> bool:
    """Lines ``a``-``b`` are mostly paragraphs (``MIN_PARAGRAPHS`` at least): ``DENSE`` of
    the lines, or (``by_words``, a comment byline's test) ``WORD_SHARE`` of the words
    (``_by_words``) when fewer than ``MAX_BYLINES`` of the other lines are comment bylines (a
    thread of long comments has its paragraphs' words too), no box or comment heading
    comes right after them (a teaser list of headlines and long excerpts, "Lo más leído")
    and their paragraphs are not each under a line of their own (``_paired``)."""
    lines = [infos[i] for i in range(a, b + 1) if infos[i].kind != "empty"]
    after = next((infos[i] for i in range(b + 1, len(infos)) if infos[i].kind != "empty"), None)
    if any(_footer(i) for i in lines) or (after is not None and _page_footer(after)):
        return False
    good = sum(i.kind == "good" for i in lines)
    if good < MIN_PARAGRAPHS:
        return False
    if good >= DENSE * len(lines):
        return True
    if by_words is None or not _by_words(lines) or (after is not None and _footer(after)):
        return False  # (a teaser list of long excerpts runs up to the next box's heading)
    if _paired(lines):
        return False
    return sum(1 for i in lines if i.kind != "good" and by_words(i)) < MAX_BYLINES


def _paired(lines: Sequence[LineInfo]) -> bool:
    """More than half of the paragraphs of ``lines`` after the first come right after a line
    that is none (each under a headline of its own: a digest of other stories' headlines
    and excerpts), where the article's rest has a subheading over several paragraphs.

    >>> from cleantext.boilerplate.extract import LineInfo
    >>> from cleantext.segment import Block
    >>> mk = lambda k: LineInfo(Block(0, 0, "", 0), 9, 0.3, k == "good", k, 9.0)
    >>> _paired([mk(k) for k in ("good", "short", "good", "short", "good", "short", "good")])
    True
    >>> _paired([mk(k) for k in ("good", "good", "short", "good", "good", "short", "good")])
    False
    """
    good = [k for k in range(1, len(lines)) if lines[k].kind == "good"]
    under = sum(1 for k in good if lines[k - 1].kind != "good")
    return 2 * under > len(good)


def _by_words(lines: Sequence[LineInfo]) -> bool:
    """The paragraphs (``good``) of ``lines`` hold ``WORD_SHARE`` of their words or more.

    >>> from cleantext.boilerplate.extract import LineInfo
    >>> from cleantext.segment import Block
    >>> mk = lambda k, n: LineInfo(Block(0, 0, "", 0), n, 0.3, k == "good", k, float(n))
    >>> _by_words([mk("good", 40), mk("short", 3), mk("short", 4), mk("good", 30)])
    True
    >>> _by_words([mk("short", 9), mk("good", 25), mk("short", 3)])  # a teaser's lines
    False
    """
    words = sum(i.words for i in lines)
    return sum(i.words for i in lines if i.kind == "good") >= WORD_SHARE * words


def _page_end(infos: Sequence[LineInfo], lo: int, hi: int) -> bool:
    """Lines ``lo`` to ``hi`` (excluded) hold the site's copyright line or a notice of it:
    the page's footer, after which comes another page's text, not the article's rest."""
    return any(_footer(infos[i]) for i in range(lo, hi))


def _next_story(infos: Sequence[LineInfo], last: int, a: int) -> bool:
    """The box's first line comes again from line ``a`` on: the lines after the article are
    a template that each story of the page repeats ("Tags:", "Read also"), and the run
    after them is the next story of a page that shows several, not the article's rest."""
    box = next((i for i in infos[last + 1 : a] if i.kind != "empty"), None)
    if box is None:
        return False
    key = normalize_line(box.block.text)
    return any(normalize_line(i.block.text) == key for i in infos[a:] if i.kind == box.kind)


def _footer(info: LineInfo) -> bool:
    """A comment or box heading, or a line of the page's footer: a copyright line or a
    short line of the site's notices and offers (a promo keyword or a consent phrase:
    "Copyright 2020 Example News. All Rights Reserved.", "Subscribe to our newsletter",
    "We use cookies ...")."""
    if info.kind in _BREAKS:
        return info.ui != BRIDGED  # (a link box between two paragraphs is inside the story)
    return info.kind == "ui" and info.ui in _FOOTER


def _page_footer(info: LineInfo) -> bool:
    """A line of the page's footer (``_footer``'s, not a heading): a run of paragraphs right
    before it is the footer's disclaimers; a run right before a box or comment heading
    ("Most read", "Comments") ends as an article does."""
    return info.kind == "ui" and info.ui in _FOOTER


def why_resumed(
    infos: Sequence[LineInfo],
    part: tuple[int, int],
    run: tuple[int, int],
    chosen: float,
    w: Weights,
    share: float = SHARE,
) -> str:
    """The note of a ``part`` of the box removed between the article's two parts (``share``:
    the share of the chosen run's score the rest needed, ``TABLE_SHARE`` for a rest after a
    table of the article's own)."""
    a, b = run
    score = sum(infos[i].score for i in range(a, b + 1))
    box = [i for i in range(part[0], part[1] + 1) if infos[i].kind != "empty"]
    head = infos[box[0]].block.text.strip()[:40] if box else ""
    table = (
        "; resumed-table: no UI string, box heading or comment heading between the parts, "
        "the article's own table or list"
        if share != SHARE
        else ""
    )
    return (
        f"box of {len(box)} lines inside the article ({head!r}): the article resumes after it "
        f"at lines {infos[a].block.index + 1}-{infos[b].block.index + 1} (scored {score:.1f}, "
        f"at least {w.zone_min:.0f} and {share:.0%} of the {chosen:.1f} of the run of prose "
        f"before the box; paragraphs {MIN_PARAGRAPHS} or more and {_dense_note(infos, a, b)}"
        f"{table})"
    )


def _dense_note(infos: Sequence[LineInfo], a: int, b: int) -> str:
    """How lines ``a``-``b`` are dense: by their lines, or by their words."""
    lines = [infos[i] for i in range(a, b + 1) if infos[i].kind != "empty"]
    good = [i for i in lines if i.kind == "good"]
    if len(good) >= DENSE * len(lines):
        return f"at least {DENSE:.0%} of its lines"
    share = sum(i.words for i in good) / max(1, sum(i.words for i in lines))
    return (
        f"{len(good)} of its {len(lines)} lines, but {share:.0%} of its words, at least "
        f"{WORD_SHARE:.0%} (resumed-words: its short lines are subheadings or a box of the "
        "article's own)"
    )


def listed_first(
    infos: Sequence[LineInfo], first: int, last: int, rest: tuple[int, int], w: Weights
) -> bool:
    """The article's first part (lines ``first``-``last``, before the box after which it
    resumes at ``rest``) is set as a list (its lines with no blank line between them) and
    the rest as paragraphs (blank lines between them): the first part is a gallery's
    captions or a list, not the article's start. ``w.gallery=False`` turns this off."""
    if not w.gallery:
        return False
    lines = [i for i in infos[first : last + 1] if i.kind != "empty"]
    part = [i.block.index for i in lines]
    if len(part) < MIN_LISTED or any(b - a != 1 for a, b in pairwise(part)):
        return False
    if any(continues(i.block.text) for i in lines[1:]):
        return False  # (an article's opening sentences, not captions)
    paragraphs = [i.block.index for i in infos[rest[0] : rest[1] + 1] if i.kind == "good"]
    gaps = [b - a > 1 for a, b in pairwise(paragraphs)]
    return len(gaps) >= MIN_LISTED and sum(gaps) >= SPACED * len(gaps)


@lru_cache(maxsize=1)
def _continuations() -> tuple[frozenset[str], int]:
    """The data file's words that start a sentence continuing the one before
    (``[gallery] continuations``), normalised, and the most words one of them has."""
    words = frozenset(normalize_line(w) for w in boilerplate_table()["gallery"]["continuations"])
    return words, max(len(w.split()) for w in words)


def continues(line: str) -> bool:
    """``line`` starts with a pronoun or connective that points back to the line before it
    ("It had been run by the family ...", "But the council said ..."): it continues that line
    as an article's sentences do, while a gallery's caption names its own picture.

    >>> continues("It had been run by the same family for five generations."), continues(
    ...     "Passengers wait for a bus in the rain on Wednesday.")
    (True, False)
    """
    words, most = _continuations()
    head = normalize_line(line).split(" ", most)[:most]
    return any(" ".join(head[:n]) in words for n in range(1, len(head) + 1))


def why_listed(infos: Sequence[LineInfo], first: int, last: int, rest: tuple[int, int]) -> str:
    """The head note's words for a first part passed over by ``listed_first``."""
    return (
        f"the run at {_lines(infos, first, last)} is set as a list (no blank line between "
        f"its lines) and the article after the box at {_lines(infos, rest[0], rest[1])} as "
        "paragraphs (blank lines between them): a gallery's captions or a list, not the "
        "article's start"
    )


def _lines(infos: Sequence[LineInfo], a: int, b: int) -> str:
    return f"lines {infos[a].block.index + 1}-{infos[b].block.index + 1}"

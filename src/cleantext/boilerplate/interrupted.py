"""The article going on after an ad label, a sign-up box or a media player inside it, for
``extract``.

Sites break an article with lines they insert between its paragraphs: an ad label
("Advertisement", "Anzeige", "Publicité"), a newsletter box ("Subscribe to our newsletter" /
"Enter your email address" / "Subscribe"), an embedded video or podcast player's controls
("Play video", "0:00 / 24:13", "Mute", "Full screen"), an inline "Read also: <headline>"
link. Those lines are UI text, which stops ``continued.py`` (after a share bar or a
"Subscribe" button come teasers, bios and sign-up pitches), and the paragraphs between two
such breaks are often too short to be a run worth an article: the article was cut at its
first break, and the rest went as ``extract-tail``.

The article's paragraphs after the break go on with what the article is about; a teaser of
another story after the article's end, or the site's pitch, does not. The next run of
paragraphs after the main content joins it when:

- every line between them (``MAX_GAP`` non-blank lines at most, one or more) is such an
  inserted line: an ad label or a newsletter line of the data file's UI strings
  (``INSERTED``), a sign-up box line (``signup.is_signup_line``), an inline link to another
  article ("Read also: ...", a UI line of the ``related`` strings, no box heading), or a
  player's line (``[interrupted] player`` lines of the data file, or a time such as
  "0:00 / 24:13"); a "Related articles" box, a comment heading or a date line is none;
- its first line is a paragraph of prose (``MIN_WORDS`` words or more, a full stop or
  sentence case), and no author's bio (``bios.is_bio``: "Jane Doe is a reporter at Example
  News", after a newsletter box, ends the article);
- at least ``MIN_SHARED`` of that paragraph's content words, and ``SHARE`` of them, come again
  in the article's last ``ARTICLE_WORDS`` words (``intro.stems``: words of four letters or
  more in no stopword list, compared by their first five letters; the words of the inserted
  lines do not count: a teaser's "Read also" headline names its own story).

A box of links to other stories (``_box_gap``: ``BOX_MIN`` or more headlines of
``HEADLINE_WORDS`` words set as a list, no blank line between them, under a heading the data
file does not know, a "Show more" button; ``BOX_MAX`` lines at most, every one a short line,
a repeated line, a button or an ad label) is such a gap too, with ``BOX_SHARED`` and
``BOX_SHARE`` for the paragraph after it (off with ``Weights.link_boxes=False``:
``extract_off = ["link-boxes"]``); a footer's links of a word or two and a contact block set
apart by blank lines are none.

A run that does not ends the search. The inserted lines, now inside the main content, go as
the rules that remove such lines there (``ui-strings``, ``extract-signup``, ``extract-menu``).
Off with ``Weights.interrupted=False`` (``extract_off = ["interrupted"]``); the tail note of
``explain`` names each run kept, the lines passed over and the words shared.

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines, positive_runs
>>> from cleantext.boilerplate.extract import sentence_like
>>> page = "\\n".join([
...     "The council voted on Tuesday to close the old bridge over the river, which is now "
...     "too weak for the buses that cross it every day.",
...     "Engineers found deep cracks in two of the bridge's piers during an inspection in "
...     "March, and the council said that repairs would cost more than a new bridge.",
...     "Listen to this story", "0:00 / 4:32", "Play", "Pause", "Download",
...     "The council said that the old bridge would close for good once the ferry over the "
...     "river runs, and that the piers would be kept as a monument.",
...     "Share", "Privacy policy"])
>>> infos = classify_lines(page)
>>> last, found = interrupted_runs(infos, (0, 1), positive_runs(infos, 0, len(infos)), WEIGHTS,
...     sentence_like)
>>> last, found[0][:4], sorted(found[0][4])[:4]
(7, (2, 6, 7, 7), ['bridg', 'close', 'counc', 'piers'])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache, partial
from itertools import islice
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.bios import is_bio
from cleantext.boilerplate.continued import says_continues
from cleantext.boilerplate.intro import paragraph_stems, stems
from cleantext.boilerplate.patterns import data_keys, normalize_line
from cleantext.boilerplate.signup import MAX_WORDS as SIGNUP_WORDS
from cleantext.boilerplate.signup import is_signup_line
from cleantext.data import boilerplate_table
from cleantext.rules import Rule, register

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["INSERTED_LINES", "inserted_note", "interrupted_runs", "is_inserted", "why_interrupted"]

MAX_GAP = 8  # non-blank inserted lines between two parts of the article
MIN_WORDS = 12  # words of the paragraph after them (a teaser's headline is shorter)
MIN_SHARED = 3  # its content words found in the article
SHARE = 0.15  # the share of its content words found in the article
BOX_MIN = 5  # headlines in a box of links between two parts of the article, at least
BOX_MAX = 25  # and its non-blank lines, at most
HEADLINE_WORDS = (3, 15)  # the words of a headline in such a box
BOX_SHARED = 4  # the content words of the paragraph after such a box found in the article
BOX_SHARE = 0.2  # and their share
#: the last non-blank lines before the article goes on, one of which is an ad slot's line that
#: says it does ("Story continues below"), for any lines before them to be a gap (``slot``)
SLOT_LINES = 4
#: the content words the paragraph under such a slot shares with an article that holds one
SLOT_SHARED = 2
#: the kinds of line a box of links is made of (headlines, an unknown heading)
BOX_KINDS = frozenset({"short", "repeat", "hint"})
#: the UI strings' categories of a box's buttons ("More", "Show all"); a share bar, a
#: comment counter or a known "Related articles" heading (``extract._bridges``) is none
BOX_UI = frozenset({"read-more", "ads"})
ARTICLE_WORDS = 400  # the words of the article's last paragraphs compared with
#: the UI strings' categories of lines a site inserts between an article's paragraphs
INSERTED = frozenset({"ads", "newsletter"})

_EX = (
    "The council voted on Tuesday to close the old bridge over the river, which is now too "
    "weak for the buses that cross it every day.\n\nEngineers found deep cracks in two of the "
    "bridge's piers during an inspection in March, and the council said that repairs would "
    "cost more than a new bridge.\n\n",
    "Watch the video\nPlay video\n0:00 / 2:13\nMute\nFull screen\n\n",
    "The council said that the old bridge would close for good once the ferry over the river "
    "runs, and that the piers would be kept as a monument.\n",
)
INSERTED_LINES = register(
    Rule(
        "extract-inserted",
        "boilerplate",
        "extract preset: remove the lines a site inserts between two parts of the article "
        "(a video or podcast player's controls, an ad label, a newsletter box) where the "
        "article goes on after them with its own words.",
        preset="extract",
        examples=((_EX[0] + _EX[1] + _EX[2], _EX[0] + _EX[2]),),
    )
)

Run = tuple[float, int, int]
#: a run kept: the first and last inserted line before it, its first and last line, the
#: stems it shares with the article, and what the lines before it are (``GAPS``)
Found = tuple[int, int, int, int, frozenset[str], str]
_BOX = f"a box of {BOX_MIN} or more headlines set as a list (link-boxes)"
_SLOT = "lines closed by an ad slot that says the article continues below (slot-gaps)"
#: the words of the notes for the lines inserted before a run kept: the ``extract-inserted``
#: note's, the tail note's
GAPS = {
    "inserted": (
        "a player's controls, an ad label, a sign-up box",
        "an ad label, a sign-up box, a player",
    ),
    "box": (_BOX, _BOX),
    "slot": (_SLOT, _SLOT),
}


def interrupted_runs(
    infos: Sequence[LineInfo],
    span: tuple[int, int],
    runs: list[Run],
    w: Weights,
    sentence_like: Callable[[LineInfo], bool],
    known: AbstractSet[str] | None = None,
) -> tuple[int, list[Found]]:
    """The main content's last line once the runs of ``runs`` after ``span`` that go on with
    its words after inserted lines are taken in, and those runs. ``w.interrupted=False``
    turns this off. ``known``: the keys of the page's sign-up box lines, if the caller has
    them (``PageFeatures.signup_keys``; every line's ``key`` is then set)."""
    first, last = span
    found: list[Found] = []
    if not w.interrupted:
        return last, found
    inserted = partial(is_inserted, known=known)
    grams = w.content_grams  # (content units of scripts without spaces: ``intro.stems``)
    article = partial(_article_stems, infos, first, inserted=inserted, grams=grams)
    goes_on = partial(_goes_on, infos, article=article, sentence_like=sentence_like, w=w)
    k, held = 0, False  # (``held``: the content holds an ad slot that says it goes on)
    while k < len(runs):
        _, a, b = runs[k]
        k += 1
        if a <= last:
            continue
        gap = _inserted_gap(infos, last, a, inserted, grams)
        need, how = (MIN_SHARED, SHARE), "inserted"
        if gap is None and w.link_boxes:
            gap, need, how = _box_gap(infos, last, a, grams), (BOX_SHARED, BOX_SHARE), "box"
        if gap is not None and all(map(inserted, _lines(infos, a, b + 1))):
            continue  # (a sign-up box's pitch that scored as a run: a part of the gap)
        shared = None if gap is None else goes_on(a, last, gap, need)
        slot = (
            None
            if shared is not None or not w.slot_gaps
            else _slot_run(infos, runs, k - 1, last, grams)
        )
        if slot is not None:
            k, (a, b), how = slot[0] + 1, runs[slot[0]][1:], "slot"
            held = held or _slot_held(infos, first, last)
            need = (SLOT_SHARED, 0.0) if held else (BOX_SHARED, BOX_SHARE)
            shared = goes_on(a, last, slot[1], need)
        if shared is None:
            break
        gap_lines = [i for i in range(last + 1, a) if infos[i].kind != "empty"]
        found.append((gap_lines[0], gap_lines[-1], a, b, shared, how))
        last, held = b, held or how == "slot"
    return last, found


def _goes_on(
    infos: Sequence[LineInfo],
    a: int,
    last: int,
    gap: frozenset[str],
    need: tuple[int, float],
    *,
    article: Callable[[int], frozenset[str]],
    sentence_like: Callable[[LineInfo], bool],
    w: Weights,
) -> frozenset[str] | None:
    """The content words line ``a`` shares with the article up to line ``last`` (``article``)
    and not with the ``gap`` before it, when it is a paragraph of prose, no author's bio, and
    they are ``need`` (so many, such a share of its own); else ``None``."""
    info = infos[a]
    if not _prose(info, sentence_like) or (w.author_bio and is_bio(info.block.text)):
        return None
    own = stems(info.block.text, w.content_grams)
    shared = own & article(last) - gap
    if len(shared) < need[0] or len(shared) < need[1] * len(own):
        return None
    return shared


def _lines(infos: Sequence[LineInfo], lo: int, hi: int) -> list[LineInfo]:
    """The non-blank lines ``lo`` to ``hi`` (excluded)."""
    return [infos[i] for i in range(lo, hi) if infos[i].kind != "empty"]


def _lines_upto(infos: Sequence[LineInfo], lo: int, hi: int, most: int) -> list[LineInfo]:
    """The non-blank lines ``lo`` to ``hi`` (excluded), the first ``most`` of them only."""
    lines = (infos[i] for i in range(lo, hi) if infos[i].kind != "empty")
    return list(islice(lines, most))


def _inserted_gap(
    infos: Sequence[LineInfo],
    last: int,
    a: int,
    inserted: Callable[[LineInfo], bool],
    grams: bool,
) -> frozenset[str] | None:
    """The stems of the lines between ``last`` and ``a`` when they are 1 to ``MAX_GAP``
    inserted lines (``inserted``: ``is_inserted``), else ``None`` (``grams``: as
    ``intro.stems``)."""
    n = 0
    found: set[str] = set()
    for i in range(last + 1, a):
        info = infos[i]
        if info.kind == "empty":
            continue
        n += 1
        if n > MAX_GAP or not inserted(info):
            return None
        found.update(stems(info.block.text, grams))
    return frozenset(found) if n else None


def _box_gap(
    infos: Sequence[LineInfo],
    last: int,
    a: int,
    grams: bool,
) -> frozenset[str] | None:
    """The stems of the lines between ``last`` and ``a`` when they are a box of links to
    other stories inside the article: at most ``BOX_MAX`` short lines (``BOX_KINDS``: its
    heading, its headlines) or buttons and ad labels (``BOX_UI``), with ``BOX_MIN`` headlines
    (``_headline``) set as a list (no blank line between them); else ``None`` (a footer's
    links are lines of a word or two, a contact block's lines are set apart, a timetable's
    rows are figures; ``grams``: as ``intro.stems``)."""
    lines = _lines_upto(infos, last + 1, a, BOX_MAX + 1)
    if len(lines) > BOX_MAX:
        return None
    listed = most = 0
    row = -2  # (the row of the headline before, in the page: ``block.index``)
    for info in lines:
        if info.ui in BOX_UI:
            continue
        if info.ui or info.kind not in BOX_KINDS:
            return None
        if not _headline(info):
            continue
        listed = listed + 1 if info.block.index == row + 1 else 1
        row = info.block.index
        most = max(most, listed)
    if most < BOX_MIN:
        return None
    return frozenset().union(*(stems(info.block.text, grams) for info in lines))


def _slot_run(
    infos: Sequence[LineInfo], runs: list[Run], k: int, last: int, grams: bool
) -> tuple[int, frozenset[str]] | None:
    """The first of the runs ``runs[k:]`` after the content's last line ``last`` whose lines
    before it are a gap closed by an ad slot (``_slot_gap``: the runs before it, a sign-up
    box's sentences, are part of the gap), within ``BOX_MAX`` non-blank lines, and that gap's
    stems; else ``None``."""
    for j in range(k, len(runs)):
        a = runs[j][1]
        if len(_lines_upto(infos, last + 1, a, BOX_MAX + 1)) > BOX_MAX:
            return None
        gap = _slot_gap(infos, last, a, grams)
        if gap is not None:
            return j, gap
    return None


def _slot_gap(
    infos: Sequence[LineInfo],
    last: int,
    a: int,
    grams: bool,
) -> frozenset[str] | None:
    """The stems of the lines between ``last`` and ``a`` when an ad slot that says the article
    goes on under it ("Advertisement 3" / "Story continues below": ``continued.
    says_continues``) ends them, within ``SLOT_LINES`` non-blank lines of ``a``: whatever the
    site put between (a "Trending" box of headlines, a newsletter's sign-up box, another ad),
    at most ``BOX_MAX`` lines, no comment heading or thread (kind ``stop``, a UI line of the
    ``thread`` strings) among them; else ``None`` (``grams``: as ``intro.stems``)."""
    lines = _lines_upto(infos, last + 1, a, BOX_MAX + 1)
    if not lines or len(lines) > BOX_MAX:
        return None
    ends = [
        n for n in range(max(0, len(lines) - SLOT_LINES), len(lines)) if says_continues(lines[n])
    ]
    if not ends or any(info.kind == "stop" or info.ui == "thread" for info in lines):
        return None
    # (the lines under the slot, a caption or a subheading, are the article's own)
    return frozenset().union(*(stems(info.block.text, grams) for info in lines[: ends[-1] + 1]))


def _slot_held(infos: Sequence[LineInfo], first: int, last: int) -> bool:
    """The article (lines ``first``-``last``) holds an ad slot that says it goes on, the
    site's template: the paragraph under another one then needs to share ``SLOT_SHARED`` of
    its content words with the article only (else as many as after a box of links). Asked
    once a slot is found, and no more once the content holds one (linear in the page)."""
    return any(says_continues(infos[i]) for i in range(first, last + 1))


def _headline(info: LineInfo) -> bool:
    """A line that may be a headline in a box of links: ``HEADLINE_WORDS`` words, fewer than a
    third of them with a figure (a timetable's or a price list's rows are no headlines)."""
    if not HEADLINE_WORDS[0] <= info.words <= HEADLINE_WORDS[1]:
        return False
    figures = sum(1 for word in info.block.text.split() if _FIGURE.search(word))
    return 3 * figures < info.words


_FIGURE = regex.compile(r"\d")


def inserted_note(infos: Sequence[LineInfo], found: Found) -> str:
    """The ``extract-inserted`` note for the lines before one run kept."""
    lo, hi, a, _, shared, how = found
    return (
        f"{hi - lo + 1} lines inserted into the article ({infos[lo].block.text.strip()[:40]!r} "
        f"...: {GAPS[how][0]}); the article goes on at line "
        f"{infos[a].block.index + 1}, whose paragraph shares {len(shared)} content words with it "
        f"({', '.join(sorted(shared)[:5])})"
    )


def is_inserted(info: LineInfo, known: AbstractSet[str] | None = None) -> bool:
    """A line a site inserts between an article's paragraphs: an ad label, a newsletter or
    sign-up line (``known``: the keys of the page's sign-up lines, if known), an inline
    "Read also: ..." link, a media player's line.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> [is_inserted(i) for i in classify_lines("Anzeige\\nPlay video\\n0:00 / 24:13")]
    [True, True, True]
    >>> [is_inserted(i) for i in classify_lines("Related articles\\nMarch 4, 2025")]
    [False, False]
    """
    if info.kind in ("box", "stop") or info.ui == "thread":
        return False
    if info.ui in INSERTED or (info.ui == "related" and info.kind == "ui"):
        return True
    if info.words > SIGNUP_WORDS:
        return False  # (no sign-up line, and no player's line either)
    text = info.block.text.strip()
    key = info.key or normalize_line(text)
    if _player_time().fullmatch(text) or key in data_keys("interrupted", "player"):
        return True
    return key in known if known is not None else is_signup_line(text, key)


@lru_cache(maxsize=1)
def _player_time() -> regex.Pattern[str]:
    return regex.compile(boilerplate_table()["interrupted"]["player_time"])


def _prose(info: LineInfo, sentence_like: Callable[[LineInfo], bool]) -> bool:
    """A paragraph of prose: ``MIN_WORDS`` words or more, a full stop or sentence case."""
    if info.kind != "good" or info.words < MIN_WORDS:
        return False
    return info.terminal or sentence_like(info)


def _article_stems(
    infos: Sequence[LineInfo],
    first: int,
    last: int,
    inserted: Callable[[LineInfo], bool],
    grams: bool,
) -> frozenset[str]:
    """The stems of the content words of the main content's last paragraphs (up to
    ``ARTICLE_WORDS`` words, from line ``last`` back; an inserted line taken in before, such
    as a newsletter's pitch, is none; ``grams``: as ``intro.stems``)."""
    lines = (infos[i] for i in range(last, first - 1, -1))
    kept = (info for info in lines if info.kind != "good" or not inserted(info))
    return paragraph_stems(kept, grams, ARTICLE_WORDS)


def why_interrupted(infos: Sequence[LineInfo], found: list[Found]) -> str:
    """The tail note's words for the runs kept ("" if none)."""
    return "".join(
        f"; the run at lines {infos[a].block.index + 1}-{infos[b].block.index + 1} goes on "
        f"after lines inserted into the article ({GAPS[how][1]}): "
        f"{len(shared)} of its first paragraph's content words come again in the article "
        f"({', '.join(sorted(shared)[:5])})"
        for _, _, a, b, shared, how in found
    )

"""Subscription, registration and sign-in pitches, for ``extract``: never the article, never
its end.

A news site's paywall or registration box, rendered as text, is a stretch of short lines:
a heading ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS", "Bereits Abonnent?"), benefits read
as sentences ("Unlimited online access.", "Daily puzzles including the crossword."),
buttons ("Subscribe now", "Sign In or Create an Account", "Email Address", "Continue").
Its benefit lines score as prose, its buttons as page furniture: the box may make a run of
the article's first paragraphs worth an article, then split it from the rest of the story
(the rest goes as ``extract-tail``).

A pitch is ``PITCH_LINES`` or more lines with a phrase of the data file's ``[signup]`` list
(``signup.is_signup_line``: at most 40 words), each within ``PITCH_GAP`` lines of the one
before, with no other line of more than ``PITCH_WORDS`` words between them and fewer than
``STORY_PARAGRAPHS`` paragraphs of ``STORY_WORDS`` words or more (an article's paragraphs end
it), and no page furniture (a UI string such as a copyright line, a menu word, a box or comment
heading: a footer ends it), and at least one of them no sentence (a heading or a button: no
full stop, question or exclamation mark at its end, and no paragraph), and a paragraph of
``STORY_WORDS`` words or more within ``PITCH_REACH`` lines after it with no page furniture
before it, and no author's bio (``bios.is_bio``: "Jane Doe is a reporter at Example News"; the
story goes on: a newsletter box under the article, before the author's bio, an ad label and the
teasers, stays page furniture that ends it). Its lines, from its first phrase line to its last,
are scored as blank lines before the page's runs are searched (``classify_lines``): the prose
before and after it is one run, and the box goes as ``extract-signup``. On a page with no
paragraph outside its pitches (an offer page) the lines are scored as usual: the pitch is then
the page's text. An article about subscriptions keeps its sentences: they end as sentences do,
and most are longer than a box line (``extract_off = ["pitch-boxes"]`` turns this off).

>>> known = {"subscribe now", "sign in", "email address"}
>>> keys = ["the council voted", "subscribe now", "unlimited access", "sign in",
...     "email address", "the council voted again"]
>>> ends = [True, False, True, False, False, True]
>>> pitch_rows(["good", "short", "medium", "short", "ui", "good"], keys, [40, 2, 2, 2, 2, 40],
...     ends, known)
[1, 2, 3, 4]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress, count, pairwise

__all__ = [
    "PITCH_GAP",
    "PITCH_LINES",
    "PITCH_REACH",
    "PITCH_WORDS",
    "STORY_PARAGRAPHS",
    "pitch_rows",
]

#: the most words of a line of a pitch (a benefit, a heading, a button, a form's hint)
PITCH_WORDS = 25
#: the most lines between two phrase lines of one pitch
PITCH_GAP = 6
#: the fewest phrase lines of a pitch
PITCH_LINES = 3
#: the most lines after a pitch before the paragraph that continues the story
PITCH_REACH = 12
#: the fewest words of that paragraph
STORY_WORDS = 20
#: the paragraphs of ``STORY_WORDS`` words or more between two phrase lines that part them
STORY_PARAGRAPHS = 2
#: the kinds of page furniture (a UI string, a menu word, a box or comment heading) that end
#: a pitch when they have no sign-up phrase: a footer's copyright line is no pitch's
_FURNITURE = frozenset({"ui", "hint", "box", "stop"})
#: the kind of a paragraph (no heading or button, even without its full stop)
_PARAGRAPH = "good"


def pitch_rows(
    kinds: Sequence[str],
    keys: Sequence[str],
    counts: Sequence[int],
    terminal: Sequence[bool],
    known: AbstractSet[str],
    bio: Callable[[int], bool] | None = None,
) -> list[int]:
    """Indexes of the lines (``kinds``, ``keys``, ``counts``, ``terminal``: each line's
    class, normalised form, words and whether it ends as a sentence does) that are a pitch's,
    from its first phrase line to its last; ``known``: the keys of the page's lines with a
    sign-up phrase; ``bio``: whether a line is an author's bio (``bios.is_bio``), which is no
    story going on. None when no paragraph (a ``good`` line) is left outside the pitches."""
    # (the phrase lines found in C; only the lines between two of them are looked at)
    hits = [j for j in compress(count(), map(known.__contains__, keys)) if kinds[j] != "empty"]
    if len(hits) < PITCH_LINES:
        return []
    rows: list[int] = []
    group = hits[:1]  # the phrase lines of the pitch being read
    for prev, j in pairwise(hits):
        if not _parted(kinds, counts, prev, j):
            group.append(j)
            continue
        rows.extend(_box(kinds, counts, terminal, group, bio))
        group = [j]
    rows.extend(_box(kinds, counts, terminal, group, bio))
    if not rows:
        return rows
    inside = set(rows)
    if not any(k == "good" and j not in inside for j, k in enumerate(kinds)):
        return []  # nothing but the pitch: it is the page's text
    return rows


def _parted(kinds: Sequence[str], counts: Sequence[int], prev: int, j: int) -> bool:
    """The lines between phrase lines ``prev`` and ``j`` part them: more than ``PITCH_GAP``
    lines, or a line of more than ``PITCH_WORDS`` words, or ``STORY_PARAGRAPHS`` paragraphs
    of ``STORY_WORDS`` words or more (the story's: two Arabic paragraphs of 23 and 21 words
    between a menu's "تسجيل الدخول" and the box; a pitch's benefits are short lines, one of
    them at most as long), or page furniture (a footer's copyright line, a menu word)."""
    seen = story = 0
    for i in range(prev + 1, j):
        kind = kinds[i]
        if kind == "empty":
            continue
        seen += 1
        if seen > PITCH_GAP or counts[i] > PITCH_WORDS or kind in _FURNITURE:
            return True
        story += kind == _PARAGRAPH and counts[i] >= STORY_WORDS
        if story >= STORY_PARAGRAPHS:
            return True
    return False


def _box(
    kinds: Sequence[str],
    counts: Sequence[int],
    terminal: Sequence[bool],
    group: list[int],
    bio: Callable[[int], bool] | None = None,
) -> range:
    """The lines from the first to the last phrase line of ``group`` if it is a pitch inside
    the story: ``PITCH_LINES`` phrase lines or more, one of them no sentence (a heading or a
    button), a paragraph after it (``_goes_on``)."""
    if len(group) < PITCH_LINES:
        return range(0)
    if all(terminal[j] or kinds[j] == _PARAGRAPH for j in group):
        return range(0)
    if not _goes_on(kinds, counts, group[-1] + 1, bio):
        return range(0)
    return range(group[0], group[-1] + 1)


def _goes_on(
    kinds: Sequence[str],
    counts: Sequence[int],
    start: int,
    bio: Callable[[int], bool] | None = None,
) -> bool:
    """A paragraph of ``STORY_WORDS`` words or more comes within ``PITCH_REACH`` lines
    from line ``start`` on, with no page furniture before it: the story goes on after the
    pitch (one under the article, before an ad label and the teasers, ends it as page
    furniture does; so does an author's bio, ``bio``: "Jane Doe is a reporter at ...")."""
    seen = 0
    for j in range(start, len(kinds)):
        kind = kinds[j]
        if kind == "empty":
            continue
        if kind == _PARAGRAPH and counts[j] >= STORY_WORDS:
            return bio is None or not bio(j)
        if kind in _FURNITURE:
            return False  # an ad label, a box heading: the page's furniture after the story
        seen += 1
        if seen >= PITCH_REACH:
            return False
    return False

"""A poll widget inside the article, for the ``extract`` preset (issue 14: the article's tail).

A news page sets a poll among the article's paragraphs: a heading ("Poll", "Encuesta"), the
question, its options, a "Vote" button, often a "View results" button and a vote count
("1,204 votes"). Plain text keeps them as short lines between two paragraphs; the question
ends in a question mark and parts them from a menu's run (``extract._menu_runs``), so the
widget was kept as the article's. Its lines are the site's furniture, not the story's.

A poll box is a line whose normalised text is one of the data file's ``[polls] titles``,
then up to ``MAX_LINES`` lines of at most ``MAX_WORDS`` words each (the question, the
options) that reach a vote button (``[polls] vote``); the box ends at the last line of the
buttons and counts right after it (``[polls] results``, or a line of at most ``COUNT_WORDS``
words with a figure and a word of ``[polls] counts``). A heading with no vote button under
it (a section headed "Poll" over a paragraph on a survey's findings) is no box, nor is a
poll named in a sentence. Each heading looks at ``MAX_LINES`` lines at most: linear. The
box goes as ``extract-related`` with a note. Off with ``Weights.poll_boxes=False``
(``extract_off = ["poll-boxes"]``).

>>> keys = ["the council voted", "poll", "which name", "a", "b", "vote", "view results",
...     "0000 votes", "the names were picked"]
>>> poll_boxes(keys, [20, 1, 5, 1, 1, 1, 2, 2, 20], 0, 8)
[(1, 7)]
>>> poll_boxes(keys[:5] + keys[8:], [20, 1, 5, 1, 1, 20], 0, 5)
[]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from cleantext.data import boilerplate_table

__all__ = ["COUNT_WORDS", "MAX_LINES", "MAX_WORDS", "poll_boxes", "poll_headings", "why_poll"]

MAX_LINES = 12  # lines from the heading to the vote button (a question and up to 10 options)
MAX_WORDS = 20  # words of a line of the box (a long question)
COUNT_WORDS = 5  # words of a vote count line ("Total de votos: 846")


class _Vocab(NamedTuple):
    headings: frozenset[str]
    vote: frozenset[str]
    results: frozenset[str]
    counts: frozenset[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    """The data file's ``[polls]`` word lists."""
    table = boilerplate_table()["polls"]
    return _Vocab(*(frozenset(table[k]) for k in ("titles", "vote", "results", "counts")))


def poll_headings() -> frozenset[str]:
    """The normalised headings of a poll box (``[polls] titles``): a page's content with
    none of them is not looked at line by line."""
    return _vocab().headings


def _is_count(key: str, counts: frozenset[str]) -> bool:
    """A vote count's key: at most ``COUNT_WORDS`` words, a figure ("0000") and a count word."""
    words = key.split()
    if len(words) > COUNT_WORDS:
        return False
    return any(w.strip("0") == "" for w in words) and not counts.isdisjoint(words)


def _box_end(keys: Sequence[str], words: Sequence[int], head: int, last: int) -> int | None:
    """The last line of the poll box headed at ``head`` (within ``last``), or ``None`` when no
    vote button comes within ``MAX_LINES`` short lines."""
    vocab = _vocab()
    end: int | None = None
    for j in range(head + 1, min(last, head + MAX_LINES) + 1):
        if words[j] == 0:
            continue
        if words[j] > MAX_WORDS:
            break
        key = keys[j]
        button = key in vocab.results or _is_count(key, vocab.counts)
        if key in vocab.vote or (end is not None and button):
            end = j
        elif end is not None:
            break  # (the first line after the buttons that is none ends the box)
    return end


def poll_boxes(
    keys: Sequence[str], words: Sequence[int], first: int, last: int
) -> list[tuple[int, int]]:
    """The poll boxes (first and last line) among lines ``first`` to ``last`` of a page whose
    lines have the normalised texts ``keys`` and the word counts ``words``."""
    headings = _vocab().headings
    out: list[tuple[int, int]] = []
    i = first
    while i <= last:
        end = _box_end(keys, words, i, last) if keys[i] in headings else None
        if end is None:
            i += 1
            continue
        out.append((i, end))
        i = end + 1
    return out


def why_poll(heading: str, lines: int) -> str:
    """The note of a poll box's removal: its heading and its number of lines."""
    return (
        f"poll box inside the content: {heading.strip()[:40]!r} and {lines - 1} lines under it "
        f"(its question and options, a vote button within {MAX_LINES} lines, at most "
        f"{MAX_WORDS} words each; results button and vote count)"
    )

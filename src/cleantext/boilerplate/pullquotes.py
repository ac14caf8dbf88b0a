"""Pull quotes inside the main content, for the ``extract`` preset (``extract-pullquote``).

A magazine sets a sentence of the story again, large, between its paragraphs (a pull
quote). Rendered as text, it is a line of its own that repeats, word for word, part of a
longer paragraph of the article: the article's text holds it once, in its paragraph. A line
of ``MIN_WORDS`` to ``MAX_WORDS`` words set apart (in quote marks, or without a sentence end)
whose text (quote marks and end punctuation stripped) occurs inside a longer line of the
content at most ``WINDOW`` lines away goes; a quote that the story does not
repeat stays, and so does a line repeated as a whole (the same line twice is
``dedup-blocks``' to judge).

>>> story = ["He said: \\"I slept beside a gale for eleven years. On land I could not.\\" Then.",
...          "\\"I slept beside a gale for eleven years. On land I could not.\\"",
...          "\\"The sea was my neighbour for half of my working life,\\" she said."]
>>> pull_quotes(story)
[1]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from cleantext.boilerplate._examples import PROSE, PROSE_END
from cleantext.rules import Rule, register

__all__ = ["PULL_QUOTE", "pull_quotes"]

#: a pull quote has at least this many words (a shorter repeat is a phrase, a name)
MIN_WORDS = 8
#: and at most this many (a longer line is a paragraph)
MAX_WORDS = 40

PULL_QUOTE = register(
    Rule(
        "extract-pullquote",
        "boilerplate",
        "extract preset: remove pull quotes inside the main content (a line that repeats "
        "word for word part of a longer paragraph near it).",
        preset="extract",
        examples=(
            (
                PROSE + "“A new bridge would be built by the end of the decade”\n\n" + PROSE_END,
                PROSE + PROSE_END,
            ),
        ),
    )
)

#: the paragraph that holds a pull quote is at most this many lines before or after it
WINDOW = 8


def _set_apart(line: str) -> bool:
    """``line`` reads as set apart from the text: it opens with a quote mark, or it has no
    sentence end (a sentence of the story that repeats another's, with its full stop, is a
    summary or a caption, not a pull quote).

    >>> _set_apart("“I check.”"), _set_apart("A part of a sentence"), _set_apart("A sentence.")
    (True, True, False)
    """
    text = line.strip()
    return text[:1] in _QUOTES or not text.endswith(_STOPS)


_QUOTES = frozenset("\"'“”„‘’‚«»‹›「『")
_STOPS = (".", "!", "?", "…", ".”", '."', ".’", "!”", "?”")

#: stripped from a pull quote's ends before it is looked for in the other lines
_EDGES = " \t\"'“”„‘’‚«»‹›「」『』.,;:!?…-–—"


def pull_quotes(lines: Sequence[str]) -> list[int]:
    """The indices of ``lines`` that are pull quotes: ``MIN_WORDS`` to ``MAX_WORDS`` words,
    whose text without quote marks at its ends occurs inside a longer line of ``lines``."""
    candidates = [
        i
        for i, line in enumerate(lines)
        if len(line) <= _LONGEST
        and line.count(" ") >= MIN_WORDS - 1  # (fewer spaces: fewer words, no split)
        and (line.lstrip()[:1] in _QUOTES or not line.rstrip().endswith(_STOPS))  # set apart
        and MIN_WORDS <= len(line.split()) <= MAX_WORDS
    ]
    if not candidates:
        return []  # (most pages: no line set apart of a pull quote's length)
    joined = "\n".join(lines)
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    found = []
    for i in candidates:
        core = lines[i].strip(_EDGES)
        if len(core.split()) >= MIN_WORDS and _elsewhere(joined, core, starts, lines, i):
            found.append(i)
    return found


def _elsewhere(joined: str, core: str, starts: list[int], lines: Sequence[str], i: int) -> bool:
    """``core`` (line ``i``'s text) occurs in a line of ``joined`` longer than line ``i``;
    its first letter in any case (a pull quote capitalises the part of a sentence it sets)."""
    core = core[1:]
    at = joined.find(core)
    while at != -1:
        k = bisect_right(starts, at) - 1
        near = abs(k - i) <= WINDOW
        if near and k != i and len(lines[k].strip()) > len(lines[i].strip()):
            return True
        at = joined.find(core, at + 1)
    return False


#: a line of ``MAX_WORDS`` words is shorter than this (a longer one is a paragraph)
_LONGEST = 400

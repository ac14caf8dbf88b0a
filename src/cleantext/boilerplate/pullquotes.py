"""Pull quotes inside the main content, for the ``extract`` preset (``extract-pullquote``).

A magazine sets a sentence of the story again, large, between its paragraphs (a pull
quote). Rendered as text, it is a line of its own that repeats, word for word, part of a
longer paragraph of the article: the article's text holds it once, in its paragraph. A line
of ``MIN_WORDS`` to ``MAX_WORDS`` words set apart (in quote marks, or without a sentence end)
whose text (quote marks and end punctuation stripped) occurs inside a longer line of the
content goes: a quote's, at most ``WINDOW`` lines away; a line's without quote marks, right
before or after it. A quote that the story does not repeat stays, and so does a line
repeated as a whole (the same line twice is ``dedup-blocks``' to judge).

>>> story = ["He said: \\"I slept beside a gale for eleven years. On land I could not.\\" Then.",
...          "\\"I slept beside a gale for eleven years. On land I could not.\\"",
...          "\\"The sea was my neighbour for half of my working life,\\" she said."]
>>> pull_quotes(story)
[1]
"""

from __future__ import annotations

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
WINDOW = 5


def _set_apart(line: str) -> bool:
    """``line`` reads as set apart from the text: it opens with a quote mark, or it has no
    sentence end (a sentence of the story that repeats another's, with its full stop, is a
    summary or a caption, not a pull quote).

    >>> _set_apart("“I check.”"), _set_apart("A part of a sentence"), _set_apart("A sentence.")
    (True, True, False)
    >>> _set_apart('"I check," he said.'), _set_apart("The figures are:")
    (False, False)
    """
    text = line.strip()
    if text[:1] in _QUOTES:
        return text[-1:] in _QUOTES  # a quote as a whole, not '"...," she said.'
    return not text.endswith(_STOPS)


_QUOTES = frozenset("\"'“”„‘’‚«»‹›「」『』")
#: a line that ends so ends in a sentence or opens what follows (a list, a quote)
_STOPS = (".", "!", "?", "…", ":", ";", ",", "。", "！", "？", "：", ")")

#: stripped from a pull quote's ends before it is looked for in the other lines
_EDGES = " \t\"'“”„‘’‚«»‹›「」『』.,;:!?…-–—"


def pull_quotes(lines: Sequence[str], words: Sequence[int] | None = None) -> list[int]:
    """The indices of ``lines`` that are pull quotes: ``MIN_WORDS`` to ``MAX_WORDS`` words
    (``words``, each line's count, if known), set apart (``_set_apart``; ``lines`` are
    stripped), whose text without quote marks at its ends occurs inside a longer line at most
    ``WINDOW`` lines away."""
    counts = [len(line.split()) for line in lines] if words is None else words
    quotes, stops = _QUOTES, _STOPS
    candidates = [
        i
        for i, n in enumerate(counts)
        if MIN_WORDS <= n <= MAX_WORDS
        and (lines[i][-1:] in quotes if lines[i][:1] in quotes else not lines[i].endswith(stops))
    ]  # (``_set_apart`` written out: most lines of most pages are looked at here)
    if not candidates:
        return []  # (most pages: no line set apart of a pull quote's length)
    found = []
    for i in candidates:
        line = lines[i]
        # its text without its first letter (a pull quote capitalises the part of a sentence
        # it sets); a quote looked for ``WINDOW`` lines around, a line without quote marks
        # only in the lines right before and after it
        core, size = line.strip(_EDGES)[1:], len(line)
        reach = WINDOW if line[:1] in quotes else 1
        near = lines[max(0, i - reach) : i + reach + 1]
        held = any(core in other and len(other) > size for other in near)
        if held and len(core.split()) >= MIN_WORDS:
            found.append(i)
    return found

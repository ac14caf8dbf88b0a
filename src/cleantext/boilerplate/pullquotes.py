"""Pull quotes inside the main content, for the ``extract`` preset (``extract-pullquote``).

A magazine sets a sentence of the story again, large, between its paragraphs (a pull
quote). Rendered as text, it is a line of its own that repeats, word for word, part of a
longer paragraph of the article: the article's text holds it once, in its paragraph. A line
of ``MIN_WORDS`` to ``MAX_WORDS`` words set apart (``_set_apart``: a whole quote, or a capital
first and no sentence end) whose text (quote marks and end punctuation stripped) occurs
inside a longer line of the content goes: a quote's, at most ``WINDOW`` lines away; a
line's without quote marks, right before or after it. A quote that the story does not
repeat stays, and so does a line repeated as a whole (the same line twice is
``dedup-blocks``' to judge).

>>> story = ["He said: \\"I slept beside a gale for eleven years. On land I could not.\\" Then.",
...          "\\"I slept beside a gale for eleven years. On land I could not.\\"",
...          "\\"The sea was my neighbour for half of my working life,\\" she said."]
>>> pull_quotes(story)
[1]
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress

from cleantext.boilerplate._examples import PROSE, PROSE_END
from cleantext.rules import Rule, register
from cleantext.sentences import ENDS, TERMINAL

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

_SIZES = frozenset(range(MIN_WORDS, MAX_WORDS + 1))

#: the paragraph that holds a pull quote is at most this many lines before or after it
WINDOW = 5


def _set_apart(line: str) -> bool:
    """``line`` reads as set apart from the text: no sentence end (a sentence of the story
    that repeats another's, with its full stop, is a summary or a caption, not a pull
    quote), and in quote marks as a whole or with a capital first (not a hard-wrapped line
    that goes on a sentence).

    >>> _set_apart("“I check.”"), _set_apart("A part of a sentence"), _set_apart("A sentence.")
    (True, True, False)
    >>> _set_apart("and goes on from the line above")
    False
    >>> _set_apart('"I check," he said.'), _set_apart("The figures are:")
    (False, False)
    """
    text = line.strip()
    if text[-1:] in _STOPS:
        return False
    if text[:1] in _QUOTES:
        return text[-1:] in _QUOTES  # a quote as a whole, not '"...," she said.'
    return text[:1].isupper()  # (not a hard-wrapped line that goes on a sentence)


_QUOTES = frozenset("\"'“”„‘’‚«»‹›「」『』")
#: a line that ends in one of these ends in a sentence or opens what follows (a list, a quote):
#: terminal punctuation (``sentences.TERMINAL``, the full-width colon among its clause ends), a
#: comma, a bracket
_STOPS = TERMINAL | frozenset(",)")

#: stripped from a pull quote's ends before it is looked for in the other lines
_EDGES = " \t\"'“”„‘’‚«»‹›「」『』.,;:!?…-–—"


def _between(prev: str, nxt: str) -> bool:
    """A line without quote marks is set between two paragraphs (each ending in a sentence
    end), as a pull quote is: not a headline under a breadcrumb that holds it, nor a caption
    over a gallery's copy.

    >>> _between("The ferry left at noon.", "It came back late."), _between("Home > News", "A.")
    (True, False)
    """
    return prev.rstrip()[-1:] in _ENDS and nxt.rstrip()[-1:] in _ENDS


#: the marks that end a paragraph (a sentence's end, ``sentences.ENDS``, maybe inside a
#: closing quote)
_ENDS = ENDS | frozenset("\"'”’»")


def pull_quotes(lines: Sequence[str], words: Sequence[int] | None = None) -> list[int]:
    """The indices of ``lines`` that are pull quotes: ``MIN_WORDS`` to ``MAX_WORDS`` words
    (``words``, each line's count, if known), set apart (``_set_apart``; ``lines`` are
    stripped), whose text without quote marks at its ends occurs inside a longer line at most
    ``WINDOW`` lines away."""
    counts = [len(line.split()) for line in lines] if words is None else words
    quotes, stops = _QUOTES, _STOPS
    # the lines of a pull quote's length (told without a Python step per line), then those
    # set apart (``_set_apart`` written out)
    sized = compress(range(len(counts)), map(_SIZES.__contains__, counts))
    candidates = [
        i
        for i in sized
        if (end := lines[i][-1:]) not in stops
        and (end in quotes if (start := lines[i][:1]) in quotes else start.isupper())
    ]
    if not candidates:
        return []  # (most pages: no line set apart of a pull quote's length)
    found = []
    for i in candidates:
        line = lines[i]
        quoted = line[:1] in quotes
        if not (quoted or (0 < i < len(lines) - 1 and _between(lines[i - 1], lines[i + 1]))):
            continue  # (the content's first or last line: a headline the lead repeats, not set)
        # its text without its first letter (a pull quote capitalises the part of a sentence
        # it sets), looked for in a longer line: a quote's ``WINDOW`` lines around, a line's
        # without quote marks right before or after it
        core, size = line.strip(_EDGES)[1:], len(line)
        if quoted:
            before, after = lines[max(0, i - WINDOW) : i], lines[i + 1 : i + WINDOW + 1]
            held = (core in "\n".join(before) or core in "\n".join(after)) and any(
                core in other and len(other) > size for other in (*before, *after)
            )
        else:
            prev, nxt = lines[i - 1], lines[i + 1]
            held = (core in prev and len(prev) > size) or (core in nxt and len(nxt) > size)
        if held and len(core.split()) >= MIN_WORDS:
            found.append(i)
    return found

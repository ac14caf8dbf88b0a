"""The ``light`` preset: remove only text that is certainly UI, never article sentences.

A line is removed when, as a whole, it is a known UI string (``Read more``, ``197 Shares``,
``Advertisement``) or part of a widget: a run of UI lines such as ``What's Your Reaction?``
followed by ``like / dislike / love ...``. Weak items such as ``like`` are removed only inside
such a run (or as a run of three or more), never on their own.
A UI string alone over a sentence that names it is a section's heading, kept (a help page's
"Share" over "Click Share, then Copy link.": :func:`_heading`, ``ui-headings``).

>>> from cleantext.edits import apply_edits
>>> t = "Article text.\\n\\nWhat's Your Reaction?\\n\\nlike\\n\\ndislike\\n\\nwow\\n"
>>> apply_edits(t, find_ui_lines(t, Patterns.builtin()))
'Article text.\\n'
>>> find_ui_lines("I like it.\\nlike\\n", Patterns.builtin())
[]
"""

from __future__ import annotations

import re
from itertools import accumulate, compress, repeat
from operator import add

from cleantext.boilerplate.patterns import Match, Patterns
from cleantext.boilerplate.sentences import CLOSING, END_TUPLE, ENDS
from cleantext.edits import Edit
from cleantext.rules import Rule, register
from cleantext.segment import removal_span
from cleantext.tokens import lower_start

UI_LINES = register(
    Rule(
        "ui-strings",
        "boilerplate",
        "Remove whole lines that are known UI text (share bars, counters, 'Read more', "
        "cookie and newsletter prompts, reaction widgets) in many languages.",
        examples=(
            ("Story.\n\nRead more", "Story."),
            ("Story.\n\n12 Comments\n\nEnd.", "Story.\n\nEnd."),
        ),
    )
)

MIN_WORD_RUN = 3


def _runs(rows: list[str], hits: list[Match | None]) -> list[list[int]]:
    """Maximal runs of consecutive matching non-blank lines (blank lines do not break a run).

    Only the lines that match and their neighbours are looked at: a run is broken by the
    first non-blank line that does not match.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    last = -1
    for i in compress(range(len(hits)), hits):  # the matching lines (a Match is true)
        if current and not all(_blank(rows[j]) for j in range(last + 1, i)):
            runs.append(current)
            current = []
        current.append(i)
        last = i
    if current:
        runs.append(current)
    return runs


def _blank(row: str) -> bool:
    return not row.strip()


def _continues(rows: list[str], i: int) -> bool:
    """True if line ``i`` is the start of a wrapped sentence: the next line follows it directly
    and starts in lower case ("Share" + "the cake with friends"; not a Georgian line, whose
    script has no sentence capitals: :func:`~cleantext.tokens.lower_start`)."""
    nxt = rows[i + 1].lstrip() if i + 1 < len(rows) else ""
    return bool(nxt) and lower_start(nxt[0])


# a sentence's end (``sentences.ENDS``) or a closing quote or bracket (``sentences.CLOSING``)
_ENDS = (*ENDS, *CLOSING)


def _is_prose(line: str) -> bool:
    """A sentence: ten words or more, ending with terminal punctuation."""
    # the words counted only up to ten: a long line is not split whole
    return line.rstrip().endswith(_ENDS) and len(line.split(maxsplit=9)) >= 10


def _keep_inner_copyright(rows: list[str], hits: list[Match | None]) -> None:
    """Copyright lines count as UI only at the edges: not between two prose lines."""
    marked = [
        i
        for i, m in zip(compress(range(len(hits)), hits), filter(None, hits), strict=True)
        if m.category == "copyright"
    ]
    if not marked:
        return
    first = next((i for i in range(len(rows)) if hits[i] is None and _is_prose(rows[i])), None)
    if first is None:
        return
    last = next(i for i in range(len(rows) - 1, -1, -1) if hits[i] is None and _is_prose(rows[i]))
    for i in marked:
        if first < i < last:
            hits[i] = None


#: the marks that open a quotation, each with the marks that may close it (``opens_quote``)
_QUOTE_PAIRS = {
    '"': '"',
    "“": "”“",
    "„": "“”",
    "«": "»",
    "»": "«",
    "‚": "‘’",
    "‘": "’",
    "「": "」",
    "『": "』",
}


def opens_quote(line: str) -> bool:
    """``line`` starts with a quotation: an opening mark first, its closing mark later in the
    line ('"You have reached your article limit."', '« Erreur 404 » : la pièce qui se moque
    d'Internet'). A button's or a message's label never comes in quotation marks; a
    navigation arrow ("« Previous post", "» More") has no closing mark after it.

    >>> opens_quote('"Page not found" is the saddest line'), opens_quote("« Previous post")
    (True, False)
    """
    line = line.strip()
    closing = _QUOTE_PAIRS.get(line[:1])
    return closing is not None and any(c in line[2:] for c in closing)


def _keep_quoted(rows: list[str], hits: list[Match | None]) -> None:
    """A line that starts with a quotation (``opens_quote``) is never UI: a story quotes a
    paywall's or an error page's words (adv20: '"You have reached your article limit."', a
    play's review headlined '« Erreur 404 » : la pièce ...').

    >>> hits = [Match("error", "line"), Match("error", "line")]
    >>> _keep_quoted(['"You have reached your article limit."', "Page not found"], hits)
    >>> hits
    [None, Match(category='error', strength='line')]
    """
    for i in compress(range(len(hits)), hits):
        if opens_quote(rows[i]):
            hits[i] = None


#: :func:`echoes` looks at the line's first words only (3 characters a word without spaces)
ECHO_WORDS = 12


def _stem(word: str) -> str:
    """A word's stem for :func:`echoes`: a word of 5 letters or more loses its last letter
    ("comments" -> "comment", "share" -> "shar", which "sharing" starts with)."""
    return word[:-1] if len(word) >= 5 else word


def echoes(heading: str, line: str) -> bool:
    """The first word of 3 letters or more (2 without letter case) of ``heading`` comes again
    among ``line``'s first :data:`ECHO_WORDS` words: its stem (:func:`_stem`) starts one of
    them in a script with letter case; in one without, the word is anywhere in the line's
    first ``3 * ECHO_WORDS`` characters (Chinese, Arabic: a word may take a prefix there,
    "لتسجيل"). A section's heading names what its paragraph is about; a share button names nothing
    the next paragraph says.

    >>> echoes("Share", "Open the document, click Share, then Copy link.")
    True
    >>> echoes("Read more", "More than 300 people came to the meeting on Tuesday.")
    False
    >>> far = "Fans waited in the snow for hours to see the stars, as the story goes."
    >>> echoes("Story continues below", far)  # "story" is its 14th word
    False
    >>> echoes("分享", "打开文档，点击分享，然后点击复制链接。")
    True
    """
    first = next((w for w in _WORD.findall(heading.casefold()) if len(w) >= _letters(w)), None)
    if first is None:
        return False
    folded = line[: 16 * ECHO_WORDS].casefold()  # (a long paragraph is not read whole)
    if _caseless(first):  # no word boundary to trust
        return first in folded[: 3 * ECHO_WORDS]
    stem = _stem(first)
    if stem not in folded:  # (a word that starts with it has it: the words are not split)
        return False
    return any(w.startswith(stem) for w in _WORD.findall(folded)[:ECHO_WORDS])


def _caseless(word: str) -> bool:
    """A word in a script without letter case (Chinese, Arabic)."""
    return word.lower() == word.upper()


def _letters(word: str) -> int:
    """The fewest letters of a word :func:`echoes` looks for: 3, or 2 in a script without
    case (a Chinese character is a syllable)."""
    return 2 if _caseless(word) else 3


_WORD = re.compile(r"[^\W\d_]+")  # a run of letters (linear: one class, one quantifier)

#: a UI line is a section's heading (``ui-headings``) with up to this many words
HEADING_WORDS = 5


def _sentence(line: str) -> bool:
    """A line that is a sentence: terminal punctuation (before closing quotes or brackets,
    if any: a button's "(Opens in new window)" ends in none), 5 words or more (12 characters
    or more in a script written without spaces).

    >>> _sentence('He said "Click Share, then Copy link."')
    True
    >>> _sentence("Click to share on Facebook (Opens in new window)")
    False
    """
    line = line.strip()
    if not line.rstrip(CLOSING).endswith(END_TUPLE):
        return False
    return len(line.split(maxsplit=4)) >= 5 or (" " not in line and len(line) >= 12)


def _heading(rows: list[str], i: int) -> bool:
    """Whether UI line ``i``, alone in its run (no UI line right above or under it, blank
    lines aside), of up to :data:`HEADING_WORDS` words, is a section's heading: the next
    line is a sentence that :func:`echoes` it (a help page's "Sign in" over "To sign in,
    open the app ...", a manual's "Share" over "Click Share, then Copy link ...", "Terms of
    service" over "By using the app you agree to our terms."). A share bar's "Share" over
    the story's next paragraph is none (``extract_off = ["ui-headings"]``: none is).

    >>> rows = ["Share", "", "Click Share, then Copy link, and paste it."]
    >>> rows += ["Share", "", "He left at noon, and nobody saw him."]
    >>> _heading(rows, 0), _heading(rows, 3)
    (True, False)
    """
    if len(rows[i].split(maxsplit=HEADING_WORDS)) > HEADING_WORDS:
        return False
    below = i + 1
    while below < len(rows) and not rows[below].strip():
        below += 1
    return below < len(rows) and _sentence(rows[below]) and echoes(rows[i], rows[below])


def find_ui_lines(
    text: str,
    patterns: Patterns,
    hits: list[Match | None] | None = None,
    headings: bool = True,
) -> list[Edit]:
    """Edits that remove UI lines and widget runs from ``text``.

    ``hits`` is ``patterns.match_lines(text, hints=False)`` if the caller has it already
    (the list is changed in place). ``headings``: UI lines that are a section's heading
    are kept (:func:`_heading`).
    """
    if hits is None:
        hits = patterns.match_lines(text, hints=False)  # menu hints are never removed here
    if not any(hits):
        return []
    rows = text.split("\n")
    starts = list(accumulate(map(add, map(len, rows), repeat(1)), initial=0))  # in C
    _keep_inner_copyright(rows, hits)
    _keep_quoted(rows, hits)
    edits: list[Edit] = []
    for run in _runs(rows, hits):
        found = [m for m in (hits[i] for i in run) if m is not None]
        if all(m.strength == "word" for m in found) and len(run) < MIN_WORD_RUN:
            continue
        if _continues(rows, run[-1]):
            continue
        if headings and len(run) == 1 and _heading(rows, run[0]):  # (the dearest test last)
            continue
        first, last = run[0], run[-1]
        start, end = removal_span(text, starts[first], starts[last] + len(rows[last]))
        if edits and start < edits[-1].end:
            start = edits[-1].end
        cats = sorted({m.category for m in found})
        edits.append(
            Edit(UI_LINES.name, start, end, text[start:end], note="UI text: " + ", ".join(cats))
        )
    return edits

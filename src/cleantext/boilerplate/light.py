"""The ``light`` preset: remove only text that is certainly UI, never article sentences.

A line is removed when, as a whole, it is a known UI string (``Read more``, ``197 Shares``,
``Advertisement``) or part of a widget: a run of UI lines such as ``What's Your Reaction?``
followed by ``like / dislike / love ...``. Weak items such as ``like`` are removed only inside
such a run (or as a run of three or more), never on their own.
A UI string alone over a sentence that names it is a section's heading, kept (a help page's
"Share" over "Click Share, then Copy link.": :func:`_heading`, ``ui-headings``).
A cookie sentence among a policy's sentences is the policy's own prose, kept (a cookie
policy's "We use cookies to remember your preferences.": :func:`cookie_prose`,
``cookie-prose``), and so is a legal page's title as its first line over its sentences
("Privacy Policy": :func:`policy_title`, ``policy-title``), and so is a UI word that is a
glossary's term over its definition (:func:`glossary_term`, ``glossary-terms``) or a step of
a list a line ending in ':' announces (:func:`announced_step`, ``announced-steps``).

>>> from cleantext.edits import apply_edits
>>> t = "Article text.\\n\\nWhat's Your Reaction?\\n\\nlike\\n\\ndislike\\n\\nwow\\n"
>>> apply_edits(t, find_ui_lines(t, Patterns.builtin()))
'Article text.\\n'
>>> find_ui_lines("I like it.\\nlike\\n", Patterns.builtin())
[]
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from cleantext.boilerplate.licence import licence_copyright
from cleantext.boilerplate.patterns import Match, Patterns
from cleantext.data import boilerplate_table
from cleantext.edits import Edit
from cleantext.rules import Rule, register
from cleantext.segment import removal_span
from cleantext.sentences import CLOSING, END_TUPLE, ENDS
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


def _runs(rows: list[str], lines: list[int]) -> list[list[int]]:
    """Maximal runs of ``lines`` (the matching lines, in order) with only blank lines between
    them: a run is broken by a non-blank line that does not match.

    >>> _runs(["Share", "", "Tweet", "Story.", "Home"], [0, 2, 4])
    [[0, 2], [4]]
    """
    runs: list[list[int]] = []
    current: list[int] = []
    for i in lines:
        if current and any(map(str.strip, rows[current[-1] + 1 : i])):  # a line not blank
            runs.append(current)
            current = []
        current.append(i)
    if current:
        runs.append(current)
    return runs


def _line_start(rows: list[str], line: int, known: int, start: int) -> int:
    """Where line ``line`` starts in the text ``rows`` were split from, given that line
    ``known`` (not after it) starts at ``start``: the offsets of the lines that edits remove
    are counted on from the last one (the lines between joined in C), not tabulated for every
    line.

    >>> _line_start(["ab", "", "cde", "f"], 3, 0, 0), _line_start(["ab", "", "cde", "f"], 3, 2, 4)
    (8, 8)
    """
    return start + len("".join(rows[known:line])) + line - known


def _continues(rows: list[str], i: int) -> bool:
    """True if line ``i`` is the start of a wrapped sentence: the next line follows it directly
    and starts in lower case ("Share" + "the cake with friends"; not a Georgian line, whose
    script has no sentence capitals: :func:`~cleantext.tokens.lower_start`)."""
    nxt = rows[i + 1].lstrip() if i + 1 < len(rows) else ""
    return bool(nxt) and lower_start(nxt[0])


# a sentence's end (``sentences.ENDS``) or a closing quote or bracket (``sentences.CLOSING``),
# each one character: a line's last one is looked up
_ENDS = ENDS | frozenset(CLOSING)


def _is_prose(line: str) -> bool:
    """A sentence: ten words or more, ending with terminal punctuation."""
    # the words counted only up to ten: a long line is not split whole
    return line.rstrip()[-1:] in _ENDS and len(line.split(maxsplit=9)) >= 10


def _keep_inner_copyright(
    rows: list[str], hits: list[Match | None], lines: list[int], licences: bool = True
) -> None:
    """Copyright lines count as UI only at the edges: not between two prose lines (of
    ``lines``, the matching lines in order). The first prose line is looked for above the
    last copyright line only, the last one under the first copyright line only: one beyond
    has no copyright line on its far side. If ``licences``, a copyright line over a licence's
    own prose is no UI either (``licence.licence_copyright``, ``licence-copyright``).

    >>> prose = "This is a sentence of the article with more than ten words in it."
    >>> hits = [None, Match("copyright", "line"), None, Match("copyright", "line")]
    >>> _keep_inner_copyright([prose, "© 2024 Example", prose, "© Example"], hits, [1, 3])
    >>> hits
    [None, None, None, Match(category='copyright', strength='line')]
    """
    marked = [i for i in lines if (m := hits[i]) is not None and m.category == "copyright"]
    if not marked:
        return
    if licences:
        marks = frozenset(marked).__contains__
        for i in [i for i in marked if licence_copyright(rows, marks, i)]:
            hits[i] = None
        marked = [i for i in marked if hits[i] is not None]
        if not marked:
            return
    first = next((i for i in range(marked[-1]) if hits[i] is None and _is_prose(rows[i])), None)
    if first is None:
        return
    below = range(len(rows) - 1, marked[0], -1)
    last = next((i for i in below if hits[i] is None and _is_prose(rows[i])), None)
    if last is None:
        return
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


def _keep_quoted(rows: list[str], hits: list[Match | None], lines: list[int]) -> None:
    """A line that starts with a quotation (``opens_quote``) is never UI: a story quotes a
    paywall's or an error page's words (adv20: '"You have reached your article limit."', a
    play's review headlined '« Erreur 404 » : la pièce ...').

    >>> hits = [Match("error", "line"), Match("error", "line")]
    >>> _keep_quoted(['"You have reached your article limit."', "Page not found"], hits, [0, 1])
    >>> hits
    [None, Match(category='error', strength='line')]
    """
    for i in lines:
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


@lru_cache(maxsize=1)
def _cookie_words() -> tuple[str, ...]:
    """The data file's ``[cookie_prose] topic``: the words that name cookies."""
    return tuple(w.casefold() for w in boilerplate_table()["cookie_prose"]["topic"])


@lru_cache(maxsize=1)
def _food_words() -> tuple[str, ...]:
    """The data file's ``[cookie_prose] food``: words of baking (cookies as food)."""
    return tuple(w.casefold() for w in boilerplate_table()["cookie_prose"]["food"])


def _next_prose(rows: list[str], hits: list[Match | None], i: int, step: int) -> str | None:
    """The nearest non-blank line above (``step`` -1) or under (1) line ``i`` if it is a
    sentence (:func:`_sentence`) and no UI line."""
    j = i + step
    while 0 <= j < len(rows) and not rows[j].strip():
        j += step
    if 0 <= j < len(rows) and hits[j] is None and _sentence(rows[j]):
        return rows[j]
    return None


def cookie_prose(rows: list[str], hits: list[Match | None], i: int) -> bool:
    """Whether cookie line ``i`` is a sentence of a cookie or privacy policy: a sentence
    itself, with a sentence that is no UI line (:func:`_next_prose`) right above and one right
    under it, or next to such a sentence that names cookies (the data file's ``[cookie_prose]
    topic``) as no food (no word of its ``food``). A banner's line between a menu and the
    article, or over its buttons, is none (``extract_off = ["cookie-prose"]``: none is).

    >>> rows = ["Cookie Policy", "", "We use cookies to remember your language.", ""]
    >>> rows += ["Analytics cookies count our visitors and the pages they read."]
    >>> cookie_prose(rows, [None] * 5, 2)
    True
    >>> rows = ["Sport", "We use cookies to improve your experience."]
    >>> rows += ["The council voted on Tuesday to extend the library's hours."]
    >>> cookie_prose(rows, [None] * 3, 1)
    False
    """
    if not _sentence(rows[i]):
        return False
    near = [r for r in (_next_prose(rows, hits, i, -1), _next_prose(rows, hits, i, 1)) if r]
    if len(near) == 2:
        return True
    return any(
        any(w in r for w in _cookie_words()) and not any(w in r for w in _food_words())
        for r in map(str.casefold, near)
    )


def _keep_cookie_prose(rows: list[str], hits: list[Match | None], lines: list[int]) -> None:
    """Cookie lines (of ``lines``, the matching lines in order) that are a policy's prose
    (:func:`cookie_prose`) are no UI."""
    cookies = [i for i in lines if (m := hits[i]) is not None and m.category == "cookie"]
    kept = [i for i in cookies if cookie_prose(rows, hits, i)]
    for i in kept:
        hits[i] = None


#: a footer's link as a whole line, as :func:`policy_title` finds a legal page's title
_FOOTER_LINK = Match("navigation", "line")


def policy_title(rows: list[str], hits: list[Match | None]) -> int | None:
    """The text's first line if it is a legal page's title, a link of a site's footer as a
    whole line ("Privacy Policy", "Datenschutz", "Terms of Service": the ``navigation``
    category), over two sentences that are no UI lines (:func:`_next_prose`): the page
    itself, whose first sentence need not name it as a heading's does (:func:`_heading`).
    A footer's link is never the first line over the article (``extract_off =
    ["policy-title"]``: none is kept).

    >>> rows = ["Privacy Policy", "", "We collect your name when you sign up for an account."]
    >>> rows += ["We never sell your data to anyone, and we delete it on request."]
    >>> policy_title(rows, [Match("navigation", "line"), None, None, None])
    0
    >>> policy_title(rows[:3], [Match("navigation", "line"), None, None])
    """
    first = next((i for i, row in enumerate(rows) if row.strip()), None)
    if first is None or hits[first] != _FOOTER_LINK:
        return None
    if _next_prose(rows, hits, first, 1) is None:
        return None
    below = first + 1
    while not rows[below].strip():
        below += 1
    return first if _next_prose(rows, hits, below, 1) is not None else None


#: a glossary (``glossary-terms``): this many pairs of a term over its definition in a row
GLOSSARY_PAIRS = 3
#: ... each definition a sentence of up to this many words
DEFINITION_WORDS = 40
#: an announced list (``announced-steps``): up to this many items, each up to ITEM_WORDS words
LIST_ITEMS = 12
ITEM_WORDS = 6


def _near(rows: list[str], i: int, step: int) -> int | None:
    """The nearest non-blank line above (``step`` -1) or under (1) line ``i``, if any."""
    j = i + step
    while 0 <= j < len(rows) and not rows[j].strip():
        j += step
    return j if 0 <= j < len(rows) else None


def _adjacent(rows: list[str], i: int, step: int) -> int | None:
    """Line ``i + step`` if it exists and is not blank."""
    j = i + step
    return j if 0 <= j < len(rows) and rows[j].strip() else None


def _pair(rows: list[str], hits: list[Match | None], term: int, line: int) -> bool:
    """Line ``term`` is a glossary's term (up to :data:`HEADING_WORDS` words, no sentence end)
    and line ``line`` its definition: a sentence of up to :data:`DEFINITION_WORDS` words that
    is no UI line."""
    if hits[line] is not None or not _sentence(rows[line]):
        return False
    head = rows[term].rstrip()
    if len(head.split(maxsplit=HEADING_WORDS)) > HEADING_WORDS or head.endswith(END_TUPLE):
        return False
    return len(rows[line].split(maxsplit=DEFINITION_WORDS)) <= DEFINITION_WORDS


def glossary_term(rows: list[str], hits: list[Match | None], i: int) -> bool:
    """Whether UI line ``i`` is a term of a glossary: it and its definition under it are one
    of :data:`GLOSSARY_PAIRS` pairs in a row of a short term right over a short sentence
    (:func:`_pair`), blank lines between the pairs aside ("Share" over "To post someone
    else's content to your followers."). A share bar between two paragraphs is one short line
    among long ones; a section's heading set apart from its paragraph by a blank line is
    ``ui-headings``' (``extract_off = ["glossary-terms"]``: none is a term).

    >>> rows = ["Share", "To post a thing to your own followers.", "Follow"]
    >>> rows += ["To get an account's posts in your feed.", "Like", "To show that you like it."]
    >>> glossary_term(rows, [None] * 6, 0), glossary_term(rows[:4], [None] * 4, 0)
    (True, False)
    """
    pairs = 0
    term: int | None = i
    while pairs < GLOSSARY_PAIRS and term is not None:
        line = _adjacent(rows, term, 1)
        if line is None or not _pair(rows, hits, term, line):
            break
        pairs, term = pairs + 1, _near(rows, line, 1)
    if pairs == 0:
        return False
    below: int | None = _near(rows, i, -1)  # the definition above the term, if any
    while pairs < GLOSSARY_PAIRS and below is not None:
        term = _adjacent(rows, below, -1)
        if term is None or not _pair(rows, hits, term, below):
            break
        pairs, below = pairs + 1, _near(rows, term, -1)
    return pairs >= GLOSSARY_PAIRS


def _item(row: str) -> bool:
    """A list's item: up to :data:`ITEM_WORDS` words."""
    return len(row.split(maxsplit=ITEM_WORDS)) <= ITEM_WORDS


def announced_step(rows: list[str], hits: list[Match | None], i: int) -> bool:
    """Whether UI line ``i`` is an item of a list that a line ending in ':' announces, a line
    of 3 words or more that is no UI line, with an item of its own that is none either, no
    blank line between ("To share a document:" over "Sign in", "Click Share", "Copy link": a
    how-to's steps); the caller asks for the first line of a run of UI lines in a row. A
    share bar's "Share this:" is a UI line itself, and a footer's groups of links are set
    apart by blank lines (``extract_off = ["announced-steps"]``: no step is kept).

    >>> rows = ["To share a document:", "Sign in", "Click Share", "Copy link"]
    >>> hits = [None, Match("login", "line"), None, Match("share", "line")]
    >>> announced_step(rows, hits, 1), announced_step(rows, hits[:2] + [hits[3]] * 2, 1)
    (True, False)
    """
    top = _announcer(rows, i)  # (up first: most runs have no announcing line above)
    if top is None or hits[top] is not None or len(rows[top].split(maxsplit=2)) < 3:
        return False
    # (the lines between are the list's items above line i, no blank line between)
    return any(hits[j] is None for j in range(top + 1, i)) or _plain_below(rows, hits, i)


def _plain_below(rows: list[str], hits: list[Match | None], i: int) -> bool:
    """Whether one of the list's items under line ``i`` (up to :data:`LIST_ITEMS`, no blank
    line between) is no UI line."""
    below = _adjacent(rows, i, 1)
    for _ in range(LIST_ITEMS):
        if below is None or not _item(rows[below]):
            return False
        if hits[below] is None:
            return True
        below = _adjacent(rows, below, 1)
    return False


def _announced_run(rows: list[str], hits: list[Match | None], run: list[int]) -> bool:
    """A run of UI lines in a row, no blank line between, each a list's item, that are steps
    of an announced list (:func:`announced_step`)."""
    if run[-1] - run[0] >= len(run) or _announcer(rows, run[0]) is None:
        return False  # (told first: most runs have no line ending in ':' above them)
    return all(_item(rows[i]) for i in run) and announced_step(rows, hits, run[0])


def _announcer(rows: list[str], i: int) -> int | None:
    """The line ending in ':' that :func:`announced_step` finds above line ``i`` past list
    items, no blank line between (what it reads above ``i``), or ``None``.

    >>> _announcer(["To share a document:", "Sign in", "Click Share"], 2)
    0
    >>> _announcer(["Share this:", "", "Sign in"], 2), _announcer(["A paragraph ends.", "Home"], 1)
    (None, None)
    """
    above = _adjacent(rows, i, -1)
    for _ in range(LIST_ITEMS):
        if above is None:
            return None
        row = rows[above].rstrip()
        if row.endswith((":", "：")):
            return above
        if not _item(row):
            return None
        above = _adjacent(rows, above, -1)
    return None


def find_ui_lines(
    text: str,
    patterns: Patterns,
    hits: list[Match | None] | None = None,
    headings: bool = True,
    cookies: bool = True,
    titles: bool = True,
    glossaries: bool = True,
    steps: bool = True,
    licences: bool = True,
) -> list[Edit]:
    """Edits that remove UI lines and widget runs from ``text``.

    ``hits`` is ``patterns.match_lines(text, hints=False)`` if the caller has it already
    (the list is changed in place). ``headings``: UI lines that are a section's heading
    are kept (:func:`_heading`); ``cookies``: cookie sentences of a policy's prose are kept
    (:func:`cookie_prose`); ``titles``: a legal page's title as its first line is kept
    (:func:`policy_title`); ``glossaries`` and ``steps``: a UI word that is a glossary's term
    (:func:`glossary_term`) or a step of an announced list (:func:`announced_step`) is kept;
    ``licences``: a copyright line over a licence's prose is kept (``licence.py``).
    """
    if hits is None:
        hits = patterns.match_lines(text, hints=False)  # menu hints are never removed here
    if not any(hits):
        return []
    rows = text.split("\n")
    lines = list(compress(range(len(hits)), hits))  # the matching lines (a Match is true)
    _keep_inner_copyright(rows, hits, lines, licences)
    _keep_quoted(rows, hits, lines)
    if cookies:
        _keep_cookie_prose(rows, hits, lines)
    title = policy_title(rows, hits) if titles else None
    if title is not None:
        hits[title] = None
    edits: list[Edit] = []
    known = at = 0  # a line whose start is known, and where it starts
    for run in _runs(rows, [i for i in lines if hits[i] is not None]):
        found = [m for m in (hits[i] for i in run) if m is not None]
        if len(run) < MIN_WORD_RUN and all(m.strength == "word" for m in found):
            continue
        if _continues(rows, run[-1]):
            continue
        if headings and len(run) == 1 and _heading(rows, run[0]):  # (the dearest test last)
            continue
        if glossaries and len(run) == 1 and glossary_term(rows, hits, run[0]):
            continue
        if steps and _announced_run(rows, hits, run):
            continue
        first, last = run[0], run[-1]
        begin = _line_start(rows, first, known, at)
        known, at = last, _line_start(rows, last, first, begin)
        start, end = removal_span(text, begin, at + len(rows[last]))
        if edits and start < edits[-1].end:
            start = edits[-1].end
        cats = sorted({m.category for m in found})
        edits.append(
            Edit(UI_LINES.name, start, end, text[start:end], note="UI text: " + ", ".join(cats))
        )
    return edits

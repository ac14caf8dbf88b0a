"""Per-line features of whole-page text for the ``extract`` preset, computed once per page.

The ``extract`` preset runs up to three passes over a page (``run_step`` extracts again
from what the first pass kept, until nothing changes). Each later pass sees the text with
whole lines removed, so every feature that depends on one line alone (its normalised key,
the UI pattern it matches, promo and consent phrases, terminal punctuation, word count,
stopword density) is the same as in the first pass. A :class:`PageFeatures` computes them
in a few passes over the whole text the first time, keeps them by line content, and looks
them up for the later texts. The language, found from the whole text's stopwords (or its
CJK characters), is decided once, on the first text: a later text that is what is left of it
keeps it, so that a page in two languages is read in the same one by every pass.

>>> page = PageFeatures(Patterns.builtin(), Stopwords.load())
>>> text = "Home\\nThe cat sat on the mat.\\nRead more"
>>> f = page.of(text)
>>> f.lang, f.lines.keys, f.lines.terminal
('en', ['home', 'the cat sat on the mat', 'read more'], [False, True, False])
>>> f.lines.hits[2]
Match(category='read-more', strength='line')
>>> page.of("The cat sat on the mat.").lines == f.lines.take([1])  # looked up, not recomputed
True

The features are kept in columns, one list per feature, not in an object per line: a page of
thousands of short lines would otherwise fill the heap with objects that the cyclic garbage
collector goes over again and again (a list of ints, strings or booleans is one object).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from cleantext.boilerplate import appeals, signup
from cleantext.boilerplate.credits import is_caption, is_credit
from cleantext.boilerplate.patterns import MAX_LINE, Match, Patterns, fold_text, normalize_folded
from cleantext.boilerplate.phrases import PhraseLists
from cleantext.boilerplate.stopwords import Stopwords
from cleantext.sentences import CLOSING, TERMINAL
from cleantext.tokens import NOT_CJK, has_cjk, may_have_cjk

if TYPE_CHECKING:  # pragma: no cover - typing only
    from cleantext.boilerplate.thread import Known

__all__ = ["Features", "LineColumns", "PageFeatures", "is_terminal", "picker"]

V = TypeVar("V")

# a line ends in terminal punctuation when, without the white space (``\s`` of the ``regex``
# module; a test checks the list) and the closing quotes and brackets at its end
# (``sentences.CLOSING``), its last character is one of ``sentences.TERMINAL`` (the one set of
# sentence ends, and ':' and ';'; ``is_terminal`` on one line)
_SPACE = (
    "\t\x0b\x0c\r \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + ("\u2028\u2029\u202f\u205f\u3000")
)
# a row's last character (``_ends``), and those that are stripped before it is read
_LAST = itemgetter(slice(-1, None))
_STRIPPED = frozenset(_SPACE + CLOSING)


class LineColumns(NamedTuple):
    """The features of some lines that depend on each line alone: one list per feature,
    one value per line."""

    keys: list[str]  #: ``normalize_line`` of each line
    hits: list[Match | None]  #: the UI pattern each line matches (``Patterns.match``)
    keyword: list[bool]  #: the line contains a promo keyword, as whole words
    consent: list[bool]  #: the line contains a consent-banner phrase, as whole words
    terminal: list[bool]  #: the line ends in terminal punctuation
    tokens: list[int]  #: its words (:func:`~cleantext.boilerplate.stopwords.words`)
    words: list[int]  #: its words, two CJK characters counting as one more

    def take(self, index: list[int]) -> LineColumns:
        """The features of the lines at ``index``, in that order."""
        return LineColumns._make(map(picker(index), self))

    def then(self, other: LineColumns) -> LineColumns:
        """The features of these lines, then those of ``other``'s."""
        return LineColumns(
            self.keys + other.keys,
            self.hits + other.hits,
            self.keyword + other.keyword,
            self.consent + other.consent,
            self.terminal + other.terminal,
            self.tokens + other.tokens,
            self.words + other.words,
        )


class Features(NamedTuple):
    """The features of every line of a text (split on ``\\n``), in order."""

    rows: list[str]
    lines: LineColumns
    density: list[float]  #: stopword density of each line in ``lang``
    lang: str | None  #: the text's language (``Stopwords.detect``)


class _Tally(NamedTuple):
    """The last text seen and its language (decided on the page's first text)."""

    rows: list[str]  # the text's lines, in order
    lang: str | None  # its language


class PageFeatures:
    """The line features of one page's texts: its first text and the texts that are left
    after removing some of its lines. Made for one page; a new page needs a new one.

    ``items`` is free for the extract preset to keep what it found out about a line (is it
    a list item) by the line's content.
    """

    def __init__(self, patterns: Patterns, stopwords: Stopwords) -> None:
        self.patterns = patterns
        self.stopwords = stopwords
        self.items: dict[str, bool] = {}
        #: the keys of the page's lines that are sign-up box lines (``signup.signup_lines``)
        self.signup_keys: set[str] = set()
        #: the keys of the page's lines that have an appeal phrase, with it
        #: (``appeals.appeal_lines``)
        self.appeal_keys: dict[str, str] = {}
        #: whether the text classified last has a gallery's slide counters (``slides.py``)
        self.slides = False
        #: ``credits.is_credit(line)``, kept by line (a later pass asks again): a look-up
        #: in C for a line asked about before (``_Asked``)
        self.credit: Callable[[str], bool] = _Asked(is_credit).__getitem__
        self._caption: dict[str, bool] = {}  # is_caption and not is_credit, the same
        #: the features of every line seen, and where each line's are in them
        self._seen = LineColumns([], [], [], [], [], [], [])
        self._index: dict[str, int] = {}
        self._density: dict[str | None, dict[str, float]] = {}
        self._last: _Tally | None = None  # None: no text yet
        #: the stopword density a content line needs (``extract._density_threshold``),
        #: decided on the page's first text and kept for the texts left of it (empty: not
        #: decided yet)
        self.threshold: list[float] = []
        #: the first line of the page's first text, its title (empty: no text yet): a later
        #: pass's first line is what an earlier one kept (``opening.py``)
        self.title: list[str] = []
        self._text: tuple[str, Features] | None = None  # the last text and its features
        #: the lines of the page's first text that end in a news agency's credit
        #: (``wires.credit_lines``; None: not looked for yet), kept for the texts left of it
        self.credits: frozenset[str] | None = None
        #: a text the extract preset knows it removes nothing from, with the arguments it
        #: was given (set by a pass over the text this one is what is left of)
        self.settled: tuple[object, ...] | None = None
        #: the comment headers found on the page's lines (``thread._headers``), kept for
        #: the later passes (each reads the lines the pass before left)
        self.headers: Known = {}
        #: the page's lines read in another language, by the page's language: their own
        #: stopword density, or None (``foreign.foreign_density``), kept for the later passes
        self.foreign: dict[str | None, dict[str, float | None]] = {}

    def of(self, text: str) -> Features:
        """The features of every line of ``text``."""
        if self._text is not None and text == self._text[0]:
            return self._text[1]
        found = self._of(text)
        self._text = (text, found)
        return found

    def keeps_language(self, text: str, row: str) -> bool:
        """True if ``text``, the last text asked for, keeps its language once its line
        ``row`` is removed: :meth:`of` keeps the language decided on the page's first text
        as long as some line with words is left.

        >>> page = PageFeatures(Patterns.builtin(), Stopwords.load())
        >>> text = "Home\\nThe cat sat on the mat, and the dog was in the garden."
        >>> _ = page.of(text)
        >>> page.keeps_language(text, "Home"), page.keeps_language("Other", "Home")
        (True, False)
        """
        if self._text is None or self._text[0] is not text or self._last is None:
            return False
        at = self._index.get(row)
        return at is not None and sum(self._text[1].lines.tokens) > self._seen.tokens[at]

    def caption(self, line: str) -> bool:
        """``is_caption(line) and not is_credit(line)`` (``credits.py``), kept by line.

        >>> page = PageFeatures(Patterns.builtin(), Stopwords.load())
        >>> page.caption("The bridge at dawn. Foto: dpa"), page.caption("Photo: Jane Doe/AP")
        (True, False)
        """
        found = self._caption.get(line)
        if found is None:
            found = self._caption[line] = is_caption(line) and not self.credit(line)
        return found

    def ui_hits(self, text: str) -> list[Match | None]:
        """The UI pattern each line of ``text`` matches, leaving out menu hints: what
        ``Patterns.match_lines(text, hints=False)`` gives (the light preset's matches).

        >>> PageFeatures(Patterns.builtin(), Stopwords.load()).ui_hits("Home\\nRead more")
        [None, Match(category='read-more', strength='line')]

        A text whose lines were all seen (what the extract preset left of the page) has
        them looked up alone: a line's match depends on the line alone, and nothing else of
        :meth:`of` (language, densities) is needed.
        """
        hits = self._known(text)
        if hits is None:
            hits = self.of(text).lines.hits
        return [None if hit is None or hit.strength == "hint" else hit for hit in hits]

    def _known(self, text: str) -> list[Match | None] | None:
        """The UI matches of the lines of ``text`` if every one was seen, else ``None``."""
        if self._text is not None and text == self._text[0]:
            return self._text[1].lines.hits
        at = _positions(self._index, text.split("\n"))
        return None if at is None else picker(at)(self._seen.hits)

    def _of(self, text: str) -> Features:
        rows = text.split("\n")
        last = self._last
        at = None if last is None else _positions(self._index, rows)
        if last is None or at is None:
            return self._compute(text, rows)
        if not _subsequence(rows, last.rows) and Counter(rows) - Counter(last.rows):
            return self._compute(text, rows)  # a line more often than before: no removal
        lines = self._seen.take(at)
        # the text's lines are some of the last text's: it keeps the language decided on the
        # whole page (a page in two languages does not switch when a pass removes a menu)
        tally = _Tally(rows, last.lang if any(lines.tokens) else None)
        self._last = tally
        return Features(rows, lines, self._densities(text, rows, tally.lang), tally.lang)

    def _densities(self, text: str, rows: list[str], lang: str | None) -> list[float]:
        """The stopword density of each of ``rows`` (the lines of ``text``) in ``lang``."""
        known = self._density.get(lang)
        found = None if known is None else _positions(known, rows)
        if found is not None:
            return found
        _, density = self.stopwords.line_stats(text, lang)
        self._density.setdefault(lang, {}).update(zip(rows, density, strict=True))
        return density

    def _compute(self, text: str, rows: list[str]) -> Features:
        """The features of ``text`` from passes over the whole of it."""
        # (an ASCII text folds as it lowers, and ``lower`` has a fast path for it)
        folded = text.lower() if text.isascii() else fold_text(text)
        # folding moves no character into or out of the CJK blocks (a test checks them all)
        cjk = may_have_cjk(text)
        analysis = self.stopwords.analyse(folded, cjk)
        patterns = self.patterns
        keys = normalize_folded(folded)
        # a line longer than MAX_LINE is never UI: its key as an empty one, searched in by
        # none of the prefilters (most of an article's text is in such lines)
        hits = patterns.match_lines(
            text, [k if len(r) <= MAX_LINE else "" for r, k in zip(rows, keys, strict=True)]
        )
        keyword, consent = self._phrases(keys)
        if cjk:  # (a clause in Chinese or Japanese is one word: its phrases found inside it)
            consent |= patterns.han_consent_lines(keys)
        consent = {i for i in consent if not patterns.mid_sentence(rows[i], keys[i])}
        ends = _ends(rows)
        terminal = list(map(TERMINAL.__contains__, ends))
        for i in compress(count(), map(".".__eq__, ends)):  # (two dots: a cut title)
            terminal[i] = not _truncated(rows[i])
        tokens = analysis.words
        # (two CJK characters count as a word)
        words = _add_halves(tokens, _cjk_per_line(text)) if cjk and has_cjk(text) else tokens
        n = len(rows)
        keyword_at, consent_at = _flags(keyword, n), _flags(consent, n)
        lines = LineColumns(keys, hits, keyword_at, consent_at, terminal, tokens, words)
        self._keep(rows, lines)
        self._density.setdefault(analysis.lang, {}).update(zip(rows, analysis.density, strict=True))
        self._last = _Tally(rows, analysis.lang)
        self.threshold = []  # a new text, not what is left of the last one: decided anew
        self.credits = None  # (the same)
        return Features(rows, lines, analysis.density, analysis.lang)

    def _keep(self, rows: list[str], lines: LineColumns) -> None:
        """Keep the features ``lines`` of ``rows`` to be looked up by line."""
        if self._index:  # (a text that is not what is left of the last: seldom)
            start = len(self._seen.keys)
            self._seen = self._seen.then(lines)
        else:
            start, self._seen = 0, lines
        self._index.update(zip(rows, range(start, start + len(rows)), strict=True))

    def _phrases(self, keys: list[str]) -> tuple[set[int], set[int]]:
        """The lines with a promo keyword and with a consent phrase
        (``Patterns.phrase_lines``), and the keys of the sign-up box lines and the appeals
        added to :attr:`signup_keys` and :attr:`appeal_keys`: only the lines where a phrase
        of the list starts at a word (:class:`~cleantext.boilerplate.phrases.PhraseLists`,
        one pass over the page for the four lists) are checked."""
        maybe = _phrase_lists(self.patterns).lines(keys)
        is_signup, appeal = signup.is_signup_line, appeals.appeal_phrase
        self.signup_keys.update(keys[i] for i in maybe[2] if is_signup(keys[i], keys[i]))
        for i in maybe[3]:
            phrase = appeal(keys[i], keys[i])
            if phrase is not None:
                self.appeal_keys[keys[i]] = phrase
        for key in appeals.whole_lines().intersection(keys):  # (one set look-up a line, in C)
            self.appeal_keys[key] = key
        return self.patterns.phrases_among(keys, maybe[0], maybe[1])


class _Asked(dict[str, bool]):
    """``test(line)`` of each line asked about (``d[line]``), made when first asked.

    >>> asked = _Asked(str.isupper)
    >>> asked["NEWS"], asked["News"], sorted(asked)
    (True, False, ['NEWS', 'News'])
    """

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self._test = test

    def __missing__(self, line: str) -> bool:
        found = self[line] = self._test(line)
        return found


@lru_cache(maxsize=16)
def _phrase_lists(patterns: Patterns) -> PhraseLists:
    """The promo keywords, consent phrases, sign-up phrases and appeals of ``patterns``."""
    keyword, consent = patterns.phrase_lists
    lists = [keyword, consent, signup.phrase_list(), appeals.phrase_list()]
    # (the sign-up phrases in a script without spaces count inside a run: ``signup.py``)
    return PhraseLists(lists, anywhere=[False, False, True, False])


def picker(index: Sequence[Hashable]) -> Callable[[Any], list[Any]]:
    """The function that gives ``[values[i] for i in index]`` of ``values`` (a list, or a
    dict with the keys ``index``): one ``operator.itemgetter`` call, no Python step (nor a
    ``map`` step) per index.

    >>> picker([2, 0])(["a", "b", "c"]), picker([1])(["a", "b"]), picker([])(["a"])
    (['c', 'a'], ['b'], [])
    """
    if len(index) < 2:  # (an itemgetter of one index gives the item itself, of none fails)
        return lambda values: [values[i] for i in index]
    get = itemgetter(*index)
    return lambda values: list(get(values))


def _positions(known: dict[str, V], rows: list[str]) -> list[V] | None:
    """``[known[r] for r in rows]``, ``None`` if a row is not in ``known`` (``picker``: one
    ``operator.itemgetter`` call).

    >>> _positions({"a": 0, "b": 1}, ["b", "a"]), _positions({"a": 0}, ["a", "c"])
    ([1, 0], None)
    """
    try:
        return picker(rows)(known)
    except KeyError:
        return None


def _subsequence(rows: list[str], before: list[str]) -> bool:
    """True if ``rows`` is ``before`` with some lines left out (in order): a text with lines
    removed, the common case, told without counting (one pass).

    >>> _subsequence(["a", "", "c"], ["a", "b", "", "c"]), _subsequence(["c", "a"], ["a", "c"])
    (True, False)
    """
    rest = iter(before)
    return all(row in rest for row in rows)  # each ``in`` goes on where the last one stopped


def _ends(rows: list[str]) -> list[str]:
    """The last character of each row once the white space and the closing quotes and
    brackets at its end are stripped (``""`` for none), as :func:`is_terminal` reads it:
    the row's last character, stripped only where it is one of those (no Python step per
    other row).

    >>> _ends(["Done.", "He said: “Yes.” ", "", "Home"])
    ['.', '.', '', 'e']
    """
    ends = list(map(_LAST, rows))
    for i in compress(count(), map(_STRIPPED.__contains__, ends)):
        ends[i] = rows[i].rstrip(_SPACE).rstrip(CLOSING)[-1:]
    return ends


def _flags(found: set[int], n: int) -> list[bool]:
    """``[i in found for i in range(n)]``."""
    out = [False] * n
    for i in found:
        out[i] = True
    return out


def _add_halves(tokens: list[int], cjk: list[int]) -> list[int]:
    return [n + c // 2 for n, c in zip(tokens, cjk, strict=True)]


def _cjk_per_line(text: str) -> list[int]:
    """The number of CJK characters of each line of ``text``: what is left of the line once
    everything else is removed (one ``sub`` over the text, no string for each character).

    >>> _cjk_per_line("東京 Tokyo\\n\\nab한국어")
    [2, 0, 3]
    """
    return list(map(len, NOT_CJK.sub("", text).split("\n")))


def is_terminal(line: str) -> bool:
    """True if ``line`` ends in terminal punctuation, maybe followed by closing quotes or
    brackets and white space.

    >>> is_terminal("He said: “Yes.” "), is_terminal("Home »"), is_terminal("")
    (True, False, False)
    """
    end = line.rstrip(_SPACE).rstrip(CLOSING)
    return end[-1:] in TERMINAL and not _truncated(line)


def _truncated(line: str) -> bool:
    """``line`` ends in two full stops, not one nor three: a title cut short ("2、 国务院要求
    压实属地责任 抓好抓细.."), no sentence.

    >>> _truncated("抓好抓细.."), _truncated("Done."), _truncated("And then...")
    (True, False, False)
    """
    end = line.rstrip(_SPACE).rstrip(CLOSING)
    return end.endswith("..") and not end.endswith("...")

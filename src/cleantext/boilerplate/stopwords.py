"""Stopword lists per language and stopword density (jusText's main signal, on lines).

Lists live in ``data/stopwords/<lang>.txt``: words separated by whitespace, ``#`` comments.
A file whose first line is ``# mode: chars`` lists characters instead (Chinese, Japanese):
density is then the share of characters of the line that are in the list. A file whose first
line is ``# mode: runs`` lists the words of a script written without spaces between words
(Thai): they are found inside its runs of letters, and density is their number over the
line's words, its other tokens and one per ``RUN_LETTERS`` letters of the script; a text
with more letters of that script than words is in that language (:meth:`Stopwords.detect`).

>>> sw = Stopwords.load()
>>> lang = sw.detect("The cat sat on the mat and it was happy with that.")
>>> lang
'en'
>>> round(sw.density("The cat sat on the mat.", lang), 2)
0.5
>>> sw.density("Menu Home Sports Weather", "en")
0.0
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.resources import files
from itertools import accumulate, chain, pairwise
from typing import NamedTuple

import numpy as np
import regex
from numpy.typing import NDArray

from cleantext.boilerplate.twins import (
    FEW_OTHERS,
    UNLOOKED,
    ascii_table,
    first_classed,
    low,
    non_ascii,
    translate_ascii,
    twin,
)
from cleantext.minhash.shingle import _kernels
from cleantext.tokens import CJK_FIRST, HAN_KANA, JOINERS, WORD_OR_BREAK, may_have_cjk, words

__all__ = [
    "CJK_FIRST",
    "Analysis",
    "LineCounts",
    "Stopwords",
    "bare",
    "may_have_cjk",
    "script_of",
    "unvowelled",
    "words",
]

_WORD_OR_BREAK = WORD_OR_BREAK
_CJK = HAN_KANA  # the character lists count Chinese and Japanese characters
_UNLOOKED = re.compile(f"[{UNLOOKED}]")


def bare(words: list[str]) -> list[str]:
    """``words`` without their Arabic vowel marks and zero-width (non-)joiners
    (``twins.UNLOOKED``), as the word lists hold them: a text may write them or not.

    >>> bare(["فِي", "the", "می\u200cشود"])
    ['في', 'the', 'میشود']
    """
    return [_UNLOOKED.sub("", w) for w in words]


def unvowelled(text: str) -> str:
    """``text`` without its Arabic vowel marks and zero-width (non-)joiners
    (``twins.UNLOOKED``; one check if it has none).

    >>> unvowelled("فِي البيت"), unvowelled("café")
    ('في البيت', 'café')
    """
    return text if text.isascii() or not _UNLOOKED.search(text) else _UNLOOKED.sub("", text)


# the C kernel that counts words and stopwords per line (``_kernels.c``), if built
_line_words = getattr(_kernels, "line_words", None)
#: one zero of ``line_words``' output: repeated, the zeroed rows of a call
_ZERO = array("i", [0])


@dataclass(frozen=True)
class _List:
    items: frozenset[str]
    chars: bool
    nouns: bool = False  # the language capitalises its nouns (``# case: nouns``)
    #: the list misses most of the language's function words (``# density: loose``)
    loose: bool = False
    #: the words are found inside runs of letters (``# mode: runs``: Thai)
    runs: bool = False


class Analysis(NamedTuple):
    """What :meth:`Stopwords.analyse` finds in a text."""

    lang: str | None  #: the language (:meth:`Stopwords.detect`)
    words: list[int]  #: the number of words of each line
    density: list[float]  #: the stopword density of each line in ``lang``
    hits: dict[str, int]  #: :meth:`Stopwords.hits` of the text


class LineCounts(NamedTuple):
    """The words of each line of a text and the stopwords among them."""

    words: list[int]  #: the number of words of each line
    hits: dict[str, int]  #: :meth:`Stopwords.hits` of the text
    rows: list[list[str]] | None  #: the words of each line (from the plain count)
    #: from the compiled count, row after row: per line, its words, then its words in each
    #: word list (a row of one and the number of lists), and a last row of totals
    in_lists: array[int] | None

    def in_list(self, k: int) -> list[int]:
        """The words of each line in word list ``k`` (of the compiled count)."""
        width = 1 + len(self.hits)
        return (self.in_lists or array("i"))[1 + k : len(self.words) * width : width].tolist()


class Stopwords:
    """Stopword lists for many languages, loaded once from the data directory."""

    def __init__(self, lists: dict[str, _List]) -> None:
        self._lists = lists
        # every word of the word lists, with the languages whose list has it
        langs: dict[str, list[str]] = {}
        for lang, lst in lists.items():
            if not lst.chars and not lst.runs:
                for w in lst.items:
                    langs.setdefault(w, []).append(lang)
        self._langs = {w: tuple(v) for w, v in langs.items()}
        self._all = frozenset(langs)
        self._word_lists = tuple(
            lang for lang, lst in lists.items() if not lst.chars and not lst.runs
        )
        #: the lists of words found inside runs of letters, with their script's letters
        self._runs = {
            lang: _run_script(lst.items) for lang, lst in sorted(lists.items()) if lst.runs
        }

    @classmethod
    def load(cls) -> Stopwords:
        """The built-in lists (cached)."""
        return _load()

    @property
    def all_words(self) -> frozenset[str]:
        """Every word of the word lists (of any language; case-folded)."""
        return self._all

    @cached_property
    def char_words(self) -> frozenset[str]:
        """The characters of the lists that are lists of characters (``# mode: chars``)."""
        return frozenset().union(*(lst.items for lst in self._lists.values() if lst.chars))

    @property
    def languages(self) -> tuple[str, ...]:
        """Language codes with a list."""
        return tuple(sorted(self._lists))

    def noun_case_words(self, lang: str | None) -> frozenset[str]:
        """The stopwords of ``lang`` if it capitalises its nouns (its list's header says
        ``# case: nouns``: German), else none: the words whose case tells a sentence there.

        >>> sw = Stopwords.load()
        >>> sorted(sw.noun_case_words("de"))[:2], sw.noun_case_words("en")
        (['aber', 'alle'], frozenset())
        """
        lst = self._lists.get(lang or "")
        return lst.items if lst is not None and lst.nouns else frozenset()

    def loose(self, lang: str | None) -> bool:
        """True if ``lang``'s list misses most of its function words (its header says
        ``# density: loose``: Korean, whose particles and endings are parts of words), so a
        line's stopword density there tells prose from menus too weakly for a threshold.

        >>> sw = Stopwords.load()
        >>> sw.loose("ko"), sw.loose("en"), sw.loose(None)
        (True, False, False)
        """
        lst = self._lists.get(lang or "")
        return lst is not None and lst.loose

    def detect(self, text: str) -> str | None:
        """The language whose stopwords cover most of ``text``, or ``None`` if none fits."""
        return self.analyse(text.casefold())[0]

    def line_stats(self, text: str, lang: str | None) -> tuple[list[int], list[float]]:
        """For every line of ``text`` (split on ``\\n``): the number of :func:`words` and
        the stopword :meth:`density`, from one pass over the whole text.

        >>> Stopwords.load().line_stats("The cat.\\n\\nMenu Home", "en")
        ([2, 0, 2], [0.5, 0.0, 0.0])
        """
        folded = text.casefold()
        return self._line_stats(folded, self._count(folded), lang)

    def analyse(self, folded: str, cjk: bool | None = None) -> Analysis:
        """:meth:`detect` and :meth:`line_stats` at once, for a case-folded text, from one
        tokenisation; with the stopword :meth:`hits` the language was chosen from.
        ``cjk`` is ``may_have_cjk(folded)`` if the caller has it already.

        >>> a = Stopwords.load().analyse("the cat sat on the mat.\\nhome")
        >>> a.lang, a.words, a.density, a.hits["en"]
        ('en', [6, 1], [0.5, 0.0], 3)
        """
        counted = self._count(folded)
        lang = self._detect(folded, sum(counted.words), counted.hits, cjk)
        counts, dens = self._line_stats(folded, counted, lang)
        return Analysis(lang, counts, dens, counted.hits)

    def hits(self, folded: str) -> dict[str, int]:
        """How many words of a case-folded text each word list has, for every language with
        a word list (not the character lists), in the lists' order; :meth:`pick` chooses
        the language from them.

        >>> Stopwords.load().hits("the cat sat on the mat")["en"]
        3
        """
        return self._count(folded).hits

    def pick(self, hits: dict[str, int]) -> str | None:
        """The language with the most :meth:`hits` (the first of equals), or ``None`` if no
        list has a word of the text."""
        if not hits:
            return None
        lang = max(hits, key=hits.__getitem__)
        return lang if hits[lang] else None

    def _count(self, folded: str) -> LineCounts:
        """The words of each line of a case-folded text and the stopword hits, in the C
        kernel where it is built (:meth:`count_compiled`), else in Python
        (:meth:`count_plain`): the same numbers."""
        found = self.count_compiled(folded)
        return found if found is not None else self.count_plain(folded)

    def count_plain(self, folded: str) -> LineCounts:
        """:class:`LineCounts` of a case-folded text, from its tokens (:func:`_row_tokens`)."""
        rows = _row_tokens(folded)
        if not folded.isascii() and _UNLOOKED.search(folded):
            rows = list(map(bare, rows))
        counts = dict.fromkeys(self._word_lists, 0)
        for w, n in Counter(filter(self._all.__contains__, chain.from_iterable(rows))).items():
            for lang in self._langs[w]:
                counts[lang] += n
        return LineCounts(list(map(len, rows)), counts, rows, None)

    def count_compiled(self, folded: str) -> LineCounts | None:
        """:meth:`count_plain` in one pass of the C kernel ``line_words`` over the text;
        ``None`` if the kernel is not built."""
        if _line_words is None:
            return None
        tables, n = self._tables, len(self._word_lists)
        size = (folded.count("\n") + 2) * (1 + n)

        def counted(classes: bytes) -> LineCounts | None:
            # the lines, the totals: an ``array`` (few lines: cheaper than numpy's)
            out = _ZERO * size
            if not _line_words(folded, classes, *tables, n, out):
                return None
            # (``out[-n:]`` has one count per list: no ``tolist`` or length check needed)
            hits = dict(zip(self._word_lists, out[-n:], strict=False))
            return LineCounts(out[: -1 - n : 1 + n].tolist(), hits, None, out)

        return first_classed(counted)  # (the last table covers every code point)

    @cached_property
    def _tables(
        self,
    ) -> tuple[NDArray[np.int32], NDArray[np.int32], NDArray[np.int32], NDArray[np.int64]]:
        """The word lists as ``line_words`` looks words up (:func:`_word_table`)."""
        return _word_table(self._langs, self._word_lists)

    def _detect(
        self, folded: str, n: int, hits: dict[str, int], cjk: bool | None = None
    ) -> str | None:
        if not n:
            return None
        if cjk is None:
            cjk = may_have_cjk(folded)
        if cjk and len(_CJK.findall(folded)) > n:
            best = max(
                (k for k, v in self._lists.items() if v.chars),
                key=lambda k: self.density(folded, k),
                default=None,
            )
            return best
        if cjk:  # (a Thai text: more Thai letters than words, ``# mode: runs``)
            for lang, script in self._runs.items():
                if len(script.findall(folded)) > n:
                    return lang
        return self.pick(hits)

    def _line_stats(
        self, folded: str, counted: LineCounts, lang: str | None
    ) -> tuple[list[int], list[float]]:
        counts = counted.words
        lst = self._lists.get(lang or "")
        if lst is None:
            return counts, [0.0] * len(counts)
        if lst.chars or lst.runs:
            return counts, [self.density(row, lang) for row in folded.split("\n")]
        if counted.in_lists is not None:
            found = counted.in_list(self._word_lists.index(lang or ""))
        else:
            known = lst.items.__contains__
            found = [sum(map(known, r)) for r in counted.rows or ()]
        dens = [h / n if n else 0.0 for h, n in zip(found, counts, strict=True)]
        return counts, dens

    def scripts(self, lang: str | None) -> frozenset[str]:
        """The scripts the list of ``lang`` is written in (:func:`script_of` its letters;
        Han and kana for the lists of characters); none for a language without a list.

        >>> sw = Stopwords.load()
        >>> sorted(sw.scripts("ru")), sorted(sw.scripts("zh")), sw.scripts(None)
        (['CYRILLIC'], ['CJK', 'HIRAGANA', 'KATAKANA'], frozenset())
        """
        return _scripts(self, lang or "")

    def density(self, line: str, lang: str | None) -> float:
        """Share of the words (characters for CJK lists) of ``line`` that are stopwords."""
        lst = self._lists.get(lang or "")
        if lst is None:
            return 0.0
        if lst.chars:
            chars = _CJK.findall(line)
            return sum(1 for c in chars if c in lst.items) / len(chars) if chars else 0.0
        if lst.runs:
            return _run_density(line.casefold(), lst.items, self._runs[lang or ""])
        toks = words(line)
        if not line.isascii() and _UNLOOKED.search(line):
            toks = bare(toks)
        return sum(1 for w in toks if w in lst.items) / len(toks) if toks else 0.0


def script_of(char: str) -> str:
    """The script of a letter, from the first word of its Unicode name ("LATIN",
    "CYRILLIC", "ARABIC", "CJK", ...; "" for a character without a name).

    >>> script_of("ж"), script_of("ب"), script_of("東")
    ('CYRILLIC', 'ARABIC', 'CJK')
    """
    return unicodedata.name(char, "").partition(" ")[0]


@lru_cache(maxsize=64)
def _scripts(stopwords: Stopwords, lang: str) -> frozenset[str]:
    lst = stopwords._lists.get(lang)
    if lst is None:
        return frozenset()
    if lst.chars:
        return _HAN_KANA_SCRIPTS
    return frozenset(script_of(c) for w in lst.items for c in w if c.isalpha())


_HAN_KANA_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA"})


def _row_tokens(folded: str) -> list[list[str]]:
    """The words of each line (split on ``\\n``) of a case-folded text, as :func:`words`.

    >>> _row_tokens("it's 5 o'clock.\\n\\n'quoted' -- don't")
    [["it's", '5', "o'clock"], [], ["quoted'", "don't"]]
    """
    if folded.isascii():
        return _ascii_row_tokens(folded)
    text = folded.replace("’", "'")
    others = set(non_ascii(text))
    if len(others) <= FEW_OTHERS:
        return _mixed_row_tokens(text, others)
    toks: list[str] = (_low_tokens() if low(text) else _WORD_OR_BREAK).findall(text)
    breaks = [i for i, t in enumerate(toks) if t == "\n"]
    return [toks[b + 1 : e] for b, e in pairwise([-1, *breaks, len(toks)])]


# ASCII characters that are in no word (every one but letters, digits, ' and the line break)
_NOT_WORD = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not c.isalnum() and c not in "'\n"}
)


def _ascii_row_tokens(folded: str) -> list[list[str]]:
    """:func:`_row_tokens` of an ASCII text: what is left between the characters that are in
    no word, without the apostrophes a word cannot start with (``[a-z0-9][a-z0-9']*``)."""
    return _split_words(folded.translate(_NOT_WORD), ("'",))


_NOT_WORD_BYTES = ascii_table(
    {c: " " for c in map(chr, range(128)) if not c.isalnum() and c not in "'\n"}
)
_WORD_START = regex.compile(r"[\p{L}\p{N}]")
_MARK = regex.compile(rf"[\p{{M}}{JOINERS}]")


def _mixed_row_tokens(text: str, others: set[str]) -> list[list[str]]:
    """:func:`_row_tokens` of a text (’ made ') whose characters at or above U+0080 are
    ``others``: each of them that is in no word becomes a space (one ``str.replace`` each),
    the ASCII ones in one pass over the bytes (``twins.translate_ascii``); then as for
    ASCII, a mark (``\\p{M}``) or a zero-width (non-)joiner being a character a word cannot
    start with."""
    marks = [c for c in others if _MARK.match(c)]
    for c in others:
        if _WORD_START.match(c) is None and c not in marks:
            text = text.replace(c, " ")
    return _split_words(translate_ascii(text, _NOT_WORD_BYTES), ("'", *marks))


def _split_words(text: str, leading: tuple[str, ...]) -> list[list[str]]:
    """The words of each line of ``text`` whose characters in no word are spaces: the runs
    between spaces, without the characters of ``leading`` that start them (they go on a
    word but cannot start one)."""
    if any(c in text for c in leading):
        text = " " + text
        again = True
        while again:
            again = False
            for c in leading:
                for sep in (" ", "\n"):
                    if sep + c in text:
                        text = text.replace(sep + c, sep + " ")
                        again = True
    return [row.split() for row in text.split("\n")]


@lru_cache(maxsize=1)
def _low_tokens() -> re.Pattern[str]:
    """``_WORD_OR_BREAK`` for texts of low code points (:mod:`~cleantext.boilerplate.twins`)."""
    first, rest = twin(r"\p{L}\p{N}"), twin(rf"\p{{L}}\p{{N}}\p{{M}}'’{JOINERS}")
    return re.compile(f"[{first}][{rest}]*|\n")


#: letters of a script without spaces (``# mode: runs``: Thai) that count as a word
RUN_LETTERS = 4


@lru_cache(maxsize=8)
def _run_script(items: frozenset[str]) -> regex.Pattern[str]:
    """A letter of the script the words ``items`` are written in (``\\p{Thai}``)."""
    names = {script_of(c) for w in items for c in w if c.isalpha()}
    return regex.compile("|".join(rf"\p{{{name.title()}}}" for name in sorted(names)))


@lru_cache(maxsize=8)
def _run_words(items: frozenset[str]) -> regex.Pattern[str]:
    """The words ``items``, longest first (a word found inside a longer one of the list is
    not counted twice); an alternation of literal words, linear."""
    return regex.compile("|".join(map(regex.escape, sorted(items, key=lambda w: (-len(w), w)))))


def _run_density(folded: str, items: frozenset[str], script: regex.Pattern[str]) -> float:
    """The density of the words ``items`` found inside the runs of ``script`` of a
    case-folded line: their number over the line's words (its tokens with no letter of the
    script, and one per ``RUN_LETTERS`` letters of it).

    >>> from cleantext.boilerplate.stopwords import Stopwords
    >>> sw = Stopwords.load()
    >>> round(sw.density("ชาวบ้านหวังว่าอีกไม่กี่ปี ลำห้วยจะกลับมามีปลา", "th"), 2)
    0.55
    >>> sw.density("หน้าแรก การเมือง เศรษฐกิจ", "th")
    0.0
    """
    letters = len(script.findall(folded))
    others = sum(1 for w in words(folded) if script.search(w) is None)
    n = letters // RUN_LETTERS + others
    return len(_run_words(items).findall(folded)) / n if n else 0.0


def _parse(text: str) -> _List:
    body = text.splitlines()
    chars = bool(body) and body[0].strip().replace(" ", "") == "#mode:chars"
    runs = bool(body) and body[0].strip().replace(" ", "") == "#mode:runs"
    items = set(
        bare(
            [
                w.casefold().replace("’", "'")
                for line in body
                if not line.lstrip().startswith("#")
                for w in line.split()
            ]
        )
    )
    nouns = any(line.replace(" ", "") == "#case:nouns" for line in body[:3])
    loose = any(line.replace(" ", "") == "#density:loose" for line in body[:3])
    return _List(frozenset(items), chars, nouns, loose, runs)


@lru_cache(maxsize=1)
def _load() -> Stopwords:
    root = files("cleantext.data").joinpath("stopwords")
    lists = {}
    for entry in root.iterdir():
        if entry.name.endswith(".txt"):
            lists[entry.name[:-4]] = _parse(entry.read_text(encoding="utf-8"))
    return Stopwords(lists)


# --- the tables of the C kernel ``line_words`` ---------------------------------------------

_FNV_OFFSET, _FNV_PRIME = 2166136261, 16777619
_MAX_LISTS = 64  # the bits of a word's mask in ``line_words``


def fnv1a(word: str) -> int:
    """The 32-bit FNV-1a hash of a word's code points that ``line_words`` looks words up by.

    >>> hex(fnv1a("a"))
    '0xe40c292c'
    """
    h = _FNV_OFFSET
    for c in word:
        h = ((h ^ ord(c)) * _FNV_PRIME) & 0xFFFFFFFF
    return h


def word_slots(words: Sequence[str]) -> NDArray[np.int32]:
    """The open-addressing table of the kernels' word look-ups: ``words[i]`` at slot
    ``fnv1a(words[i])`` modulo the size (a power of two, at least four times as many slots
    as words: the low bits of the hash cluster, and a word not in the table, most of a
    text's, is looked for until a free slot) or the next free one after it; ``-1`` in a free
    slot.

    >>> slots = word_slots(["a", "b", "c"])
    >>> len(slots), sorted(int(i) for i in slots if i >= 0)
    (16, [0, 1, 2])
    """
    size = 1
    while size < 4 * len(words) + 1:
        size *= 2
    slots = np.full(size, -1, np.int32)
    for i, w in enumerate(words):
        k = fnv1a(w) & (size - 1)
        while slots[k] >= 0:
            k = (k + 1) & (size - 1)
        slots[k] = i
    return slots


def _word_table(
    langs: dict[str, tuple[str, ...]], order: tuple[str, ...]
) -> tuple[NDArray[np.int32], NDArray[np.int32], NDArray[np.int32], NDArray[np.int64]]:
    """``(slots, chars, bounds, masks)`` of ``line_words``: the words of ``langs`` (a word:
    the languages whose list has it) in an open-addressing table of at least four times as
    many slots, bit ``k`` of a word's 64-bit mask for the ``k``-th language of ``order`` (up
    to 64 word lists)."""
    if len(order) > _MAX_LISTS:
        raise ValueError(f"{len(order)} word lists: line_words counts {_MAX_LISTS} at most")
    words = sorted(langs)
    slots = word_slots(words)
    chars = np.array([ord(c) for w in words for c in w], np.uint32).view(np.int32)
    bounds = np.array(list(accumulate(map(len, words), initial=0)), np.int32)
    masks = np.array(
        [sum(1 << order.index(lang) for lang in langs[w]) for w in words], np.uint64
    ).view(np.int64)
    return slots, chars, bounds, masks

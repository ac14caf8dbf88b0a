"""Words and scripts, in one place: the tokens the boilerplate step's line features are read
from, and the scripts in-document block dedup reads character by character.

- A **word** is a letter or a number, then letters, numbers, marks, apostrophes and the
  zero-width (non-)joiners of :data:`JOINERS`, which are part of the spelling of Persian
  ("می‌خواهم" is one word) and Indic words (:data:`WORD`; :func:`words` folds case and makes
  ``’`` an ``'``). Stopword counts and a line's word count use it.
- **CJK** characters here are those of the scripts a line's length is read from character
  by character (:data:`CJK`): Han, Hiragana, Katakana and Hangul, and Thai, Lao, Khmer and
  Myanmar, which put no spaces between words (a whole Thai sentence is one :data:`WORD`).
  A line's word count adds one word for every two of them, and a page title's headline
  needs 8 of them when it has fewer than 4 words.
- Of these, all but Hangul put **no spaces** between words (:data:`NO_SPACES`, a class body):
  block dedup makes each of their characters a word of its own.
- Han, Hiragana and Katakana (:data:`HAN_KANA`) are the scripts of the stopword lists that
  are lists of characters: a text with more of them than words is Chinese or Japanese.
  Hangul is not among them: Korean puts spaces between words, and its stopword list is a
  list of words. Nor are the Southeast Asian scripts, which have no stopword list.

The normalised form of a line (``boilerplate.patterns.normalize_line``) is built on the same
classes. Corpus shingles read bytes, not words.

>>> words("It’s 5 o'clock.")
["it's", '5', "o'clock"]
>>> len(words("من می\u200cخواهم"))
2
>>> len(CJK.findall("서울 東京")), len(HAN_KANA.findall("서울 東京"))
(4, 2)
>>> words("ข่าววันนี้"), len(CJK.findall("ข่าววันนี้"))
(['ข่าววันนี้'], 10)
>>> may_have_cjk("Café “x”"), may_have_cjk("東京")
(False, True)
"""

from __future__ import annotations

import re
from array import array

import regex

from cleantext.minhash.shingle import _kernels

__all__ = [
    "CJK",
    "CJK_FIRST",
    "CJK_OR_BREAK",
    "HAN_KANA",
    "JOINERS",
    "NOT_CJK",
    "NO_SPACES",
    "WORD",
    "WORD_OR_BREAK",
    "has_cjk",
    "lower_start",
    "may_have_cjk",
    "words",
]

#: the zero-width non-joiner and joiner, as a class body: inside a word they are spelling
#: (Persian "می‌خواهم", a Sinhala or Malayalam conjunct), not a word break
JOINERS = r"\u200c\u200d"
_WORD = rf"[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}\p{{M}}'’{JOINERS}]*"
#: the scripts written without spaces between words, as the body of a character class
NO_SPACES = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
_CJK = NO_SPACES + r"\p{Hangul}"

#: a word (apostrophes kept inside it)
WORD = regex.compile(_WORD)
#: a word, or a line break (to count words line by line in one scan)
WORD_OR_BREAK = regex.compile(rf"{_WORD}|\n")
#: a character of Chinese, Japanese, Korean, Thai, Lao, Khmer or Myanmar
CJK = regex.compile(f"[{_CJK}]")
#: a CJK character, or a line break
CJK_OR_BREAK = regex.compile(rf"[{_CJK}]|\n")
#: a run of characters that are neither CJK nor a line break (removed, they leave each
#: line's CJK characters)
NOT_CJK = regex.compile(rf"[^{_CJK}\n]+")
#: a character of Chinese or Japanese (the scripts of the stopword lists of characters)
HAN_KANA = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def words(line: str) -> list[str]:
    """Case-folded word tokens of ``line`` (apostrophes kept inside words, ``’`` as ``'``).

    >>> words("L’Europe, 2024")
    ["l'europe", '2024']
    """
    return [w.replace("’", "'") for w in WORD.findall(line.casefold())]


#: no character of :data:`CJK` comes before this one (Thai's block)
CJK_FIRST = "\u0e01"

# the blocks that hold every character of :data:`CJK` (a test checks
# this against the ``regex`` module's script data, code point by code point); these are
# plain code-point ranges, so the standard ``re`` module matches them exactly as ``regex``.
# The ones below U+10000 in one class (looked up in a table, whatever the number of ranges),
# those above in one range that holds them all.
_CJK_BLOCKS = (
    (0x0E00, 0x0EFF),
    (0x1000, 0x109F),
    (0x1100, 0x11FF),
    (0x1780, 0x17FF),
    (0x19E0, 0x19FF),
    (0x2E80, 0x9FFF),
    (0xA960, 0xA97F),
    (0xA9E0, 0xA9FF),
    (0xAA60, 0xAA7F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFFEF),
    (0x116D0, 0x116FF),
    (0x16FE0, 0x3FFFF),
)


def _class(blocks: tuple[tuple[int, int], ...]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in blocks) + "]")


_CJK_BMP = _class(tuple(b for b in _CJK_BLOCKS if b[1] < 0x10000))
_CJK_ASTRAL = _class(tuple(b for b in _CJK_BLOCKS if b[0] >= 0x10000))
# the C kernel ``in_ranges`` (one pass, none for a Latin-1 str), if built
_in_ranges = getattr(_kernels, "in_ranges", None)
_CJK_BOUNDS = array("i", [c for block in _CJK_BLOCKS for c in block])


def may_have_cjk(text: str) -> bool:
    """False if ``text`` certainly has no :data:`CJK` character: none in the Unicode blocks
    of its scripts (one quick scan; punctuation such as curly quotes does not count).

    >>> may_have_cjk("Ελλάδα"), may_have_cjk("한국")
    (False, True)
    """
    if _in_ranges is not None:
        found: bool = _in_ranges(text, _CJK_BOUNDS)
        return found
    return cjk_blocks_plain(text)


#: runs of characters in the blocks of :data:`CJK`'s scripts (``_CJK_BLOCKS``)
_CJK_BLOCK_RUNS = re.compile(_class(_CJK_BLOCKS).pattern + "+")


def has_cjk(text: str) -> bool:
    """``CJK.search(text) is not None``, looked for in the runs of characters of the blocks
    of :data:`CJK`'s scripts only (every :data:`CJK` character is in one, a test checks it
    code point by code point): a text in another script with a few such characters (a
    fullwidth bracket, a CJK quote mark) is not read character by character against the
    scripts' properties, only a run at a time (the first run of a CJK text holds one).

    >>> has_cjk("Tokyo （東京）"), has_cjk("Tokyo （Japan）"), has_cjk("Tokyo")
    (True, False, False)
    """
    runs = _CJK_BLOCK_RUNS.finditer(text)
    return any(CJK.search(text, run.start(), run.end()) is not None for run in runs)


def cjk_blocks_plain(text: str) -> bool:
    """:func:`may_have_cjk` with the standard ``re`` module (the kernel's twin).

    >>> cjk_blocks_plain("Café “x”"), cjk_blocks_plain("東京"), cjk_blocks_plain("\U00020000")
    (False, True, True)
    """
    if text.isascii():
        return False
    return _CJK_BMP.search(text) is not None or _CJK_ASTRAL.search(text) is not None


#: the lowercase letters (``str.islower``) of a script whose prose has no capitals: Georgian
#: Mkhedruli, which Unicode 11 gave capitals (Mtavruli) that no sentence starts with, so a
#: Georgian line "starts in lower case" whatever it is
_UNCASED_LOWER = ("\u10d0", "\u10ff")


def lower_start(char: str) -> bool:
    """True if ``char`` is a lowercase letter of a script whose sentences start with a
    capital: a line that starts with it goes on from the line before (not Georgian).

    >>> lower_start("t"), lower_start("T"), lower_start("ქ")
    (True, False, False)
    """
    return char.islower() and not _UNCASED_LOWER[0] <= char <= _UNCASED_LOWER[1]

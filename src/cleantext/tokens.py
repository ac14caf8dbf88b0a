"""Words and scripts, in one place: the tokens the boilerplate step's line features are read
from, and the scripts in-document block dedup reads character by character.

- A **word** is a letter or a number, then letters, numbers, marks and apostrophes
  (:data:`WORD`; :func:`words` folds case and makes ``’`` an ``'``). Stopword counts and a
  line's word count use it.
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
>>> len(CJK.findall("서울 東京")), len(HAN_KANA.findall("서울 東京"))
(4, 2)
>>> words("ข่าววันนี้"), len(CJK.findall("ข่าววันนี้"))
(['ข่าววันนี้'], 10)
>>> may_have_cjk("Café “x”"), may_have_cjk("東京")
(False, True)
"""

from __future__ import annotations

import re

import regex

__all__ = [
    "CJK",
    "CJK_FIRST",
    "CJK_OR_BREAK",
    "HAN_KANA",
    "NO_SPACES",
    "WORD",
    "WORD_OR_BREAK",
    "may_have_cjk",
    "words",
]

_WORD = r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*"
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
_CJK_BMP = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u19e0-\u19ff\u2e80-\u9fff\ua960-\ua97f"
    "\ua9e0-\ua9ff\uaa60-\uaa7f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]"
)
_CJK_ASTRAL = re.compile("[\U000116d0-\U000116ff\U00016fe0-\U0003ffff]")


def may_have_cjk(text: str) -> bool:
    """False if ``text`` certainly has no :data:`CJK` character: none in the Unicode blocks
    of its scripts (one quick scan; punctuation such as curly quotes does not count).

    >>> may_have_cjk("Ελλάδα"), may_have_cjk("한국")
    (False, True)
    """
    if text.isascii():
        return False
    return _CJK_BMP.search(text) is not None or _CJK_ASTRAL.search(text) is not None

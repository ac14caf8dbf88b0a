"""Stopword lists per language and stopword density (jusText's main signal, on lines).

Lists live in ``data/stopwords/<lang>.txt``: words separated by whitespace, ``#`` comments.
A file whose first line is ``# mode: chars`` lists characters instead (Chinese, Japanese):
density is then the share of characters of the line that are in the list.

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

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import regex

__all__ = ["Stopwords", "words"]

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def words(line: str) -> list[str]:
    """Case-folded word tokens of ``line`` (apostrophes kept inside words).

    >>> words("It’s 5 o'clock.")
    ["it's", '5', "o'clock"]
    """
    return [w.replace("’", "'") for w in _WORD.findall(line.casefold())]


@dataclass(frozen=True)
class _List:
    items: frozenset[str]
    chars: bool


class Stopwords:
    """Stopword lists for many languages, loaded once from the data directory."""

    def __init__(self, lists: dict[str, _List]) -> None:
        self._lists = lists

    @classmethod
    def load(cls) -> Stopwords:
        """The built-in lists (cached)."""
        return _load()

    @property
    def languages(self) -> tuple[str, ...]:
        """Language codes with a list."""
        return tuple(sorted(self._lists))

    def detect(self, text: str) -> str | None:
        """The language whose stopwords cover most of ``text``, or ``None`` if none fits."""
        toks = words(text)
        if not toks:
            return None
        cjk = len(_CJK.findall(text))
        if cjk > len(toks):
            best = max(
                (k for k, v in self._lists.items() if v.chars),
                key=lambda k: self.density(text, k),
                default=None,
            )
            return best
        freq = Counter(toks)
        counts: Counter[str] = Counter()
        for lang, lst in self._lists.items():
            if not lst.chars:
                counts[lang] = sum(freq[w] for w in lst.items if w in freq)
        lang, hits = counts.most_common(1)[0] if counts else ("", 0)
        return lang if hits else None

    def density(self, line: str, lang: str | None) -> float:
        """Share of the words (characters for CJK lists) of ``line`` that are stopwords."""
        lst = self._lists.get(lang or "")
        if lst is None:
            return 0.0
        if lst.chars:
            chars = _CJK.findall(line)
            return sum(1 for c in chars if c in lst.items) / len(chars) if chars else 0.0
        toks = words(line)
        return sum(1 for w in toks if w in lst.items) / len(toks) if toks else 0.0


def _parse(text: str) -> _List:
    body = text.splitlines()
    chars = bool(body) and body[0].strip().replace(" ", "") == "#mode:chars"
    items = {
        w.casefold().replace("’", "'")
        for line in body
        if not line.lstrip().startswith("#")
        for w in line.split()
    }
    return _List(frozenset(items), chars)


@lru_cache(maxsize=1)
def _load() -> Stopwords:
    root = files("cleantext.data").joinpath("stopwords")
    lists = {}
    for entry in root.iterdir():
        if entry.name.endswith(".txt"):
            lists[entry.name[:-4]] = _parse(entry.read_text(encoding="utf-8"))
    return Stopwords(lists)

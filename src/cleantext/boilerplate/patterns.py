"""Known UI strings: load ``data/boilerplate.toml`` and match whole lines against it.

>>> p = Patterns.builtin()
>>> p.match("What’s Your Reaction?")
Match(category='reaction', strength='line')
>>> p.match("like")
Match(category='reaction', strength='word')
>>> p.match("197 Shares")
Match(category='share', strength='line')
>>> p.match("I like this article a lot.") is None
True
>>> p.match("READ MORE: Plague outbreak confirmed in two cities")
Match(category='related', strength='line')
>>> p.match("Related: the study found a clear effect.") is None
True
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Literal

import regex

from cleantext.boilerplate.safety import check_pattern
from cleantext.errors import ConfigError

__all__ = ["Match", "Patterns", "compile_user_pattern", "normalize_line"]

#: How sure a match is: ``section`` (a heading that opens comments or related links) and
#: ``line`` are UI on their own; ``word`` only inside a run of UI lines; ``hint`` (menu words
#: such as "Home") is never removed by the light preset, only weighed by ``extract``.
Strength = Literal["section", "heading", "line", "word", "hint"]
_RANK = {"hint": 0, "word": 1, "line": 2, "heading": 3, "section": 4}
_EXACT_KEYS: tuple[tuple[str, Strength], ...] = (
    ("hints", "hint"),
    ("words", "word"),
    ("lines", "line"),
    ("headings", "heading"),
)
_REGEX_KEYS: tuple[tuple[str, Strength], ...] = (
    ("sections_regex", "section"),
    ("regex", "line"),
    ("hints_regex", "hint"),
)

# "Related: Some headline" / "READ MORE: ..." / "Lire aussi : ...": a link line, unless it ends
# like a sentence with a full stop.
_PREFIX = r"(?:{})\s*[:：|»›>]\s*\S.*(?<![.。])$"

_PUNCT = regex.compile(r"[^\p{L}\p{N}\s©'&+]+")
_SPACE = regex.compile(r"\s+")
_DIGITS = regex.compile(r"\p{Nd}")
_NUMBER_SEP = regex.compile(r"(?<=\p{Nd})[.,\u00a0\u202f ](?=\p{Nd})")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
MAX_LINE = 200


def normalize_line(line: str) -> str:
    """The form lines are matched in: case-folded, punctuation dropped, digits as ``0``.

    >>> normalize_line("  What’s Your  Reaction? ")
    "what's your reaction"
    >>> normalize_line("1.2K Shares")
    '00k shares'
    """
    s = _NUMBER_SEP.sub("", line.translate(_QUOTES).casefold())
    s = _PUNCT.sub(" ", s)
    s = _DIGITS.sub("0", s)
    return str(_SPACE.sub(" ", s)).strip()


@dataclass(frozen=True)
class Match:
    """A line recognised as UI text."""

    category: str
    strength: Strength


class Patterns:
    """A set of whole-line UI patterns, by category."""

    def __init__(self, table: dict[str, dict[str, list[str]]]) -> None:
        self._exact: dict[str, Match] = {}
        self._user: list[regex.Pattern[str]] = []
        self._prefixes: list[tuple[regex.Pattern[str], Match]] = []
        regexes: list[tuple[str, Match]] = []
        keywords: list[str] = []
        for category, spec in table.items():
            keywords.extend(normalize_line(k) for k in spec.get("keywords", []))
            for key, strength in _EXACT_KEYS:
                for item in spec.get(key, []):
                    self._add(normalize_line(item), Match(category, strength))
            for item in spec.get("sections", []):
                self._add(normalize_line(item), Match(category, "section"))
            if spec.get("prefixes"):
                alts = "|".join(regex.escape(p) for p in spec["prefixes"])
                rx = regex.compile(_PREFIX.format(alts), regex.IGNORECASE | regex.V1)
                self._prefixes.append((rx, Match(category, "line")))
            for key, strength in _REGEX_KEYS:
                for rx in spec.get(key, []):
                    regex.compile(rx, regex.V1)  # fail early, naming the bad pattern
                    regexes.append((rx, Match(category, strength)))
        # one alternation, tried in order; the group that matched names the pattern
        self._matches = [m for _, m in regexes]
        alts = "|".join(f"(?P<g{i}>{rx})" for i, (rx, _) in enumerate(regexes))
        self._combined = regex.compile(alts or "(?!)", regex.V1)
        kw = "|".join(regex.escape(k) for k in sorted(set(keywords), key=len, reverse=True))
        self._keywords = regex.compile(rf"(?<!\w)(?:{kw or '(?!)'})(?!\w)", regex.V1)

    def _add(self, key: str, match: Match) -> None:
        old = self._exact.get(key)
        if old is None or _RANK[match.strength] > _RANK[old.strength]:
            self._exact[key] = match

    @classmethod
    def builtin(cls) -> Patterns:
        """The patterns shipped with cleantext."""
        return _builtin()

    def with_extra(self, patterns: Iterable[str]) -> Patterns:
        """A copy with user regexes added (category ``user``).

        User regexes are matched case-insensitively against the whole stripped line as it is
        (not the normalised form).

        Each pattern is checked first (:func:`~cleantext.boilerplate.safety.check_pattern`):
        one that could backtrack catastrophically, or does not compile, raises
        :class:`~cleantext.errors.ConfigError` naming it.

        >>> Patterns.builtin().with_extra([r"sponsored by \\w+"]).match("Sponsored by ACME")
        Match(category='user', strength='line')
        >>> Patterns.builtin().with_extra([r"(\\w+\\s?)+ ad"])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        cleantext.errors.ConfigError: pattern '(\\\\w+\\\\s?)+ ad' refused: nested quantifiers...
        """
        new = object.__new__(Patterns)
        new._exact = self._exact
        new._matches = self._matches
        new._combined = self._combined
        new._keywords = self._keywords
        new._prefixes = self._prefixes
        new._user = [*self._user, *(compile_user_pattern(rx) for rx in patterns)]
        return new

    def has_keyword(self, line: str, key: str | None = None) -> bool:
        """True if the line contains a promo keyword ("newsletter", "all rights reserved")
        as whole words; a hint for the extract preset, never a reason to remove on its own.

        >>> p = Patterns.builtin()
        >>> p.has_keyword("Sign up for our weekly newsletter!"), p.has_keyword("News today.")
        (True, False)
        """
        if key is None:
            key = normalize_line(line)
        return self._keywords.search(key) is not None

    def match(self, line: str, key: str | None = None) -> Match | None:
        """The match for a whole line, or ``None``; long lines are never UI text.

        ``key`` is ``normalize_line(line)`` if the caller has it already.
        """
        if len(line) > MAX_LINE:
            return None
        stripped = line.strip()
        for rx in self._user:
            if rx.fullmatch(stripped):
                return Match("user", "line")
        for rx, m in self._prefixes:
            if rx.match(stripped):
                return m
        if key is None:
            key = normalize_line(line)
        if not key:
            return None
        hit = self._exact.get(key)
        if hit is not None:
            return hit
        found = self._combined.fullmatch(key)
        if found is None or found.lastgroup is None:
            return None
        return self._matches[int(found.lastgroup[1:])]


def compile_user_pattern(pattern: str) -> regex.Pattern[str]:
    """Compile a user pattern (case-insensitive) after the structural safety check.

    Raises :class:`~cleantext.errors.ConfigError` naming the pattern if it does not compile
    or has a shape that can backtrack catastrophically (nested or ambiguous quantifiers,
    backreferences; see :mod:`cleantext.boilerplate.safety`).

    >>> compile_user_pattern("photo: .{0,40}").fullmatch("Photo: AP")
    <regex.Match object; span=(0, 9), match='Photo: AP'>
    """
    if not isinstance(pattern, str):
        raise ConfigError(f"pattern {pattern!r} is not a string")
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE)
    except regex.error as exc:
        raise ConfigError(f"pattern {pattern!r} is not a valid regex ({exc})") from None
    try:
        check_pattern(pattern)
    except ValueError as exc:
        raise ConfigError(f"pattern {pattern!r} refused: {exc}") from None
    return compiled


@lru_cache(maxsize=1)
def _builtin() -> Patterns:
    text = files("cleantext.data").joinpath("boilerplate.toml").read_text(encoding="utf-8")
    return Patterns(tomllib.loads(text))

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

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from itertools import accumulate, repeat
from operator import add
from typing import Any, Literal

import numpy as np
import regex
from numpy.typing import NDArray

from cleantext.boilerplate.safety import check_pattern, first_words, required_strings
from cleantext.boilerplate.twins import (
    FEW_OTHERS,
    KEPT,
    SYMBOL_MARKS,
    ascii_table,
    code_point_classes,
    first_classed,
    low,
    non_ascii,
    translate_ascii,
    twin,
)
from cleantext.data import boilerplate_table
from cleantext.errors import ConfigError
from cleantext.minhash.shingle import _kernels
from cleantext.sentences import FULL_STOPS, TERMINAL
from cleantext.tokens import CJK, HAN_KANA

# the C kernel that normalises every line of a text in one pass (``_kernels.c``), if built
_line_keys = getattr(_kernels, "line_keys", None)
# the C kernel that case-folds a text by the table of ``case_folds``, if built
_casefold_str = getattr(_kernels, "casefold_str", None)

__all__ = [
    "Anchors",
    "KeyIndex",
    "Match",
    "Patterns",
    "compile_user_pattern",
    "lines_containing",
    "normalize_folded",
    "normalize_line",
    "normalize_lines",
    "normalize_plain",
    "unspaced",
]

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
# like a sentence with a full stop (``sentences.FULL_STOPS``: the Devanagari danda and the
# Armenian full stop too). (The Armenian comma and the Ethiopic preface colon stand where
# other scripts put a colon: "Կարդացեք նաև՝ ...", "ተዛማጅ ዜና፦ ...", session 25.)
_PREFIX = r"(?:{{}})\s*[:：|»›>՝፦]\s*\S.*(?<![{}])$".format(regex.escape("".join(FULL_STOPS)))
_PREFIX_MARKS = ":：|»›>՝፦"  # the characters of the class above
# "Les også Nordås innrømmer ..." (``bare_prefixes``): a read-also prefix with no mark after it,
# then a capital, a figure or a quote (a sentence that opens with the words goes on in lower
# case: "Les også gjerne rapporten ..."), and no full stop at the end
_BARE = r"(?i:{})\s+[\p{{Lu}}\p{{N}}\"'«»„“‘].*(?<![.。])$"
# "Rund 400 Feuerwehrleute protestieren ... | mehr" (``suffixes``): a teaser's link word after a
# mark at the end of the line (the line's key drops the mark: read on the raw line)
_SUFFIX_MARKS = "|»›"
# one of them (no character case-folds to one: IGNORECASE matches only themselves)
_MARK = re.compile(f"[{_PREFIX_MARKS}]")
#: the invisible direction marks a right-to-left page may put at a line's ends (LRM, RLM,
#: ALM, the embeddings and isolates): a prefix line is read without them (issue 14 pattern
#: 4: a Hebrew "עוד באתר:" line rendered with an RLM in front)
_BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _stripped(line: str) -> str:
    """``line`` without the whitespace and direction marks (``_BIDI``) at its ends.

    >>> _stripped("\u200f עוד באתר: x \u200f")
    'עוד באתר: x'
    """
    out = line.strip()
    return out if out.isascii() else out.strip(_BIDI).strip()


# a character a normalised line does not keep (``twins.KEPT``; each becomes a space, and
# runs of spaces are collapsed: one class, with no run, as the two overlap)
_PUNCT = regex.compile(f"[^{KEPT}]|[{SYMBOL_MARKS}]")
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
    if _line_keys is not None and "\n" not in line:  # one line: the C kernel's one key
        return normalize_folded(line.casefold())[0]
    return _normalize_one(line)


@lru_cache(maxsize=64)
def data_keys(section: str, name: str) -> frozenset[str]:
    """The data file's ``[section] name`` list in the form lines are matched in
    (:func:`normalize_line`), read once: the set a line's key is looked up in (headings,
    labels, buttons a rule knows by their whole line).

    >>> "office hours" in data_keys("offices", "labels"), "Room" in data_keys("offices", "labels")
    (True, False)
    """
    return frozenset(normalize_line(w) for w in boilerplate_table()[section][name])


def _normalize_one(line: str) -> str:
    """:func:`normalize_line` with the ``regex`` module (the definition)."""
    s = _NUMBER_SEP.sub("", line.translate(_QUOTES).casefold())
    s = _PUNCT.sub(" ", s)
    s = _DIGITS.sub("0", s)
    return str(_SPACE.sub(" ", s)).strip()


# the same, once digits are 0 (no Unicode class: the standard ``re`` matches it alike)
_NUMBER_SEP_0 = re.compile(r"0[.,\u00a0\u202f ](?=0)")
# ``_DIGITS`` and ``_PUNCT`` for ASCII texts, as tables for ``str.translate`` (a run of
# punctuation becomes several spaces instead of one: the same once spaces are collapsed)
_ASCII_DIGITS = str.maketrans("123456789", "000000000")
_ASCII_PUNCT = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c in " \t\n\r\x0b\x0c'&+")}
)


@lru_cache(maxsize=1)
def _low_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``_DIGITS`` and ``_PUNCT`` for texts of low code points
    (:mod:`~cleantext.boilerplate.twins`)."""
    digits, kept = twin(r"\p{Nd}"), twin(KEPT, SYMBOL_MARKS)
    return re.compile(f"[{digits}]"), re.compile(f"[^{kept}]+")


def normalize_lines(text: str) -> list[str]:
    """``normalize_line`` of every line of ``text`` (split on ``\\n``), in a few passes over
    the whole text instead of a few calls per line.

    >>> normalize_lines("Read more »\\n\\n1,200 Shares")
    ['read more', '', '0000 shares']
    """
    return normalize_folded(text.casefold())


def normalize_folded(folded: str) -> list[str]:
    """:func:`normalize_lines` of a text that is case-folded already (no character folds
    into a quote, so folding first changes nothing): in one pass of the C kernel
    ``line_keys`` where it is built, else :func:`normalize_plain`."""
    kernel = _line_keys
    if kernel is not None:
        # (the BMP's table first, as is: nearly every text, one line at a time for
        # ``normalize_line``; a text with emoji tries the tables in turn)
        keys: list[str] | None = kernel(folded, code_point_classes())
        if keys is None:
            keys = first_classed(partial(kernel, folded))
        if keys is not None:
            return keys
    return normalize_plain(folded)  # pragma: no cover - where the kernels are not built


def normalize_plain(folded: str) -> list[str]:
    """:func:`normalize_folded` in Python: a few passes over the whole text.

    >>> normalize_plain("read more »\\n\\n1,200 shares")
    ['read more', '', '0000 shares']
    """
    for quote in "’‘`´":
        folded = folded.replace(quote, "'")
    if folded.isascii():  # the same with str.translate, much faster than re.sub
        s = folded.translate(_ASCII_DIGITS)
        if "0" in s:
            s = _NUMBER_SEP_0.sub("0", s)
        s = s.translate(_ASCII_PUNCT)
        return [" ".join(line.split()) for line in s.split("\n")]
    others = set(non_ascii(folded))
    if len(others) <= FEW_OTHERS:
        return _normalize_mixed(folded, others)
    digits, punct = _low_classes() if low(folded) else (_DIGITS, _PUNCT)
    s = digits.sub("0", folded)
    if "0" in s:
        s = _NUMBER_SEP_0.sub("0", s)
    s = punct.sub(" ", s)
    # after _PUNCT the only whitespace left is what \s matches, which str.split() splits on
    return [" ".join(line.split()) for line in s.split("\n")]


_DIGIT_BYTES = ascii_table(dict.fromkeys("123456789", "0"))
_PUNCT_BYTES = ascii_table(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c in " \t\n\r\x0b\x0c'&+")}
)


def _normalize_mixed(folded: str, others: set[str]) -> list[str]:
    """:func:`normalize_folded` of a text (quotes made ') whose characters at or above
    U+0080 are ``others``: ``_DIGITS`` and ``_PUNCT`` as one ``str.replace`` for each of
    them and one pass over the bytes for the ASCII ones
    (:func:`~cleantext.boilerplate.twins.translate_ascii`)."""
    s = translate_ascii(folded, _DIGIT_BYTES)
    for c in others:
        if _DIGITS.match(c):
            s = s.replace(c, "0")
    if "0" in s:
        s = _NUMBER_SEP_0.sub("0", s)
    for c in others:
        if _PUNCT.match(c):
            s = s.replace(c, " ")
    s = translate_ascii(s, _PUNCT_BYTES)
    return [" ".join(line.split()) for line in s.split("\n")]


@dataclass(frozen=True)
class Match:
    """A line recognised as UI text."""

    category: str
    strength: Strength


class Patterns:
    """A set of whole-line UI patterns, by category."""

    def __init__(self, table: dict[str, dict[str, list[str]]]) -> None:
        self._exact: dict[str, Match] = {}
        self._by_key: dict[str, Match | None] = {}  # ``match``'s alternation results
        self._user: list[regex.Pattern[str]] = []
        self._prefixes: list[tuple[regex.Pattern[str], Match]] = []
        self._bare: list[tuple[regex.Pattern[str], Match]] = []
        self._bare_prefixes: list[str] = []  # (``bare_prefixes``, every category's)
        self._bare_needles: list[str] = []  # (strings a line of a bare prefix contains)
        self._bare_firsts: frozenset[str] = frozenset()  # (the letters such a line starts with)
        self._suffixes: dict[str, Match] = {}
        regexes: list[tuple[str, Match]] = []
        keywords: list[str] = []
        consent: list[str] = []
        opening: list[str] = []
        reported: list[str] = []
        mistakes: list[str] = []
        for category, spec in table.items():
            keywords.extend(_keys_of(spec.get("keywords", [])))
            consent.extend(_keys_of(spec.get("consent", [])))
            opening.extend(_keys_of(spec.get("consent_opening", [])))
            reported.extend(_keys_of(spec.get("consent_reported", [])))
            mistakes.extend(spec.get("mistakes", []))
            for key, strength in _EXACT_KEYS:
                for item in _keys_of(spec.get(key, [])):
                    self._add(item, Match(category, strength))
            for item in _keys_of(spec.get("sections", [])):
                self._add(item, Match(category, "section"))
            if spec.get("prefixes"):
                alts = "|".join(regex.escape(p) for p in spec["prefixes"])
                rx = regex.compile(_PREFIX.format(alts), regex.IGNORECASE | regex.V1)
                self._prefixes.append((rx, Match(category, "line")))
            if spec.get("bare_prefixes"):
                self._add_bare(spec["bare_prefixes"], Match(category, "line"))
            for word in spec.get("suffixes", []):
                self._suffixes.setdefault(word.casefold(), Match(category, "line"))
            for key, strength in _REGEX_KEYS:
                for rx in spec.get(key, []):
                    regexes.append((rx, Match(category, strength)))
        # one alternation, tried in order; the group that matched names the pattern
        self._regexes = regexes
        self._matches = [m for _, m in regexes]
        # strings one of which every match of the alternation contains (a line without any
        # of them cannot match it); None if some pattern has no such strings
        self._strong_filter = _Prefilter([rx for rx, m in regexes if m.strength != "hint"])
        # the alternation without the hint patterns, for callers that drop hints, and the
        # hint patterns alone: valid when every hint pattern comes after every other (then
        # a line that matches some other pattern matches it before any hint), else the full
        # alternation is used. The one the light preset uses is compiled here (a bad
        # pattern in it fails early); the others when first needed (each compile parses
        # every pattern in Python: most of the time a new process spends on the patterns)
        strengths = [m.strength for m in self._matches]
        self._hints_last = "hint" not in strengths or all(
            st == "hint" for st in strengths[strengths.index("hint") :]
        )
        self._combined_strong = (
            _alternation(regexes, "strong") if self._hints_last else self._combined
        )
        self._exact_keys = frozenset(k for k in self._exact if k)  # an empty line is no UI
        self._kw_list = sorted(set(keywords))
        self._consent_list = sorted(set(consent) | set(opening) | set(reported))
        #: the consent phrases in Chinese or Japanese: a clause there is one run of word
        #: characters, so these also count where a run only starts with them
        #: (:meth:`han_consent_lines`)
        self._consent_han = [k for k in self._consent_list if HAN_KANA.search(k)]
        #: the consent phrases that count only where they open a sentence (or, for the
        #: typo reports of ``_reported``, where their line names a mistake)
        self._opening = frozenset(opening) | frozenset(reported)
        self._reported = frozenset(reported)
        self._mistake_words = tuple(m.casefold() for m in mistakes)
        self._kw_anchors = Anchors(self._kw_list)
        self._consent_anchors = Anchors(self._consent_list)
        self._anchor_words = frozenset(self._kw_anchors.by_anchor) | frozenset(
            self._consent_anchors.by_anchor
        )

    def _add_bare(self, prefixes: list[str], m: Match) -> None:
        """Read-also prefixes that need no mark after them (``bare_prefixes``), and the
        strings a line of one contains: its words after the first in lower case or
        capitalised without their first letter, or in capitals ("gså" of "også" and
        "Også", "GSÅ" of "OGSÅ"; "ie auch", "SIE AUCH")."""
        alts = "|".join(regex.escape(p) for p in prefixes)
        self._bare.append((regex.compile(_BARE.format(alts), regex.V1), m))
        self._bare_prefixes.extend(prefixes)
        rests = {p.casefold().split(" ", 1)[-1] for p in prefixes}
        forms = {f for r in rests for f in (r[1:] or r, r.upper())}
        self._bare_needles.extend(sorted(forms))
        firsts = {p[:1] for p in prefixes if p[:1]}
        self._bare_firsts |= {f for c in firsts for f in (c.lower(), c.upper())}

    @cached_property
    def _combined(self) -> regex.Pattern[str]:
        """Every pattern in one alternation, in order (needed only when some hint pattern
        comes before another pattern)."""
        return _alternation(self._regexes, "all")

    @cached_property
    def _combined_hint(self) -> regex.Pattern[str]:
        """The hint patterns alone, in order: what a line that no other pattern matches
        is tried against (by callers that want hints)."""
        return _alternation(self._regexes, "hint")

    @cached_property
    def _hint_filter(self) -> _Prefilter:
        """The :class:`_Prefilter` of the hint patterns (only for callers that want hints)."""
        return _Prefilter([rx for rx, m in self._regexes if m.strength == "hint"])

    @cached_property
    def _keywords(self) -> regex.Pattern[str]:
        """The promo keywords as whole words (the extract preset's)."""
        return _phrases(self._kw_list)

    @cached_property
    def _consent(self) -> regex.Pattern[str]:
        """The consent-banner phrases as whole words (the extract preset's)."""
        return _phrases(self._consent_list)

    @cached_property
    def _consent_han_starts(self) -> regex.Pattern[str]:
        """The Chinese and Japanese consent phrases, each where a word starts (what follows
        it may be more of the word: the rest of the clause), with a space allowed between
        any two of their characters: there punctuation inside a sentence, which a
        normalised line makes a space, does not part words ("当サイトでは、Cookieを使用")."""
        alts = "|".join(" ?".join(map(regex.escape, _unspaced(k))) for k in self._consent_han)
        return regex.compile(rf"(?<!\w)(?:{alts or '(?!)'})")

    @cached_property
    def _consent_han_heads(self) -> list[str]:
        """The first :data:`HAN_HEAD` characters of each Chinese or Japanese consent phrase
        (spaces left out): a line holds one of them if it holds the phrase, with or without
        spaces further on (``han_consent_lines``' substring search)."""
        return sorted({_unspaced(k)[:HAN_HEAD] for k in self._consent_han})

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
        # the same patterns (and whatever of them is compiled already); the same
        # alternation: the same results kept by key (``_by_key``)
        new.__dict__.update(self.__dict__)
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

    def match_lines(
        self, text: str, keys: list[str] | None = None, hints: bool = True
    ) -> list[Match | None]:
        """``[self.match(line) for line in text.split("\\n")]``, in a few passes over the text.

        ``keys`` is ``normalize_lines(text)`` if the caller has it already (the key of a
        line longer than ``MAX_LINE`` may be given as empty: such a line is never UI). With
        ``hints=False``, hint matches come out as ``None`` (as the light preset wants them)
        and lines that only a hint pattern could match are not looked at.

        A line is tried against the pattern alternation only if it contains one of the
        strings that every match of some pattern contains (:func:`required_strings`), so
        most lines cost a dictionary lookup.

        >>> Patterns.builtin().match_lines("Read more\\nI like it.\\nHome", hints=False)
        [Match(category='read-more', strength='line'), None, None]
        """
        if keys is None or hints:
            quick = self._match_scanned(text, hints, keys)
            if quick is not None:
                return quick
        raw = text.split("\n")
        if keys is None:  # the long lines as empty ones, which match nothing
            keys = normalize_lines("\n".join([r if len(r) <= MAX_LINE else "" for r in raw]))
        out: list[Match | None] = [None] * len(raw)
        # a line longer than MAX_LINE is never UI: checked only on the lines that match
        blocked: list[int] = []  # lines whose exact match is a hint, when hints are left out
        found = self._exact_keys.intersection(keys)  # one hash per line, in C
        if found:
            exact = self._exact
            for i in [i for i, key in enumerate(keys) if key in found]:
                if len(raw[i]) <= MAX_LINE:
                    hit = exact[keys[i]]
                    out[i] = hit
                    if not hints and hit.strength == "hint":
                        blocked.append(i)
        index = KeyIndex(keys)
        strong = self._strong_filter.candidates(keys, index)
        maybe_hint = self._hint_filter.candidates(keys, index) if hints else []
        if self._hints_last:
            # the other patterns first: one that matches is the answer (the hints come
            # after it); a line left is tried against the hints if it could match one.
            # (Compiled on the first call that wants hints, whatever the text: a process
            # warmed up so hands it to the processes it forks.)
            hint_rx = self._combined_hint if hints else self._combined_strong
            todo = [(i, self._combined_strong) for i in strong]
            todo += [(i, hint_rx) for i in maybe_hint]
        else:
            both = sorted({*strong, *maybe_hint})
            todo = [(i, self._combined) for i in both]
        matches = self._matches
        for i, combined in todo:
            if out[i] is None and keys[i] and len(raw[i]) <= MAX_LINE:  # blank: never UI
                found_rx = combined.fullmatch(keys[i])
                if found_rx is not None and found_rx.lastgroup is not None:
                    hit = matches[int(found_rx.lastgroup[1:])]
                    out[i] = hit
                    if not hints and hit.strength == "hint":  # the full alternation's
                        blocked.append(i)
        for i in blocked:  # menu hints are left out; no later pass gives a hint
            out[i] = None
        if self._prefixes:  # a prefix line has one of the marks after its prefix
            marked = lines_containing(text, _PREFIX_MARKS, raw)
            for i in sorted(marked):
                if len(raw[i]) <= MAX_LINE:
                    self._prefix_hit(raw[i], i, out)
        self._bare_hits(text, raw, out)
        self._user_hits(raw, out)
        return out

    def _prefix_hit(self, line: str, i: int, out: list[Match | None]) -> None:
        """``out[i]``: the match of the first prefix pattern that matches ``line`` (stripped)
        at its start, else of its link word after a mark at its end (``suffixes``); left as
        it is if neither."""
        stripped = _stripped(line)
        for rx, m in self._prefixes:
            if rx.match(stripped):
                out[i] = m
                return
        if self._suffixes:
            out[i] = self._suffix_hit(stripped) or out[i]

    @cached_property
    def _suffix_ends(self) -> tuple[tuple[str, ...], int]:
        """The link words of ``suffixes`` (casefolded) and the longest one's length."""
        return tuple(self._suffixes), max(map(len, self._suffixes), default=1)

    def _suffix_hit(self, line: str) -> Match | None:
        """The match of ``line``'s link word after a mark at its end ("Headline | mehr"),
        with words before the mark; ``None`` if it has none."""
        # (a line whose last characters do not end in a link word has none: the word after
        # the mark is at most as long as its casefolded form, so within them)
        ends, reach = self._suffix_ends
        if not line[-reach:].casefold().endswith(ends):
            return None
        head, mark, tail = "", "", line
        for c in _SUFFIX_MARKS:
            h, m, t = line.rpartition(c)
            if m and len(t) < len(tail):
                head, mark, tail = h, m, t
        if not mark or not head.strip():
            return None
        return self._suffixes.get(tail.strip().casefold())

    @cached_property
    def _bare_gated(self) -> list[tuple[str, str]]:
        """Each of ``_bare_needles`` with its first non-ASCII character ("" if none): a text
        without that character cannot hold it, and a one-character search is the fast one."""
        return [(next((c for c in n if not c.isascii()), ""), n) for n in self._bare_needles]

    def _holds_bare(self, text: str) -> bool:
        """True if ``text`` holds one of the strings a line of a bare prefix contains; one
        with a non-ASCII character is only looked for where the text holds that character
        (a page in Czech: 2 searches of one character and 2 of a string, where 9 of a
        string were needed: a string search in a non-ASCII text is the slow one)."""
        plain = text.isascii()
        held: dict[str, bool] = {"": True}
        for gate, needle in self._bare_gated:
            if gate not in held:
                held[gate] = not plain and gate in text
            if held[gate] and needle in text:
                return True
        return False

    def _bare_hits(self, text: str, raw: list[str] | None, out: list[Match | None]) -> None:
        """``out[i]`` for each line (of at most ``MAX_LINE`` characters) that a bare prefix
        pattern matches (stripped) at its start, over any other match but a user pattern's
        (as a prefix line's); the lines are split only if the text holds a form of some bare
        prefix."""
        if not self._bare or not self._holds_bare(text):
            return
        rows = text.split("\n") if raw is None else raw
        for i in sorted(lines_containing(text, self._bare_needles, rows)):
            line = rows[i]
            if len(line) > MAX_LINE:
                continue
            stripped = _stripped(line)
            for rx, m in self._bare:
                if rx.match(stripped):
                    out[i] = m
                    break

    def _user_hits(self, lines: Sequence[str], out: list[Match | None]) -> None:
        """``out[i]``: a ``user`` match for each of ``lines`` (of at most ``MAX_LINE``
        characters) that one of the user's patterns matches in full (stripped)."""
        if not self._user:
            return
        user = Match("user", "line")
        for i, line in enumerate(lines):
            if len(line) <= MAX_LINE:
                stripped = line.strip()
                if any(rx.fullmatch(stripped) for rx in self._user):
                    out[i] = user

    @cached_property
    def _scan(self) -> _Scan | None:
        """The light step's one-pass scan of a whole text (:class:`_Scan`), or ``None``
        where the prefilter looks at every line."""
        f = self._strong_filter
        if f.everything or "" in f.prefixes:
            return None
        exact = sorted(k for k, m in self._exact.items() if k and m.strength != "hint")
        words = {w: need for w, need in f.words.items() if w}  # a key's first word is not ""
        for w, need in self._bare_words.items():
            words[w] = _either(words, w, need)
        return _Scan(exact, words, f.prefixes, f.strings)

    @cached_property
    def _bare_words(self) -> dict[str, frozenset[str]]:
        """The first word of each bare prefix, casefolded, with the rest of the prefixes
        it starts ("les": "også"): the key of a line a bare prefix matches starts with the
        one and holds the other, so the scans name it and ``match`` finds it."""
        words: dict[str, set[str]] = {}
        for prefix in self._bare_prefixes:
            first, _, rest = prefix.casefold().partition(" ")
            words.setdefault(first, set()).add(rest or first)
        return {w: frozenset(rests) for w, rests in words.items()}

    @cached_property
    def _hint_scan(self) -> _Scan | None:
        """:attr:`_scan` for callers that want hints too (the extract preset): the exact
        lines of every strength and the prefilters of the strong and the hint patterns
        together; ``None`` where either prefilter looks at every line. (Made on the first
        call that wants hints, whatever the text, with the alternation ``match`` tries the
        hints with: a process warmed up so hands both to the processes it forks.)"""
        _ = self._combined_hint if self._hints_last else self._combined
        filters = (self._strong_filter, self._hint_filter)
        if any(f.everything or "" in f.prefixes for f in filters):
            return None
        words: dict[str, frozenset[str] | None] = {}
        prefixes: dict[str, frozenset[str] | None] = {}
        for f in filters:
            for w, need in f.words.items():
                if w:  # a key's first word is not ""
                    words[w] = _either(words, w, need)
            for pre, need in f.prefixes.items():
                prefixes[pre] = _either(prefixes, pre, need)
        for w, need in self._bare_words.items():
            words[w] = _either(words, w, need)
        exact = sorted(k for k in self._exact if k)
        return _Scan(exact, words, prefixes, (*filters[0].strings, *filters[1].strings))

    def _match_scanned(
        self, text: str, hints: bool = False, keys: list[str] | None = None
    ) -> list[Match | None] | None:
        """``match_lines(text, keys, hints)`` from :meth:`_Scan.lines`: only the lines it
        names are looked at (``match`` for the ones whose key may match, the prefix
        patterns for the others); ``None`` if the scan cannot answer (kernels not built,
        a character beyond their tables).

        Every line that ``match_lines`` gives a match is named: an exact line, a
        candidate of the prefilters (whose patterns' matches all are candidates) or a line
        of a bare prefix (its first word and the rest: :attr:`_bare_words`) is keyed, a
        line of a prefix pattern has a mark. ``match`` of a keyed line gives what
        ``match_lines`` does (the same order: user patterns, prefixes, bare prefixes, exact
        lines, the patterns in order)."""
        scan = self._hint_scan if hints else self._scan
        found = None if scan is None else scan.lines(text)
        if found is None:
            return None
        keyed, marked, n = found
        out: list[Match | None] = [None] * n
        for i, line in keyed:
            hit = self.match(line, None if keys is None else keys[i])
            if hit is not None and (hints or hit.strength != "hint"):
                out[i] = hit
        for i, line in marked:
            self._prefix_hit(line, i, out)
        if self._user:
            self._user_hits(text.split("\n"), out)
        return out

    def keyword_lines(self, keys: list[str]) -> set[int]:
        """Indexes of the normalised lines that contain a promo keyword (as in
        :meth:`has_keyword`), found with a few substring searches over all of them.

        >>> sorted(Patterns.builtin().keyword_lines(["news today", "our newsletter", "x"]))
        [1]
        """
        return self.phrase_lines(keys)[0]

    def consent_lines(self, keys: list[str]) -> set[int]:
        """Indexes of the normalised lines that contain a consent-banner phrase (whole words).

        >>> p = Patterns.builtin()
        >>> sorted(p.consent_lines(["we store and or access information on a device", "x"]))
        [0]
        """
        return self.phrase_lines(keys)[1]

    def phrase_lines(
        self, keys: list[str], index: KeyIndex | None = None
    ) -> tuple[set[int], set[int]]:
        """:meth:`keyword_lines` and :meth:`consent_lines` at once (``index``:
        ``KeyIndex(keys)`` if the caller has it already).

        Only the phrases whose longest word (:class:`Anchors`) is a word of some line are
        looked for, with substring searches over all the lines; a line that contains one
        is then checked with the whole-word pattern.

        >>> Patterns.builtin().phrase_lines(["our newsletter", "we use cookies", "rain today"])
        ({0, 1}, {1})
        """
        index = index or KeyIndex(keys)
        runs = index.runs()
        words = None if runs is None else self._anchor_words.intersection(runs)
        found = []
        for anchors, rx in (
            (self._kw_anchors, self._keywords),
            (self._consent_anchors, self._consent),
        ):
            maybe = lines_containing(index.joined, anchors.needles(words), keys)
            found.append({i for i in maybe if rx.search(keys[i]) is not None})
        return found[0], found[1] | self.han_consent_lines(keys, index.joined)

    def han_consent_lines(self, keys: list[str], joined: str | None = None) -> set[int]:
        """Indexes of the normalised lines where a Chinese or Japanese consent phrase starts
        a word, whatever follows it: in those scripts the whole clause is one word
        ("本網站使用cookie以提供更好的服務"), which the whole-word match of the other phrases
        never finds. A substring search over the lines (``joined``: ``"\\n".join(keys)``),
        then the lines found checked alone; a text without such characters costs one check.

        A space may part the phrase (a comma after a clause, made a space): the search is
        for the phrases' heads (``_consent_han_heads``).

        >>> p = Patterns.builtin()
        >>> sorted(p.han_consent_lines(["本網站使用cookie以提供服務", "日本网站使用cookie的比例"]))
        [0]
        >>> p.han_consent_lines(["当サイトでは cookieを使用しています"])
        {0}
        """
        joined = "\n".join(keys) if joined is None else joined
        if not self._consent_han or joined.isascii():
            return set()
        rx = self._consent_han_starts
        maybe = lines_containing(joined, self._consent_han_heads, keys)
        return {i for i in maybe if rx.search(keys[i]) is not None}

    @property
    def phrase_lists(self) -> tuple[list[str], list[str]]:
        """The promo keywords and the consent-banner phrases (normalised)."""
        return self._kw_list, self._consent_list

    def phrases_among(
        self, keys: list[str], keyword: list[int], consent: list[int]
    ) -> tuple[set[int], set[int]]:
        """:meth:`phrase_lines` given the indexes of the lines that may have a promo keyword
        (``keyword``) and a consent phrase (``consent``): those are checked alone.

        >>> Patterns.builtin().phrases_among(["our newsletter", "rain today"], [0, 1], [1])
        ({0}, set())
        """
        kw, co = self._keywords, self._consent
        return (
            {i for i in keyword if kw.search(keys[i]) is not None},
            {i for i in consent if co.search(keys[i]) is not None},
        )

    def mid_sentence(self, row: str, key: str) -> bool:
        """True if the consent phrases of ``key`` (the normalised ``row``) are all of the
        data file's ``consent_opening``, none opens a sentence of ``row`` and they do not
        make up most of its words (two thirds; half where one opens a clause of it, after
        a comma: "Thank you, email addresses will not be published"): an article's
        sentence that quotes a comment disclaimer ("Editors used to say that the views
        expressed in the comments are the readers'"), not the disclaimer's box. A typo
        report's phrase (``consent_reported``: "select the text and press Ctrl+Enter") that
        opens no sentence is a notice still where its line names a mistake (``mistakes``:
        "If you found a mistake, select the text and press Ctrl+Enter"), not in a how-to's
        sentence ("To run part of a script, select the text and press Ctrl+Enter").

        >>> p = Patterns.builtin()
        >>> p.mid_sentence("They said the views expressed in the comments are not theirs.",
        ...     "they said the views expressed in the comments are not theirs")
        True
        >>> p.mid_sentence("Note: The views expressed in the comments are the readers'.",
        ...     "note the views expressed in the comments are the readers")
        False
        >>> p.mid_sentence("To run a part, select the text and press Ctrl+Enter.",
        ...     "to run a part select the text and press ctrl+enter")
        True
        >>> p.mid_sentence("If you see a typo, select the text and press Ctrl+Enter.",
        ...     "if you see a typo select the text and press ctrl+enter")
        False
        """
        if not self._opening:
            return False
        found = {m.group() for m in self._consent.finditer(key)}
        if not found or not found <= self._opening:
            return False
        if _opens(found, _SENTENCE.split(row)):
            return False
        if found & self._reported:
            return not self._names_mistake(key)
        if _covers(found, key, _MOST):
            return False
        return not (_covers(found, key, _HALF) and _opens(found, _CLAUSE.split(row)))

    def _names_mistake(self, key: str) -> bool:
        """A word of ``key`` starts with one of the data file's ``mistakes`` ("ошибку")."""
        return any(word.startswith(self._mistake_words) for word in key.split())

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
        if _MARK.search(stripped) is not None:  # every prefix line has a mark
            for rx, m in self._prefixes:
                if rx.match(_stripped(stripped)):
                    return m
            if self._suffixes:  # (so has every line of a suffix)
                hit = self._suffix_hit(_stripped(stripped))
                if hit is not None:
                    return hit
        head = stripped[:1]  # (a bare prefix's first letter, or a direction mark before it)
        if (head in self._bare_firsts or (head and head in _BIDI)) and any(
            n in stripped for n in self._bare_needles
        ):
            for rx, m in self._bare:
                if rx.match(_stripped(stripped)):
                    return m
        if key is None:
            key = normalize_line(line)
        if not key:
            return None
        hit = self._exact.get(key)
        if hit is not None:
            return hit
        known = self._by_key
        if key in known:  # the alternation is slow (all the patterns): each key once
            return known[key]
        if self._hints_last:  # the first pattern that matches is the first of these
            found = self._combined_strong.fullmatch(key) or self._combined_hint.fullmatch(key)
        else:
            found = self._combined.fullmatch(key)
        hit = (
            None
            if found is None or found.lastgroup is None
            else self._matches[int(found.lastgroup[1:])]
        )
        if len(known) >= _KEYS_KEPT:
            known.clear()
        known[key] = hit
        return hit

    def is_date(self, line: str, key: str | None = None) -> bool:
        """``line`` is a date, a time or an age: its match is of the ``date`` category
        (the ``[date]`` lines of the data file). ``key`` as for :meth:`match`.

        >>> Patterns.builtin().is_date("Nov. 20, 2019"), Patterns.builtin().is_date("Home")
        (True, False)
        """
        hit = self.match(line, key)
        return hit is not None and hit.category == "date"


def _opens(phrases: set[str], parts: list[str]) -> bool:
    """One of ``phrases`` opens one of ``parts`` (sentences or clauses of a line)."""
    starts = tuple(phrases)
    return any(normalize_line(part).startswith(starts) for part in parts)


def _covers(phrases: set[str], key: str, share: float) -> bool:
    """The ``phrases`` make up ``share`` of the words of the line ``key`` or more.

    >>> typo = {"select it and press ctrl+enter"}
    >>> _covers(typo, "if you see a typo select it and press ctrl+enter", 0.5)
    True
    >>> _covers(typo, "the manual says you may select it and press ctrl+enter", 2 / 3)
    False
    """
    return sum(len(p.split()) for p in phrases) >= share * len(key.split())


# the share of a line's words its notice phrases make up for it to be the notice: most of
# them, or half where a phrase opens a clause of it (after a comma)
_MOST, _HALF = 2 / 3, 1 / 2


#: keys whose alternation match a :class:`Patterns` keeps (comment bylines, list labels: the
#: same few recur on a page and across its extract passes)
_KEYS_KEPT = 4096


def _keys_of(items: list[str]) -> list[str]:
    """``[normalize_line(item) for item in items]``, in one pass over them all (one call of
    the C kernel instead of one per item) when no item has a line break.

    >>> _keys_of(["Read more »", "1,200 Shares"])
    ['read more', '0000 shares']
    """
    if not items or any("\n" in item for item in items):
        return [normalize_line(item) for item in items]
    return normalize_lines("\n".join(items))


def _alternation(regexes: list[tuple[str, Match]], which: str) -> regex.Pattern[str]:
    """The patterns of ``regexes`` (``strong``: all but the hints, ``hint``: the hints,
    ``all``) in one alternation, each in a group named by its index in ``regexes``. A bad
    pattern raises the ``regex.error`` that compiling it alone raises (naming it)."""
    chosen = [
        (i, rx)
        for i, (rx, m) in enumerate(regexes)
        if which == "all" or (m.strength == "hint") == (which == "hint")
    ]
    alts = "|".join(f"(?P<g{i}>{rx})" for i, rx in chosen)
    try:
        return regex.compile(alts or "(?!)", regex.V1)
    except regex.error:
        for _, rx in chosen:
            regex.compile(rx, regex.V1)
        raise


#: where a sentence of a line ends (terminal punctuation, ``sentences.TERMINAL``: a sentence
#: end of the data file's ``[sentences] ends``, a colon or a semicolon; then spaces), and a
#: clause (after a comma too)
_TERMINAL = regex.escape("".join(sorted(TERMINAL)))
_SENTENCE = regex.compile(rf"(?<=[{_TERMINAL}])\s+")
_CLAUSE = regex.compile(rf"(?<=[{_TERMINAL},،，、])\s*")


def _phrases(phrases: list[str]) -> regex.Pattern[str]:
    """Any of ``phrases`` as whole words, the longest first."""
    alts = "|".join(regex.escape(k) for k in sorted(set(phrases), key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?:{alts or '(?!)'})(?!\w)", regex.V1)


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


def unspaced(phrase: str) -> bool:
    """``phrase`` has a character of a script written without spaces between words (or of
    Korean, whose words take their endings): a reader may look for it inside a longer run of
    letters (``signup.py``).

    >>> unspaced("会員限定"), unspaced("구독하"), unspaced("newsletter"), unspaced("подписка")
    (True, True, False, False)
    """
    return not phrase.isascii() and CJK.search(phrase) is not None


def _line_index(rows: list[str]) -> list[int]:
    """Start offset of every row in ``"\\n".join(rows)`` (one pass in C: no Python code
    runs per row).

    >>> _line_index(["ab", "", "c"])
    [0, 3, 4]
    """
    return list(accumulate(map(add, map(len, rows), repeat(1)), initial=0))[:-1]


def lines_containing(joined: str, needles: Iterable[str], rows: list[str]) -> set[int]:
    """Indexes of the lines of ``joined`` (``"\\n".join(rows)``) that contain one of
    ``needles``; where the lines start is worked out only if some needle is found. Shared by
    the phrase prefilters here and of ``appeals.py``, ``signup.py`` and ``phrases.py``.

    >>> rows = ["home", "sign up for our newsletter", "the bridge", "newsletter"]
    >>> sorted(lines_containing("\\n".join(rows), ["newsletter", "sign up"], rows))
    [1, 3]
    """
    if joined.isascii():  # a needle with another character is in no line
        needles = [n for n in needles if n.isascii()]
    found: set[int] = set()
    starts: list[int] = []
    for needle in needles:
        pos = joined.find(needle)
        if pos >= 0 and not starts:
            starts = _line_index(rows)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            found.add(i)
            # go on from the next line: this one is in already
            pos = joined.find(needle, starts[i + 1]) if i + 1 < len(starts) else -1
    return found


class KeyIndex:
    """Normalised lines joined for substring searches, with what maps a position back to
    its line, and each line's first word: computed once, shared by the prefilters (of
    :class:`Patterns`, ``appeals.py`` and ``signup.py``).

    >>> index = KeyIndex(["read more", "the bridge"])
    >>> index.joined, index.starts, index.firsts
    ('read more\\nthe bridge', [0, 10], ['read', 'the'])
    """

    def __init__(self, keys: list[str]) -> None:
        self.joined = "\n".join(keys)
        self.keys = keys

    @cached_property
    def starts(self) -> list[int]:
        """Where each line starts in :attr:`joined`."""
        return _line_index(self.keys)

    @cached_property
    def firsts(self) -> list[str]:
        """The first word of each line."""
        return [key.partition(" ")[0] for key in self.keys]

    def runs(self) -> list[str] | None:
        """The ``\\w`` runs of the lines (the words of :class:`Anchors`); ``None`` if a
        line has a character that is neither a word character nor a space, ``©``, ``'``,
        ``&`` or ``+`` (a number such as "½", which no line of Latin text has). Found once
        (the index is shared by the prefilters of several phrase lists)."""
        return self._runs

    @cached_property
    def _runs(self) -> list[str] | None:
        joined = self.joined
        if not joined.isascii() and _ODD.search(joined) is not None:
            return None
        for sep in _SEPARATORS:
            if sep in joined:
                joined = joined.replace(sep, " ")
        return joined.split()


# what a normalised line holds besides word characters (``\w``): spaces and these, and the
# \p{No} numbers ("½", "²"; found with ``_ODD``)
_SEPARATORS = "©'&+"
_ODD = regex.compile(r"[^\w ©'&+\n]")
_RUN = regex.compile(r"\w+")


class Anchors:
    """Which of a list of phrases a text can contain as whole words (as
    ``(?<!\\w)phrase(?!\\w)`` matches them), found by looking up one word of each.

    A phrase found so in a line has each of its ``\\w`` runs as a whole ``\\w`` run of
    the line: the characters next to a run are not word characters, in the phrase or, at
    its ends, in the line. So a phrase whose longest run (its anchor) is no run of the
    text cannot be in it.

    >>> a = Anchors(["all rights reserved", "newsletter", "+"])
    >>> sorted(a.needles({"our", "newsletter"})), a.needles(None) == a.phrases
    (['+', 'newsletter'], True)

    ``anywhere``: the reader looks for the phrases in a script without spaces inside longer
    runs too (``signup.py``: "この記事は会員限定です"), so those are always needles.

    >>> Anchors(["会員限定", "newsletter"], anywhere=True).needles({"この記事は会員限定です"})
    ['会員限定']
    """

    def __init__(self, phrases: list[str], anywhere: bool = False) -> None:
        self.phrases = phrases
        self.by_anchor: dict[str, list[str]] = {}
        self.always: list[str] = []  # phrases without a word character (and see above)
        for phrase in phrases:
            runs = _RUN.findall(phrase)
            if runs and not (anywhere and unspaced(phrase)):
                self.by_anchor.setdefault(max(runs, key=len), []).append(phrase)
            else:
                self.always.append(phrase)

    def needles(self, words: set[str] | frozenset[str] | None) -> list[str]:
        """The phrases that a text may contain whose ``\\w`` runs include every anchor
        in ``words`` that they include (``None``: runs not known, every phrase)."""
        if words is None:
            return self.phrases
        found = list(self.always)
        for anchor in self.by_anchor.keys() & words:
            found += self.by_anchor[anchor]
        return found


class _Prefilter:
    """Which lines a set of whole-line patterns could match, found without running them.

    Every full match of a pattern starts with one of the first words it can start with
    (:func:`~cleantext.boilerplate.safety.first_words`) and contains one of the strings it
    requires (:func:`~cleantext.boilerplate.safety.required_strings`). A line is a candidate
    for a pattern known by its first words if its first word is one of them and it contains
    one of the pattern's strings (a dictionary lookup, then a substring test on that line
    alone); a pattern with no known first words is looked for with a substring search of its
    strings over all the lines at once. A pattern known by neither makes every line a
    candidate.

    >>> f = _Prefilter([r"0+ comments?", r"more from .{1,60}", r".{0,40}getty images"])
    >>> f.candidates(["0 comments", "0 likes", "more from us", "more or less", "x getty images"])
    [0, 2, 4]
    """

    def __init__(self, patterns: list[str]) -> None:
        strings: set[str] = set()
        # first word (or the start of it) -> the strings one of which a line that starts so
        # must contain to be a candidate (None: any line that starts so is one)
        self.words: dict[str, frozenset[str] | None] = {}
        self.prefixes: dict[str, frozenset[str] | None] = {}
        self.everything = False
        for rx in patterns:
            found = required_strings(rx)
            starts = first_words(rx)
            if starts is not None:
                for w in starts[0]:
                    self.words[w] = _either(self.words, w, found)
                for pre in starts[1]:
                    self.prefixes[pre] = _either(self.prefixes, pre, found)
            elif found is not None:
                strings |= found
            else:
                self.everything = True
        # a line with a longer string has the shorter one it contains
        kept: list[str] = []
        for f in sorted(strings, key=len):
            if not any(k in f for k in kept):
                kept.append(f)
        self.strings = tuple(kept)
        # first word -> _need(first word), filled as lines are met
        self._needs: dict[str, re.Pattern[str]] = {}

    @cached_property
    def _heads(self) -> re.Pattern[str] | None:
        """A line break followed by a first word of :attr:`words` or a start of
        :attr:`prefixes`: searched in ``"\\n" + joined`` it finds every line that one of
        them starts (and a few more, rechecked in :meth:`candidates`); ``None`` if there are
        none. Literals only, as a trie (a branch per character, not per word: hundreds of
        words cost a few tests per line) in the standard ``re`` (a line break first: a fast
        scan)."""
        trie: dict[str, Any] = {}
        for items, end in ((self.words, r"(?=[ \n]|\Z)"), (self.prefixes, "")):
            for item in filter(None, items):
                node = trie
                for c in item:
                    node = node.setdefault(c, {})
                if node.get("") != "":  # a prefix ends here: any line that gets here
                    node[""] = end
        if not trie and "" not in self.prefixes:
            return None
        return re.compile("\n" + ("" if "" in self.prefixes else _trie_pattern(trie)))

    def candidates(self, keys: list[str], index: KeyIndex | None = None) -> list[int]:
        """Indexes of the non-empty normalised lines that some pattern could match, in
        order (an empty line is never looked at). ``index`` is ``KeyIndex(keys)`` if the
        caller has it already."""
        if self.everything:
            return list(range(len(keys)))
        index = index or KeyIndex(keys)
        found: set[int] = set()
        if self.strings:
            found = lines_containing(index.joined, self.strings, keys)
        heads = self._heads
        if heads is None:
            return sorted(found)
        # the lines a first word or prefix starts, found in one scan (no Python per line)
        joined = "\n" + index.joined
        lines = [m.start() for m in heads.finditer(joined)]
        if not lines:
            return sorted(found)
        starts = index.starts
        needs = self._needs
        for pos in lines:
            i = bisect_right(starts, pos) - 1
            key = keys[i]
            first = key.partition(" ")[0]
            if not first or i in found:
                continue
            need = needs.get(first)
            if need is None:
                if len(needs) >= _KEYS_KEPT:  # first words met by a prefix: no end to them
                    needs.clear()
                need = needs[first] = self._need(first)
            if need is _ANY or (need is not _NONE and need.search(key) is not None):
                found.add(i)
        return sorted(found)

    def _need(self, first: str) -> re.Pattern[str]:
        """What a line whose first word is ``first`` must contain to be a candidate: a
        search for the strings of every entry of :attr:`words` and :attr:`prefixes` that
        fits ``first`` (``_ANY``: nothing, ``_NONE``: it cannot be one)."""
        fits = [self.words[first]] if first in self.words else []
        fits += [need for pre, need in self.prefixes.items() if first.startswith(pre)]
        if any(need is None for need in fits):
            return _ANY
        strings = sorted({s for need in fits if need is not None for s in need}, key=len)
        if not strings:
            return _NONE
        return re.compile("|".join(map(re.escape, reversed(strings))))


def _trie_pattern(node: dict[str, Any]) -> str:
    """The ``re`` pattern of a trie of :attr:`_Prefilter._heads`: at each node one branch
    per next character, and the node's ending (key ``""``) if a word or prefix ends there.

    >>> _trie_pattern({"a": {"": "", "b": {"": "!"}}, "c": {"": ""}})
    '(?:a(?:b!|)|c)'
    """
    alts = [re.escape(c) + _trie_pattern(node[c]) for c in sorted(node) if c]
    if "" in node:
        alts.append(node[""])
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


#: what :meth:`_Scan.lines` gives: the lines whose key may match, the other lines with a
#: prefix mark (each as its index and its text), and the number of lines
_Lines = tuple[list[tuple[int, str]], list[tuple[int, str]], int]


class _Scan:
    """Which lines of a text may be UI text for ``match_lines(text, hints=False)``, found
    in one pass over the text (the C kernel ``ui_scan``; its twin :func:`scan_plain`)
    without a Python object per line.

    A line longer than ``MAX_LINE`` is never UI. A shorter one is named in ``keyed`` if its
    key (:func:`normalize_line`) is not empty and either is an exact UI line that is no
    hint, or is a candidate of the strong patterns' :class:`_Prefilter`: its first word is
    one of :attr:`_Prefilter.words` or starts with one of :attr:`_Prefilter.prefixes` and
    the key holds one of the strings that entry needs (none: any key), or the key holds
    one of :attr:`_Prefilter.strings`. So every line that ``match`` gives an exact or a
    strong match is named. Else the line is named in ``marked`` if it has one of
    ``_PREFIX_MARKS``, which every line of the prefix patterns has.

    A string of :attr:`_Prefilter.strings` of three words or more is looked for by one of
    its inner words (``anchors``): in a key that holds the string, that word is a whole
    word (a key's words are one space apart). Shorter ones (``needles``) and the strings
    an entry needs are looked for in each short key.

    >>> scan = _Scan(["read more"], {"more": None}, {"0": frozenset({"likes"})},
    ...              ("all rights reserved", "ab"))
    >>> scan.anchors, scan.needs[0]
    (['rights'], ('ab',))
    >>> text = "Intro text\\nRead more »\\n12 likes\\n12 cats\\nSee: x\\n© All Rights Reserved"
    >>> keyed, marked, n = scan_plain(text, **scan.tables())
    >>> [i for i, _ in keyed], marked, n
    ([1, 2, 5], [(4, 'See: x')], 6)
    """

    def __init__(
        self,
        exact: list[str],
        words: dict[str, frozenset[str] | None],
        prefixes: dict[str, frozenset[str] | None],
        strings: Iterable[str],
    ) -> None:
        self.exact = exact
        self.words, self.prefixes = words, prefixes
        anchors: list[str] = []
        needles: list[str] = []
        for s in strings:
            inner = s.split(" ")[1:-1]
            if inner and all(inner):
                anchors.append(max(inner, key=len))
            else:
                needles.append(s)
        self.anchors = sorted(set(anchors))
        # the kernel's groups of strings: the needles first, then each set an entry needs
        groups: dict[frozenset[str], int] = {}
        self.needs: tuple[tuple[str, ...], ...] = (tuple(needles),)
        for need in [*words.values(), *prefixes.values()]:
            if need is not None and need not in groups:
                groups[need] = len(self.needs)
                self.needs += (tuple(sorted(need)),)
        self._groups = groups

    def _value(self, need: frozenset[str] | None) -> int:
        """The kernel's value of an entry: 0 if it needs no string, else its group."""
        return 0 if need is None else self._groups[need]

    def tables(self) -> dict[str, Any]:
        """The keyword arguments of :func:`scan_plain`."""
        return {
            "exact": frozenset(self.exact),
            "words": self.words,
            "prefixes": self.prefixes,
            "anchors": frozenset(self.anchors),
            "needles": self.needs[0],
            "marks": _PREFIX_MARKS,
        }

    @cached_property
    def table(self) -> bytes | None:
        """The kernel's hash table of the lists (``None``: kernels not built)."""
        kernel = getattr(_kernels, "ui_table", None)
        if kernel is None or any(len(p) >= 64 for p in self.prefixes):
            return None
        words, prefixes = list(self.words), list(self.prefixes)
        table: bytes = kernel(
            self.exact, words, self.anchors, prefixes,
            [self._value(self.words[w]) for w in words],
            [self._value(self.prefixes[p]) for p in prefixes],
        )  # fmt: skip
        return table

    @cached_property
    def _args(self) -> tuple[Any, ...] | None:
        """The kernel's arguments after ``text`` and ``folded`` for the first try (the
        tables are built on first use; ``None``: kernels not built)."""
        table = self.table
        if table is None:
            return None
        fold, more = case_folds()
        return (fold, more, code_point_classes(), MAX_LINE, table, self.needs, _PREFIX_MARKS)

    def lines(self, text: str) -> _Lines | None:
        """``(keyed, marked, number of lines)`` of ``text`` from the C kernel (each line
        named as its index and its text); ``None`` if the kernel is not built or a short
        line has a character beyond its tables."""
        args = self._args
        if args is None:
            return None
        # the short lines folded by the kernel with the table; if one has a character
        # beyond it (or beyond the classes' table), the text folded by Python
        found: _Lines | None = _kernels.ui_scan(text, None, *args)
        if found is not None:
            return found
        fold, more, _, max_line, table, needs, marks = args
        folded = text.casefold()
        return first_classed(  # (None: a folded line over three times its line)
            lambda classes: _kernels.ui_scan(
                text, folded, fold, more, classes, max_line, table, needs, marks
            )
        )


#: the code points whose case folding :func:`case_folds` tabulates (the CJK blocks start
#: at U+3000; a text with a character at or above it is folded by ``str.casefold``)
FOLD_LIMIT = 0x3000
_MULTI = 0x80000000


@lru_cache(maxsize=1)
def case_folds() -> tuple[NDArray[np.uint32], NDArray[np.uint32]]:
    """``str.casefold`` of each code point below :data:`FOLD_LIMIT`, for the kernel
    ``ui_scan``: ``fold[c]`` is the one code point ``c`` folds to, or, where it folds to
    two or three (``"ß"`` to ``"ss"``), the first of them with ``_MULTI`` and an index ``k``
    (bits 21-30): the others are ``more[2k]`` and ``more[2k + 1]`` (0: none). Case folding
    has no context, so a text folds as its characters do one by one (a test checks it).

    >>> fold, more = case_folds()
    >>> chr(fold[ord("É")]), int(fold[ord("ß")]) & 0x1FFFFF == ord("s")
    ('é', True)
    """
    folds = [chr(c).casefold() for c in range(FOLD_LIMIT)]
    fold = np.array([ord(f[0]) for f in folds], np.uint32)
    more: list[int] = []
    for c, f in enumerate(folds):
        if len(f) > 1:
            fold[c] |= _MULTI | (len(more) // 2) << 21
            more += [ord(f[1]), ord(f[2]) if len(f) > 2 else 0]
    return fold, np.array(more, np.uint32)


def fold_text(text: str) -> str:
    """``text.casefold()``: by the C kernel ``casefold_str`` with the table of
    :func:`case_folds` where it is built and every code point of ``text`` is in the table
    (a text with no CJK character: a table look-up a character, not ``str.casefold``'s
    look-ups in the Unicode database), else by ``str.casefold``. Case folding has no
    context, so a text folds as its characters do one by one (a test checks every code
    point of the table).

    >>> fold_text("Straße “Quick”"), fold_text("東京 Tokyo")
    ('strasse “quick”', '東京 tokyo')
    """
    if _casefold_str is not None:
        fold, more = case_folds()
        folded: str | None = _casefold_str(text, fold, more)
        if folded is not None:
            return folded
    return text.casefold()


def scan_plain(
    text: str,
    exact: frozenset[str],
    words: dict[str, frozenset[str] | None],
    prefixes: dict[str, frozenset[str] | None],
    anchors: frozenset[str],
    needles: tuple[str, ...],
    marks: str,
    max_line: int = MAX_LINE,
) -> _Lines:
    """The C kernel ``ui_scan`` in Python (:class:`_Scan`; the kernel's twin): the lines
    whose key may match (``keyed``), the other lines with one of ``marks`` (``marked``),
    both only among the lines of at most ``max_line`` characters, and the number of lines."""
    raw = text.split("\n")
    keys = normalize_plain("\n".join([r if len(r) <= max_line else "" for r in raw]).casefold())
    keyed: list[tuple[int, str]] = []
    marked: list[tuple[int, str]] = []
    for i, (line, key) in enumerate(zip(raw, keys, strict=True)):
        if len(line) > max_line:
            continue
        first = key.partition(" ")[0]
        entries = [words[first]] if first in words else []
        entries += [need for pre, need in prefixes.items() if first.startswith(pre)]
        if key and (
            key in exact
            or any(need is None or any(s in key for s in need) for need in entries)
            or not anchors.isdisjoint(key.split(" "))
            or any(n in key for n in needles)
        ):
            keyed.append((i, line))
        elif any(c in line for c in marks):
            marked.append((i, line))
    return keyed, marked, len(raw)


# what :meth:`_Prefilter._need` gives when any line passes, or none does
#: how many characters of a Chinese or Japanese consent phrase are searched for
#: (``Patterns._consent_han_heads``): few enough to come before a clause's comma
HAN_HEAD = 3


def _unspaced(phrase: str) -> str:
    """``phrase`` without its spaces (a Chinese or Japanese consent phrase, as its heads and
    its pattern read it).

    >>> _unspaced("我们使用 cookie")
    '我们使用cookie'
    """
    return phrase.replace(" ", "")


_ANY = re.compile("")
_NONE = re.compile("(?!)")


def _either(
    table: dict[str, frozenset[str] | None], key: str, found: frozenset[str] | None
) -> frozenset[str] | None:
    """The strings of ``table[key]`` and ``found`` together (``None`` if either is: no
    string is required then)."""
    old = table.get(key, frozenset())
    return None if old is None or found is None else old | found


@lru_cache(maxsize=1)
def _builtin() -> Patterns:
    """The patterns of the data file's UI sections: those ``[patterns] categories`` lists,
    in the file's order (another section's ``lines`` or ``headings`` is its own reader's)."""
    table = boilerplate_table()
    ui = frozenset(table["patterns"]["categories"])
    return Patterns({name: spec for name, spec in table.items() if name in ui})

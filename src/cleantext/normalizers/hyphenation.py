"""Join words hyphenated across a line break (``infor-\\nmation``) where the result is certain.

A word split at the end of a line (head ``-\\n`` tail, the tail starting lowercase) is:

* joined when the joined form (``information``) occurs elsewhere in the text;
* kept with its hyphen, the line break dropped, when the hyphenated form (``well-known``)
  occurs elsewhere on one line;
* left alone when the head or the tail is a word that makes the hyphen ambiguous
  (``data/hyphen_keep.txt``): conjunctions after a suspended hyphen (``Kinder-\\nund``),
  common compound parts (``well-\\nknown``, ``peut-\\nêtre``), tens (``thirty-\\nfive``);
* left alone when both parts are words, as the text shows by writing each alone elsewhere,
  or the tail is a word and the head a prefix written with a hyphen (``re-\\nsign`` in a
  text that says ``sign``, ``co-\\nop``, list in ``data/hyphen_keep.txt``): a compound
  (``wide-\\nranging``, ``re-sign``) as likely as a split word;
* joined otherwise (``infor-\\nmation``, ``Informa-\\ntion``, ``pala-\\nbra``).

Capitalised tails (``Max-\\nPlanck``), numbers, list dashes and the parts of a URL, a path or an
e-mail address (``example.com/some-\\npath``) are never joined.

>>> from cleantext.edits import apply_edits
>>> t = "We need more infor-\\nmation about the long-\\nterm plan."
>>> apply_edits(t, join_hyphenated(t))
'We need more information about the long-\\nterm plan.'
>>> join_hyphenated("Bücher für Kinder-\\nund Jugendliche.")
[]
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import regex

from cleantext.data import data_lines
from cleantext.edits import Edit
from cleantext.normalizers._gate import Gate
from cleantext.normalizers._probe import Probe
from cleantext.normalizers._registry import implements
from cleantext.normalizers._util import line_windows
from cleantext.rules import Rule, register

RULE = register(
    Rule(
        "hyphenation",
        "normalize",
        "Join a word split across a line break ('infor-\\nmation'), unless the text spells it "
        "hyphenated elsewhere or a part makes the hyphen ambiguous (suspended hyphens such as "
        "'Kinder- und', compounds such as 'well-known').",
        examples=(
            ("infor-\nmation is power", "information is power"),
            ("Kinder-\nund Jugendbuch", "Kinder-\nund Jugendbuch"),
            ("a well-\nknown fact", "a well-\nknown fact"),
        ),
        order=60,
    )
)

# head, "-", line break, tail; chains ("infor-\\nma-\\ntion") are left alone: the head must not
# follow another end-of-line hyphen, and the tail must not be followed by a hyphen; nor is a
# part of a URL, a path or an address (after '/', '.', '_', '@' ...; before '/', '@' or '\\'),
# whose hyphen is its own (a line wrapped after it, not a word hyphenated)
_SPLIT = regex.compile(
    r"(?<![\p{L}\p{M}/._@=#~\\-])(?<!-[ \t]*\r?\n[ \t]*)"
    r"(\p{L}[\p{L}\p{M}]*\p{Ll})-[ \t]*\r?\n[ \t]*"
    r"(\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{M}\p{N}_/@\\-])"
)
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*")
# every hyphen before a line break that _SPLIT can join (stdlib ``re``, literal-led: fast)
_BREAK = re.compile(r"-[ \t]*\r?\n")


@lru_cache(maxsize=1)
def ambiguous_parts() -> dict[str, frozenset[str]]:
    """Heads and tails that make an end-of-line hyphen ambiguous (``data/hyphen_keep.txt``).

    >>> parts = ambiguous_parts()
    >>> "well" in parts["head"], "und" in parts["tail"], "in" in parts["head"]
    (True, True, False)
    """
    found: dict[str, set[str]] = {"head": set(), "tail": set(), "prefix": set()}
    for line in data_lines("hyphen_keep.txt"):
        where, _, words = line.partition(":")
        if not words:
            continue
        for side in ("head", "tail") if where == "both" else (where,):
            found[side].update(w.casefold() for w in words.split())
    return {side: frozenset(ws) for side, ws in found.items()}


def vocabulary(text: str, splits: list[regex.Match[str]]) -> tuple[set[str], set[str]]:
    """The words of ``text`` (casefolded), and those of them written alone outside the split
    words ``splits`` (matches of ``_SPLIT``), once at least.

    >>> t = "re-\\nsign it and sign"
    >>> words, alone = vocabulary(t, list(_SPLIT.finditer(t)))
    >>> sorted(words), sorted(alone)
    (['and', 'it', 're', 'sign'], ['and', 'it', 'sign'])
    """
    counts = Counter(map(str.casefold, _WORD.findall(text)))
    words = set(counts)
    for m in splits:
        counts[m.group(1).casefold()] -= 1
        counts[m.group(2).casefold()] -= 1
    return words, {w for w, n in counts.items() if n > 0}


def _replacement(head: str, tail: str, words: set[str], alone: set[str]) -> str | None:
    """The text that replaces ``head-\\ntail`` (None: left alone), given the text's
    :func:`vocabulary`.

    >>> _replacement("infor", "mation", set(), set()), _replacement("re", "sign", set(), {"sign"})
    ('information', None)
    """
    if (head + tail).casefold() in words:
        return head + tail
    if f"{head}-{tail}".casefold() in words:
        return f"{head}-{tail}"
    keep = ambiguous_parts()
    first, last = head.casefold(), tail.casefold()
    if first in keep["head"] or last in keep["tail"]:
        return None
    if last in alone and (first in alone or first in keep["prefix"]):
        return None
    return head + tail


@implements(RULE, gate=Gate(events=(("\n", "hyphen"),)))
def join_hyphenated(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that join words split by a hyphen at the end of a line (see the module doc).

    Only the two lines around each end-of-line hyphen are searched (a match holds one such
    hyphen and the words on its two lines, see
    :func:`~cleantext.normalizers._util.line_windows`), and the words of the whole text are
    collected only once a split word is found.
    """
    if "-" not in text or "hyphen" not in (probe or Probe(text)).newline_events:
        return []
    breaks = [m.end() - 1 for m in _BREAK.finditer(text)]
    splits = [
        m for start, end in line_windows(text, breaks) for m in _SPLIT.finditer(text, start, end)
    ]
    if not splits:
        return []
    words, alone = vocabulary(text, splits)
    edits = []
    for m in splits:
        after = _replacement(m.group(1), m.group(2), words, alone)
        if after is not None:
            edits.append(Edit(RULE.name, m.start(), m.end(), m.group(), after))
    return edits

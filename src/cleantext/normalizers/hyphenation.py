"""Join words hyphenated across a line break (``infor-\\nmation``) where the result is certain.

A word split at the end of a line is joined only when the same text shows how it is spelled:

* the joined form (``information``) occurs elsewhere in the text: join it;
* else the hyphenated form (``well-known``) occurs elsewhere on one line: keep the hyphen and
  drop the line break;
* else leave it alone: ``Kinder-\\nund Jugendbuch`` (a suspended hyphen) and any word the text
  gives no evidence for stay as they are.

The second part must start with a lowercase letter and the first part must end with one, so
list dashes, ``e-\\nMail`` headers and numbers are never joined.

>>> from cleantext.edits import apply_edits
>>> t = "We need more infor-\\nmation. The information is here."
>>> apply_edits(t, join_hyphenated(t))
'We need more information. The information is here.'
>>> join_hyphenated("Bücher für Kinder-\\nund Jugendliche.")
[]
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import regex

from cleantext.edits import Edit
from cleantext.normalizers._probe import Probe
from cleantext.rules import Rule, register

RULE = register(
    Rule(
        "hyphenation",
        "normalize",
        "Join a word hyphenated across a line break when the text itself spells it joined (or "
        "hyphenated) elsewhere; suspended hyphens ('Kinder- und') stay.",
        examples=(
            ("infor-\nmation and information", "information and information"),
            ("Kinder-\nund Jugendbuch", "Kinder-\nund Jugendbuch"),
        ),
    )
)

GUESS = register(
    Rule(
        "hyphenation-guess",
        "normalize",
        "Opt-in: also join end-of-line hyphenation the text gives no evidence for, unless the "
        "next line starts with a conjunction (a suspended hyphen). Wrong for compounds such as "
        "'long-\\nterm'.",
        default=False,
        # no examples: they are checked with the default config, where this rule is off;
        # see the doctest of guess_hyphenated and tests/test_normalize_rules.py
    )
)

_SPLIT = regex.compile(
    r"(?<![\p{L}\p{M}-])(\p{L}[\p{L}\p{M}]*\p{Ll})-[ \t]*\r?\n[ \t]*(\p{Ll}[\p{L}\p{M}]*)"
    r"(?![\p{L}\p{M}\p{N}_-])"
)
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*")


@lru_cache(maxsize=1)
def continuations() -> frozenset[str]:
    """Words that follow a suspended hyphen (``data/hyphen_continuations.txt``)."""
    text = files("cleantext.data").joinpath("hyphen_continuations.txt").read_text(encoding="utf-8")
    return frozenset(
        w.casefold() for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


def guess_hyphenated(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that join every end-of-line hyphenation except before a conjunction (opt-in).

    >>> from cleantext.edits import apply_edits
    >>> t = "Die Informa-\\ntion für Kinder-\\nund Jugendliche."
    >>> apply_edits(t, guess_hyphenated(t))
    'Die Information für Kinder-\\nund Jugendliche.'
    """
    if "-" not in text or "hyphen" not in (probe or Probe(text)).newline_events:
        return []
    skip = continuations()
    return [
        Edit(GUESS.name, m.start(), m.end(), m.group(), m.group(1) + m.group(2))
        for m in _SPLIT.finditer(text)
        if m.group(2).casefold() not in skip
    ]


def join_hyphenated(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that join end-of-line hyphenation confirmed by the text itself."""
    if "-" not in text or "hyphen" not in (probe or Probe(text)).newline_events:
        return []
    words = {w.casefold() for w in _WORD.findall(text)}
    edits = []
    for m in _SPLIT.finditer(text):
        head, tail = m.group(1), m.group(2)
        if (head + tail).casefold() in words:
            after = head + tail
        elif f"{head}-{tail}".casefold() in words:
            after = f"{head}-{tail}"
        else:
            continue
        edits.append(Edit(RULE.name, m.start(), m.end(), m.group(), after))
    return edits

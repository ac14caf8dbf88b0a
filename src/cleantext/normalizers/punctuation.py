"""Punctuation spacing: stray spaces before ``,``/``.``, doubled ``,,``/``..``, and a missing
space after a sentence-final period (``fin.Le début``).

Each fix is conservative: ``...`` and ``…`` stay, so do ``!!`` and ``??``, French spacing before
``! ? : ;`` is never touched, and no space is inserted inside URLs, e-mail addresses, domains,
file names, code (``System.Console``), numbers or abbreviations.

>>> from cleantext.edits import apply_edits
>>> t = "Bonjour , le monde .Yes,, no.. wait..."
>>> for fix in (space_before_punct, doubled_punct):
...     t = apply_edits(t, fix(t))
>>> t
'Bonjour, le monde .Yes, no. wait...'
>>> t = "C'est la fin.Le début, et www.example.Com et System.Console."
>>> apply_edits(t, missing_space_after_period(t))
"C'est la fin. Le début, et www.example.Com et System.Console."
"""

from __future__ import annotations

import regex

from cleantext.edits import Edit
from cleantext.normalizers._util import regex_edits
from cleantext.rules import Rule, register

SPACE_BEFORE = register(
    Rule(
        "space-before-punct",
        "normalize",
        "Remove spaces before a comma or a full stop that ends a word.",
        examples=(("word , next", "word, next"), ("the end .", "the end.")),
    )
)
DOUBLED = register(
    Rule(
        "doubled-punct",
        "normalize",
        "Collapse ',,' and '..' to one mark (keeps '...', '…', '!!' and '??').",
        examples=(("yes,, no", "yes, no"), ("end.. Next", "end. Next")),
    )
)
MISSING_SPACE = register(
    Rule(
        "space-after-period",
        "normalize",
        "Insert a missing space after a full stop or question mark between a lowercase prose "
        "word and a capitalised prose word (never in URLs, code, numbers, abbreviations).",
        examples=(("la fin.Le début", "la fin. Le début"),),
    )
)

# a space (not NBSP) between a word and a comma / a final period followed by space or end
_SPACE_BEFORE = regex.compile(r"(?<=[\p{L}\p{N}\)\]\"'»”’]) +(?=,|\.(?!\.)(?:\s|\Z))")
# exactly two commas / two periods, not part of a longer run
_DOUBLED = regex.compile(r"(?<![,.]),,(?![,.])|(?<!\.)\.\.(?!\.)")
# prose word (>= 2 lowercase letters, the whole token made of letters) . or ? then a
# capitalised word followed by a lowercase letter; the token must not contain other dots,
# slashes, @, digits or underscores (URLs, domains, code, numbers, file names).
_MISSING = regex.compile(
    r"(?<![\p{L}\p{N}_./@:\\-])(\p{Ll}[\p{Ll}'’]*\p{Ll})([.?])(\p{Lu}\p{Ll}+)(?=[\s,;:!?.)»”\"]|\Z)"
)
_TLD_LIKE = frozenset({"com", "org", "net", "de", "fr", "es", "uk", "io", "html", "php", "txt"})


def space_before_punct(text: str) -> list[Edit]:
    """Edits that remove spaces before ``,`` and a word-final ``.``."""
    if " ," not in text and " ." not in text:
        return []
    return regex_edits(SPACE_BEFORE.name, _SPACE_BEFORE, text, "")


def doubled_punct(text: str) -> list[Edit]:
    """Edits that collapse ``,,`` to ``,`` and ``..`` to ``.`` (ellipses are kept)."""
    if ",," not in text and ".." not in text:
        return []
    return regex_edits(DOUBLED.name, _DOUBLED, text, lambda m: m.group()[0])


def missing_space_after_period(text: str) -> list[Edit]:
    """Edits that insert a space in ``fin.Le`` / ``vraiment?Oui`` between prose words.

    The edit covers only the mark: ``"."`` becomes ``". "``.
    """
    edits = []
    for m in _MISSING.finditer(text):
        if m.group(1).lower() in _TLD_LIKE:
            continue
        mark = m.group(2)
        edits.append(Edit(MISSING_SPACE.name, m.start(2), m.end(2), mark, mark + " "))
    return edits

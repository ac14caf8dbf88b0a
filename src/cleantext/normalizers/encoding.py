"""Repair mojibake (``Ã©`` → ``é``, ``â€™`` → ``’``) with ftfy, behind a fast pre-check.

Most text has no mojibake, and ftfy's own badness check is the slow part of ftfy. A single
compiled regex finds the byte patterns that UTF-8 decoded as Latin-1 / Windows-1252 produces
(a lead byte such as ``Ã`` or ``â`` followed by a continuation byte such as ``©`` or ``€``),
plus C1 controls and U+FFFD. Only lines that match go through ftfy; a text with no match is
returned untouched without calling ftfy at all.

>>> from cleantext.edits import apply_edits
>>> t = "The cafÃ© is open.\\nNothing to fix here."
>>> [e.after for e in fix_encoding(t)]
['The café is open.']
>>> fix_encoding("Déjà vu, naïve café — « bien sûr ! »")
[]
"""

from __future__ import annotations

import ftfy
import regex

from cleantext.edits import Edit
from cleantext.rules import Rule, register

RULE = register(
    Rule(
        "mojibake",
        "normalize",
        "Repair text that was decoded with the wrong encoding (ftfy, only on suspicious lines).",
        examples=(("cafÃ©", "café"), ("donâ€™t", "don’t")),
    )
)

# cp1252 renderings of the bytes 0x80-0xBF (UTF-8 continuation bytes)
_CONT = (
    "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
    "\x80-\xbf"
)
_SUSPICIOUS = regex.compile(
    rf"[\xc2-\xf4][{_CONT}]|[\x80-\x9f]|\ufffd|[\u0400-\u04ff][\u0080-\u00bf\u2018-\u201e\u2116]"
)
_LINE = regex.compile(r"[^\n]*")

_FTFY_KEEP_STYLE = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)
_FTFY_DEFAULT = ftfy.TextFixerConfig(explain=False)


def is_suspicious(text: str) -> bool:
    """True if ``text`` may contain mojibake (fast; false positives are fine).

    >>> is_suspicious("naïve café"), is_suspicious("naÃ¯ve")
    (False, True)
    """
    return _SUSPICIOUS.search(text) is not None


def fix_encoding(text: str, profile: str = "default") -> list[Edit]:
    """Edits that repair mojibake, one per changed line.

    ``profile="ftfy"`` applies all of ftfy's fixes (it uncurls quotes, normalises width and
    ligatures, NFC); the default profile fixes the encoding only and keeps the author's style.
    """
    if _SUSPICIOUS.search(text) is None:
        return []
    config = _FTFY_DEFAULT if profile == "ftfy" else _FTFY_KEEP_STYLE
    edits = []
    for m in _LINE.finditer(text):
        line = m.group()
        if not line or _SUSPICIOUS.search(line) is None:
            continue
        fixed = ftfy.fix_text(line, config)
        if fixed != line:
            edits.append(Edit(RULE.name, m.start(), m.end(), line, fixed))
    return edits

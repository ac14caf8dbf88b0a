"""Remove invisible characters: zero-width spaces, soft hyphens, BOMs and control characters.

A zero-width joiner between two emoji (👨‍👩‍👧) is part of the emoji and stays, and so is one
that is part of a word's spelling: next to a virama it asks for a conjunct's half form or a
chillu (Sinhala "ශ්‍රී", Malayalam "അവന്‍", Bengali "র‍্য"), next to a joining letter of
Arabic, Persian, Syriac or Mongolian for its joining form. Elsewhere it is removed with the
other zero-width characters. The zero-width non-joiner is part of the spelling of Persian
("می‌خواهم") and Indic words and is never removed, and a zero-width space between two letters
of Thai, Lao, Khmer or Burmese marks a word's end in a script written without spaces.

>>> from cleantext.edits import apply_edits
>>> t = "\\ufeffinfor\\u00admation\\u200b here"
>>> apply_edits(t, remove_invisible(t))
'information here'
>>> remove_invisible("family: \\U0001F468\\u200d\\U0001F469")
[]
>>> sri = "\\u0dc1\\u0dca\\u200d\\u0dbb\\u0dd3"  # Sinhala "Sri": sha, virama, ZWJ, ra, ii
>>> apply_edits(sri + " a\\u200db", remove_invisible(sri + " a\\u200db")) == sri + " ab"
True
>>> apply_edits("a\\x00b\\x07", remove_control("a\\x00b\\x07"))
'ab'
"""

from __future__ import annotations

import re

import regex

from cleantext.edits import Edit
from cleantext.normalizers._gate import Gate
from cleantext.normalizers._probe import Probe
from cleantext.normalizers._registry import implements
from cleantext.normalizers._util import regex_edits
from cleantext.rules import Rule, register

INVISIBLE = register(
    Rule(
        "zero-width",
        "normalize",
        "Remove zero-width spaces, word joiners, soft hyphens and byte-order marks "
        "(keeps the zero-width joiner inside emoji sequences).",
        examples=(("infor\u00admation", "information"), ("a\u200bb", "ab")),
        order=30,
        line_local=True,
    )
)
CONTROL = register(
    Rule(
        "control-chars",
        "normalize",
        "Remove C0/C1 control characters other than tab, newline and carriage return.",
        examples=(("bell\x07", "bell"),),
        order=40,
        line_local=True,
    )
)

#: where a zero-width joiner is spelling, before it and after it: next to a virama (``ccc=9``:
#: a conjunct's half form, a chillu), after a letter that joins on its left side (with its
#: marks) and before one that joins on its right (Arabic, Syriac, Mongolian, N'Ko joining types)
_ZWJ_SPELT_BEFORE = r"\p{ccc=9}|[\p{Joining_Type=Dual_Joining}\p{Joining_Type=Left_Joining}]\p{M}*"
_ZWJ_SPELT_AFTER = r"[\p{ccc=9}\p{Joining_Type=Dual_Joining}\p{Joining_Type=Right_Joining}]"
#: scripts written without spaces, whose words a zero-width space between two of their letters
#: marks for line breaking and word segmentation (Thai "ภาษา\u200bไทย"): that one is kept
_UNSPACED = r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
# ZWSP (but between two letters of _UNSPACED), word joiner, BOM, soft hyphen, invisible
# separators, Mongolian vowel separator; a ZWJ that is not between two emoji (the first with
# its marks and skin tone: 🧑🏿‍💻) nor spelling (the ZWNJ is left: it is spelling wherever used)
_INVISIBLE = regex.compile(
    r"(?:[\u2060\ufeff\u00ad\u180e\u2061-\u2064]"
    rf"|\u200b(?!(?<={_UNSPACED}\u200b){_UNSPACED}))+"
    rf"|(?<!{_ZWJ_SPELT_BEFORE})"
    r"(?:(?<!\p{Extended_Pictographic}[\p{M}\p{Emoji_Modifier}]*)\u200d"
    r"|\u200d(?!\p{Extended_Pictographic}))"
    rf"(?!{_ZWJ_SPELT_AFTER})"
)
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
# stdlib ``re`` scans a plain character class faster than ``regex``: used as pre-checks
_CONTROL_GATE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


_ASCII_OK = bytes(c for c in range(128) if c in (9, 10, 13) or 32 <= c < 127)
_LATIN1_OK = _ASCII_OK + bytes(range(0xA0, 0x100))
# UTF-8 bytes other than C0 controls, DEL and the lead byte of U+0080-U+00BF
_UTF8_PLAIN = bytes(c for c in range(256) if c in (9, 10, 13) or 32 <= c < 127 or 128 <= c != 0xC2)
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
_INVISIBLE_CHARS = "\u200b\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064\u200d"
#: the characters of ``_CONTROL``
CONTROL_CHARS = "".join(
    map(chr, [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)])
)


def has_control(text: str, latin1: bytes | None = None) -> bool:
    """True if ``text`` has a C0/C1 control character other than tab, CR, LF (fast).

    >>> has_control("tab\\tand\\nline"), has_control("bell\\x07"), has_control("c1 \\x85 é")
    (False, True, True)
    >>> has_control("Привет\\x1b"), has_control("Привет \\u0085"), has_control("Привет « »")
    (True, True, False)
    """
    if latin1 is None:
        try:
            latin1 = text.encode("latin-1")
        except UnicodeEncodeError:
            return _has_control_utf8(text.encode("utf-8", "surrogatepass"))
    # Latin-1 text: deleting every allowed byte leaves the control characters
    return bool(latin1.translate(None, _LATIN1_OK))


def _has_control_utf8(data: bytes) -> bool:
    """:func:`has_control` on UTF-8 bytes: a C0 control or DEL is a byte of its own, a C1
    control is ``\\xc2`` and a byte in ``\\x80-\\x9f``."""
    left = data.translate(None, _UTF8_PLAIN)  # the C0 controls, DEL and every \xc2
    if not left:
        return False
    return bool(left.replace(b"\xc2", b"")) or _C1_UTF8.search(data) is not None


@implements(INVISIBLE, gate=Gate(chars=_INVISIBLE_CHARS))
def remove_invisible(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that remove invisible characters from ``text``."""
    if text.isascii() or not any(c in text for c in _INVISIBLE_CHARS):
        return []
    return regex_edits(INVISIBLE.name, _INVISIBLE, text, "")


@implements(CONTROL, gate=Gate(chars=CONTROL_CHARS))
def remove_control(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that remove control characters (keeps ``\\t``, ``\\n``, ``\\r``)."""
    if not has_control(text, probe.latin1 if probe else None):
        return []
    return regex_edits(CONTROL.name, _CONTROL, text, "")

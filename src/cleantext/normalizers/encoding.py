"""Repair mojibake (``Ã©`` → ``é``, ``â€™`` → ``’``) with ftfy, behind a fast pre-check.

ftfy looks at every line with its badness heuristic (``ftfy.badness.is_bad``), and that check is
most of its cost. Here one compiled character-class regex, *derived from ftfy's own badness
categories*, finds the lines that could possibly be bad; only those lines go to ftfy. The
pre-check is a guaranteed superset of ``is_bad``: every ``is_bad`` pattern contains either two
adjacent characters from ftfy's mojibake categories or one of a handful of single trigger
characters (C1 controls, ``Ã``, ``Â``, ``œ``), so a line the pre-check skips is a line ftfy would
leave alone. That is why the repairs are identical to ftfy's, only faster.

Two profiles:

* ``default``: fix the encoding only (ftfy with uncurling, width, ligature, NFC and line-break
  fixes switched off), keeping the author's typography;
* ``ftfy``: everything ``ftfy.fix_text`` does, on exactly the lines where ftfy could change
  something (lines with HTML entities, curly quotes, ligatures, full-width forms, control or
  C1 characters, CR line breaks, text that is not NFC, or possible mojibake); the output equals
  ``ftfy.fix_text``'s.

>>> from cleantext.edits import apply_edits
>>> t = "The cafÃ© is open.\\nNothing to fix here."
>>> [(e.before, e.after) for e in fix_encoding(t)]
[('Ã©', 'é')]
>>> fix_encoding("Déjà vu, naïve café — « bien sûr ! »")
[]
>>> apply_edits("don’t ﬁx", fix_encoding("don’t ﬁx", profile="ftfy"))
"don't fix"
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial

import ftfy
from ftfy import badness, chardata

from cleantext._unicode import code_points
from cleantext.edits import Edit
from cleantext.normalizers._gate import Gate, char_class
from cleantext.normalizers._probe import Probe
from cleantext.normalizers._registry import implements
from cleantext.normalizers._util import kernel
from cleantext.rules import Rule, register

__all__ = ["fix_encoding", "is_suspicious", "segment_at", "segments", "suspicious_offsets"]

RULE = register(
    Rule(
        "mojibake",
        "normalize",
        "Repair text that was decoded with the wrong encoding (ftfy, only on lines that could "
        "be mojibake); with profile 'ftfy', apply all of ftfy's fixes to the lines they concern.",
        examples=(("cafÃ©", "café"), ("donâ€™t", "don’t")),
        order=20,
        line_local=True,
        in_ftfy_profile=True,
    )
)

#: ftfy's own segment limit (``TextFixerConfig.max_decode_length``)
_MAX_SEGMENT = ftfy.TextFixerConfig().max_decode_length

_KEEP_STYLE = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)
_FTFY = ftfy.TextFixerConfig(explain=True)

# single characters that can make ``is_bad`` true next to plain ASCII
_SINGLE_TRIGGERS = "\x80-\x9f\u0152\u0153\u00c3\u00c2"


def _class(chars: set[str] | frozenset[str]) -> str:
    """A regex character class matching exactly ``chars`` (``_gate.char_class``)."""
    return char_class("".join(chars))


@lru_cache(maxsize=1)
def _bmp() -> str:
    return code_points(0x80, 0x10000)


@lru_cache(maxsize=16)
def _expand(spec: str) -> frozenset[str]:
    """The characters of a ``MOJIBAKE_CATEGORIES`` value (which may contain ``a-b`` ranges)."""
    return frozenset(re.findall(f"[{spec}]", _bmp()))


@lru_cache(maxsize=1)
def _mojibake_chars() -> set[str]:
    """Every non-ASCII character that ftfy's badness regex mentions."""
    chars: set[str] = set()
    for spec in badness.MOJIBAKE_CATEGORIES.values():
        chars |= _expand(spec)
    chars |= {c for c in badness.BADNESS_RE.pattern if ord(c) > 0x7F}
    return chars


@lru_cache(maxsize=1)
def _ftfy_only_chars() -> set[str]:
    """Characters that one of ftfy's non-encoding fixes changes (quotes, width, controls...)."""
    codes = set(chardata.CONTROL_CHARS) | set(chardata.LIGATURES) | set(chardata.WIDTH_MAP)
    codes |= set(range(0x80, 0xA0)) | set(range(0xD800, 0xE000))
    chars = {chr(c) for c in codes}
    chars |= set("\r\x1b\u2028\u2029\u02bc\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f")
    return chars


# Greek and Cyrillic letters (ftfy's "lower_common" and "upper_common") are in a bad sequence
# only next to a non-letter mojibake character, except in the sequences BADNESS_RE spells out:
# "вЂ", "ГўВЂВ" and "‚Äπ". So as the second character of a pair only these letters count, and
# ordinary Greek, Russian or Ukrainian text is not sent to ftfy line after line.
_SPELLED_LETTERS = "ЂўВπ"


@lru_cache(maxsize=1)
def _second_chars() -> set[str]:
    cats = badness.MOJIBAKE_CATEGORIES
    letters = _expand(cats["lower_common"]) | _expand(cats["upper_common"])
    return (_mojibake_chars() - letters) | set(_SPELLED_LETTERS)


def _detector(extra: set[str]) -> re.Pattern[str]:
    # one class-led pattern (fast in ``re``): a trigger character, or two mojibake characters
    first = _mojibake_chars()
    single = _expand(_SINGLE_TRIGGERS) | extra
    second = _class(_second_chars())
    return re.compile(f"{_class(first | single)}(?:(?<={_class(single)})|{second})")


_SUSPICIOUS = _detector(set())
_FTFY_RISK = _detector(_ftfy_only_chars())


def _hit_table() -> bytes | None:
    """The detector ``_SUSPICIOUS`` as a table of flags by code point for the C kernel
    ``class_hits`` (``None`` if a character of its classes is outside the BMP, which the
    table does not cover)."""
    single = _expand(_SINGLE_TRIGGERS)
    lead, second = _mojibake_chars() | single, _second_chars()
    if any(ord(c) > 0xFFFF for c in lead | second):  # pragma: no cover - ftfy's classes are BMP
        return None
    table = bytearray(0x10000)
    for flag, chars in ((_HIT_LEAD, lead), (_HIT_ALONE, single), (_HIT_NEXT, second)):
        for c in chars:
            table[ord(c)] |= flag
    return bytes(table)


#: the flags of ``class_hits`` (``HIT_*`` in ``_kernels.c``)
_HIT_LEAD, _HIT_ALONE, _HIT_NEXT = 1, 2, 4
_CLASS_HITS = kernel("class_hits")
_SUSPICIOUS_TABLE = _hit_table() if _CLASS_HITS is not None else None


def suspicious_offsets(text: str) -> list[int]:
    """Where the mojibake detector matches in ``text`` (the starts of
    ``_SUSPICIOUS.finditer(text)``): in one C pass where the kernel is built.

    >>> suspicious_offsets("naÃ¯ve cafÃ©, déjà vu")
    [2, 10]
    """
    if _CLASS_HITS is not None and _SUSPICIOUS_TABLE is not None:
        hits: list[int] = _CLASS_HITS(text, _SUSPICIOUS_TABLE)
        return hits
    return [m.start() for m in _SUSPICIOUS.finditer(text)]


def _gate() -> Gate:
    """The mojibake detector as a gate: a single trigger, or a lead character before a
    second one (what ``_SUSPICIOUS`` matches, exactly)."""
    single = _expand(_SINGLE_TRIGGERS)
    lead = "".join(sorted(_mojibake_chars() | single))
    return Gate(chars="".join(sorted(single)), pairs=((lead, "".join(sorted(_second_chars()))),))


# Latin-1 bytes as classes: ASCII "a", a single trigger "S", any other character "X"
_LATIN1_CLASSES = bytes(
    ord("a") if c < 0x80 else ord("S") if chr(c) in _expand(_SINGLE_TRIGGERS) else ord("X")
    for c in range(256)
)


def _may_be_suspicious(text: str, latin1: bytes | None) -> bool:
    """False only if ``text`` has no match of the mojibake detector: every match is a single
    trigger character or two non-ASCII characters in a row, which a Latin-1 text shows in a
    map of its bytes to three classes (fast). Other texts are not checked here.

    >>> _may_be_suspicious("déjà vu", None), _may_be_suspicious("naÃ¯ve", None)
    (False, True)
    >>> _may_be_suspicious("«\\xa0déjà\\xa0»", None), _may_be_suspicious("Привет", None)
    (True, True)
    """
    if latin1 is None:
        try:
            latin1 = text.encode("latin-1")
        except UnicodeEncodeError:
            return True
    classes = latin1.translate(_LATIN1_CLASSES)
    return b"S" in classes or b"XX" in classes


def is_suspicious(text: str) -> bool:
    """True if ``text`` may contain mojibake (fast; a superset of ``ftfy.badness.is_bad``).

    >>> is_suspicious("naïve café"), is_suspicious("naÃ¯ve")
    (False, True)
    """
    return _SUSPICIOUS.search(text) is not None


def segments(text: str) -> Iterator[tuple[int, str]]:
    """ftfy's segments of ``text``: lines with their ``\\n``, at most 1M characters each.

    >>> list(segments("a\\nb"))
    [(0, 'a\\n'), (2, 'b')]
    """
    pos, n = 0, len(text)
    while pos < n:
        brk = text.find("\n", pos) + 1 or n
        brk = min(brk, pos + _MAX_SEGMENT)
        yield pos, text[pos:brk]
        pos = brk


def _note(steps: list[ftfy.ExplanationStep] | None) -> str:
    return ", ".join(f"{s.action} {s.parameter}" for s in steps or [])


def segment_at(text: str, pos: int) -> tuple[int, int]:
    """The ``(start, end)`` of the ftfy segment of ``text`` that holds offset ``pos``.

    >>> segment_at("ab\\ncd\\nef", 4)
    (3, 6)
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos) + 1 or len(text)
    if end - start > _MAX_SEGMENT:  # ftfy cuts long lines every _MAX_SEGMENT characters
        start += (pos - start) // _MAX_SEGMENT * _MAX_SEGMENT
        end = min(end, start + _MAX_SEGMENT)
    return start, end


def _hit_segments(text: str, hits: Iterable[int]) -> list[tuple[int, int]]:
    """The distinct segments holding the offsets ``hits``, in order."""
    spans: list[tuple[int, int]] = []
    for pos in sorted(hits):
        if spans and pos < spans[-1][1]:
            continue
        spans.append(segment_at(text, pos))
    return spans


def _ftfy_hits(text: str) -> list[int]:
    """Offsets where one of ftfy's fixes may apply (a superset)."""
    hits = [m.start() for m in _FTFY_RISK.finditer(text)]
    if "&" in text:
        hits += [m.start() for m in chardata.HTML_ENTITY_RE.finditer(text)]
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        hits += [
            start
            for start, seg in segments(text)
            if not seg.isascii() and not unicodedata.is_normalized("NFC", seg)
        ]
    return hits


def _fix_like_ftfy(text: str) -> list[Edit]:
    """ftfy.fix_text, segment by segment, on the segments where it can change something."""
    hits = _ftfy_hits(text)
    if not hits:
        return []
    first_lt = text.find("<")
    edits = []
    for start, end in _hit_segments(text, hits):
        config = _FTFY
        if 0 <= first_lt < end:  # ftfy stops decoding entities from the first "<" on
            config = config._replace(unescape_html=False)
        edits += _fix_segment(text, start, end, config)
    return edits


def _fix_segment(text: str, start: int, end: int, config: ftfy.TextFixerConfig) -> list[Edit]:
    seg = text[start:end]
    fixed, steps = ftfy.fix_and_explain(seg, config)
    note = _note(steps)
    if fixed == seg and (bolder := bold_redecode(seg)) is not None:
        fixed, steps = ftfy.fix_and_explain(bolder[1], config)
        note = f"encode {bolder[0]}, decode utf-8" + (f", {_note(steps)}" if steps else "")
    if fixed == seg:
        return []
    head, tail = _common_ends(seg, fixed)
    return [
        Edit(
            RULE.name,
            start + head,
            end - tail,
            seg[head : len(seg) - tail],
            fixed[head : len(fixed) - tail],
            note=note,
        )
    ]


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common prefix and (non-overlapping) common suffix of ``a`` and ``b``.

    >>> _common_ends("Le cafÃ© est", "Le café est")
    (6, 4)
    """
    n = min(len(a), len(b))
    head = 0
    while head < n and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < n - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


# UTF-8 lead bytes 0xC2-0xC5 (U+0080-U+017F: Latin-1 and Latin Extended-A) as three
# single-byte encodings render them, followed by a continuation byte's rendering, right next
# to an ASCII letter
def _bold_pattern(enc: str) -> re.Pattern[str]:
    lead = "[" + re.escape(bytes(range(0xC2, 0xC6)).decode(enc)) + "]"
    cont = "[" + re.escape(bytes(range(0x80, 0xC0)).decode(enc, errors="ignore")) + "]"
    return re.compile(f"(?<=[A-Za-z]){lead}{cont}|{lead}{cont}(?=[A-Za-z])")


_BOLD = {enc: _bold_pattern(enc) for enc in ("windows-1251", "mac_roman", "cp437")}
_LOST_NBSP = re.compile(rb"([\xc2-\xc5]) ")
_ASCII_WORD = re.compile(r"[A-Za-z]{3,}")


def bold_redecode(segment: str) -> tuple[str, str] | None:
    """``(encoding, text)`` when ``segment`` is UTF-8 read as Windows-1251, MacRoman or cp437
    in a way ftfy's heuristic does not dare to fix (ftfy's known failures ``mГ©dicament``,
    ``pi√π``, ``┬┐que``).

    It is bold but guarded: the whole segment must re-encode in that encoding and decode as
    strict UTF-8 (a space after a lead byte counts as a lost NBSP, as in ftfy), the suspect
    pairs must touch ASCII letters and be few next to the ordinary words around them (so
    line art stays), every new character must be Latin-1 or Latin Extended-A, and the result
    must not look bad to ftfy. (A formula like ``r√π`` in prose would still be misread.)

    >>> bold_redecode("attention Г bien, le mГ©dicament")
    ('windows-1251', 'attention à bien, le médicament')
    >>> bold_redecode("C’était l’été, Вы знаете"), bold_redecode("├┤a┼┐a┼┐a┼┐a")
    (None, None)
    >>> bold_redecode("x = √π") is None
    True
    """
    for enc, pattern in _BOLD.items():
        pairs = len(pattern.findall(segment))
        if not pairs or len(_ASCII_WORD.findall(segment)) < 2 * pairs:
            continue
        try:
            data = _LOST_NBSP.sub(lambda m: m.group(1) + b"\xa0 ", segment.encode(enc))
            out = data.decode("utf-8")
        except UnicodeError:
            continue
        new = set(out) - set(segment)
        if new and all(0xA0 <= ord(c) <= 0x17F for c in new) and not badness.is_bad(out):
            return enc, out
    return None


@implements(RULE, gate=_gate())
def fix_encoding(text: str, probe: Probe | None = None, *, profile: str = "default") -> list[Edit]:
    """Edits that repair mojibake, one per changed line, trimmed to the part that changed.

    ``profile="ftfy"`` applies all of ftfy's fixes (it uncurls quotes, normalises width and
    ligatures, NFC), exactly like ``ftfy.fix_text``; the default profile fixes the encoding only
    and keeps the author's style.
    """
    if profile == "ftfy":
        return _fix_like_ftfy(text)
    if text.isascii():
        return []
    # (the kernel scans faster than the Latin-1 pre-check costs)
    if _SUSPICIOUS_TABLE is None and not _may_be_suspicious(text, probe.latin1 if probe else None):
        return []
    hits = suspicious_offsets(text)
    edits = []
    for start, end in _hit_segments(text, hits):
        edits += _fix_segment(text, start, end, _KEEP_STYLE)
    return edits


implements(RULE, profile="ftfy")(partial(fix_encoding, profile="ftfy"))

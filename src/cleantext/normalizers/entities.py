"""Decode leftover HTML entities (``&amp;``, ``&#233;``, ``&nbsp;``) exactly.

Only well-formed entities that end with ``;`` are decoded, so a bare ``&`` (``AT&T``,
``?a=1&b=2``) is never touched.

>>> from cleantext.edits import apply_edits
>>> t = "Fish &amp; chips &#8211; &eacute;t&eacute;"
>>> apply_edits(t, decode_entities(t))
'Fish & chips – été'
>>> decode_entities("AT&T and ?a=1&b=2")
[]
"""

from __future__ import annotations

import html
from html.entities import html5

import regex

from cleantext.edits import Edit
from cleantext.normalizers._probe import Probe
from cleantext.normalizers._util import regex_edits
from cleantext.rules import Rule, register

RULE = register(
    Rule(
        "html-entities",
        "normalize",
        "Decode HTML entities such as &amp;amp; and &amp;#233; (a bare & is left alone).",
        examples=(("Fish &amp; chips", "Fish & chips"), ("caf&eacute;", "café")),
    )
)

_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decode(m: regex.Match[str]) -> str | None:
    s = m.group()
    if s[1] != "#" and s[1:] not in html5:
        return None
    out = html.unescape(s)
    if out == s or any(0xD800 <= ord(c) <= 0xDFFF or c == "\ufffd" for c in out):
        return None  # &#0; and out-of-range numbers decode to U+FFFD: keep the original
    return out


def decode_entities(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that decode each well-formed HTML entity in ``text``."""
    if "&" not in text:
        return []
    return regex_edits(RULE.name, _ENTITY, text, _decode)

"""Decode leftover HTML entities (``&amp;``, ``&#233;``, ``&nbsp;``) exactly.

Only well-formed entities that end with ``;`` are decoded, so a bare ``&`` (``AT&T``,
``?a=1&b=2``) is never touched.

The output is plain text, but it is often pasted into HTML unescaped, so an escaped tag is
never turned into a real one: an ``&lt;`` (in any spelling: ``&LT;``, ``&#60;``, ``&#x3C;``)
followed by an ASCII letter, ``/``, ``!`` or ``?`` stays as it is when a ``>`` (or an escaped
one, which stays too) closes it on the same line before any other ``<``. Every other ``&lt;``
and ``&gt;`` is decoded (``a &lt; b``, ``x&lt;y``, ``&lt;3``, ``-&gt;``).

>>> from cleantext.edits import apply_edits
>>> t = "Fish &amp; chips &#8211; &eacute;t&eacute;"
>>> apply_edits(t, decode_entities(t))
'Fish & chips – été'
>>> decode_entities("AT&T and ?a=1&b=2")
[]
>>> t = "&lt;script&gt;alert(1)&lt;/script&gt; but 1 &lt; 2 &amp;&amp; x&lt;y"
>>> apply_edits(t, decode_entities(t))
'&lt;script&gt;alert(1)&lt;/script&gt; but 1 < 2 && x<y'
"""

from __future__ import annotations

import html
import string
from html.entities import html5

import regex

from cleantext.edits import Edit
from cleantext.normalizers._gate import Gate
from cleantext.normalizers._probe import Probe
from cleantext.normalizers._registry import implements
from cleantext.normalizers._util import regex_edits
from cleantext.rules import Rule, register

RULE = register(
    Rule(
        "html-entities",
        "normalize",
        "Decode HTML entities such as &amp; and &#233; (a bare & is left alone, and an escaped "
        "tag such as &lt;b&gt; stays escaped).",
        examples=(
            ("Fish &amp; chips", "Fish & chips"),
            ("caf&eacute;", "café"),
            ("1 &lt; 2 &gt; 0", "1 < 2 > 0"),
            ("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ),
        order=10,
        line_local=True,
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


#: what may follow ``<`` for an HTML parser to start a tag, end tag, comment or doctype
_TAG_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/!?")


#: an entity starts with "&" then "#" or an ASCII letter
_GATE = Gate(pairs=(("&", "#" + string.ascii_letters),))


@implements(RULE, gate=_GATE)
def decode_entities(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that decode each well-formed HTML entity in ``text``, except those that would
    make a tag (see the module docs)."""
    if "&" not in text:
        return []
    edits = regex_edits(RULE.name, _ENTITY, text, _decode)
    if any(e.after == "<" for e in edits):
        edits = _keep_escaped_tags(text, edits)
    return edits


def _keep_escaped_tags(text: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` without the ``<`` that would open a tag and the ``>`` that would close it.

    Each character is looked at once: a candidate ``<`` is followed to the first ``<``,
    ``>`` or line break, and the scan goes on from there.
    """
    at = {e.start: e for e in edits}
    keep: set[int] = set()  # starts of the edits to drop
    for e in edits:
        if e.after == "<" and text[e.end : e.end + 1] in _TAG_START:
            keep.update(_tag_ends(text, e, at))
    return [e for e in edits if e.start not in keep] if keep else edits


def _tag_ends(text: str, opener: Edit, at: dict[int, Edit]) -> tuple[int, ...]:
    """The starts of ``opener`` and of its escaped ``>`` when a ``>`` closes it on its line
    before any ``<``; nothing otherwise."""
    pos = opener.end
    while pos < len(text):
        ch = text[pos]
        if ch in "<\n":
            return ()
        if ch == ">":
            return (opener.start,)
        other = at.get(pos)
        if other is not None and other.after in ("<", ">"):
            return (opener.start, other.start) if other.after == ">" else ()
        pos = other.end if other is not None else pos + 1
    return ()

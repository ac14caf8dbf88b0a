"""Bytes to text, and telling HTML from text (the HTML path's first step)."""

from __future__ import annotations

import codecs
import re
from functools import cache

__all__ = ["HTML_SUFFIXES", "decode_html", "is_html_file", "looks_like_html"]

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@cache
def _charsets() -> tuple[frozenset[str], dict[str, str]]:
    """The codecs a page may declare and the labels Python lacks (``[charsets]`` in
    html.toml)."""
    from cleantext.data import html_table

    table = html_table()["charsets"]
    return frozenset(table["declared"]), dict(table["labels"])


def _codec(name: str) -> str | None:
    """The codec a page's declared charset ``name`` is read with, or ``None`` for a name no
    browser reads as a web encoding (the bytes then decide).

    >>> _codec("ISO-8859-1"), _codec("windows-874"), _codec("UTF-16LE")
    ('cp1252', 'cp874', 'utf-8')
    >>> _codec("rot13"), _codec("unicode_escape"), _codec("utf-7"), _codec("cp037")
    (None, None, None, None)
    """
    declared, labels = _charsets()
    label = name.strip().lower()
    try:
        found = codecs.lookup(labels.get(label, label)).name
    except LookupError:
        return None
    # as browsers do (WHATWG Encoding): latin-1 and ascii labels mean windows-1252, and a page
    # that declares UTF-16 in ASCII bytes cannot be UTF-16
    found = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}.get(
        found, "utf-8" if found.startswith("utf-16") else found
    )
    return found if found in declared else None


def decode_html(data: bytes, utf8_first: bool = True) -> str:
    """Decode an HTML page given as bytes.

    The encoding comes from, in order: a byte-order mark; with ``utf8_first`` (signal
    ``utf8-over-declared``), UTF-8 when the page declares another encoding but its bytes are
    valid UTF-8 with non-ASCII characters (a template's stale ``<meta charset=iso-8859-7>``
    on a page saved as UTF-8: text in a single-byte encoding is almost never valid UTF-8);
    the page's ``<meta charset>`` or
    ``<meta http-equiv="Content-Type" content="...; charset=...">`` in its first 4 kB; UTF-8
    when the bytes are valid UTF-8, or UTF-8 with a few broken bytes (at most 5% of the
    non-ASCII bytes, each replaced by U+FFFD) when the page declares UTF-8 or nothing;
    charset-normalizer's guess when it is installed. Failing
    all of these, the bytes are read as UTF-8 and each invalid byte becomes U+FFFD.

    >>> decode_html("<meta charset='iso-8859-1'><p>caf\\xe9</p>".encode("latin-1"))
    "<meta charset='iso-8859-1'><p>café</p>"
    >>> decode_html(b"\\xef\\xbb\\xbf<p>ok</p>")
    '<p>ok</p>'
    >>> decode_html("<meta charset=iso-8859-7><p>caffè</p>".encode("utf-8"))
    '<meta charset=iso-8859-7><p>caffè</p>'
    >>> decode_html("<meta charset=iso-8859-7><p>caffè</p>".encode("utf-8"), False)
    '<meta charset=iso-8859-7><p>caffΓ¨</p>'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, "replace")
    m = _META_CHARSET.search(data, 0, 4096)
    declared = _codec(m.group(1).decode("ascii")) if m else None
    if declared and declared != "utf-8" and utf8_first and not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass  # not UTF-8: the declaration stands
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration is wrong: fall through to what the bytes say
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared in (None, "utf-8") and _mostly_utf8(data):
        return data.decode("utf-8", "replace")
    guessed = _detect(data)
    if guessed is not None:
        return guessed
    return data.decode(declared or "utf-8", "replace")


_ASCII = bytes(range(128))
#: UTF-8 with at most this share of its non-ASCII bytes in invalid sequences is UTF-8 with a
#: few broken bytes (a truncated character, one pasted cp1252 letter): text in another
#: single-byte encoding has nearly all of its non-ASCII bytes invalid as UTF-8
UTF8_BROKEN_SHARE = 0.05


def _mostly_utf8(data: bytes) -> bool:
    """True if ``data`` is UTF-8 with a few invalid bytes (see :data:`UTF8_BROKEN_SHARE`)."""
    high = len(data.translate(None, _ASCII))  # the non-ASCII bytes
    bad = data.decode("utf-8", "replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return bad <= UTF8_BROKEN_SHARE * high


def _detect(data: bytes) -> str | None:
    """``data`` decoded by charset-normalizer's guess (``None`` without it or a guess). Where
    windows-1252 ties with the guess (the same chaos and coherence: a short French or
    Spanish paragraph reads as well in cp1250, whose ``à`` is ``ŕ``), windows-1252 wins, as
    browsers default to it for such pages."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None:
        return None
    tie = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    encoding = "cp1252" if any(m.encoding == "cp1252" for m in tie) else best.encoding
    return data.decode(encoding, "replace")


_HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(text: str) -> bool:
    """True if ``text`` starts like an HTML page (a doctype or an html/head/body/div tag).

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("a < b and <p> is a tag")
    (True, False)
    """
    return _HTML_START.match(text[:4096]) is not None


HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def is_html_file(path: str, head: bytes) -> bool:
    """True if a file is HTML: by its name (``.html``, ``.htm``, ``.xhtml``, also compressed
    as ``.gz``/``.zst``), else by its first bytes (:func:`looks_like_html`).

    >>> is_html_file("page.html.gz", b""), is_html_file("-", b"<!doctype html><p>x")
    (True, True)
    >>> is_html_file("notes.txt", b"Dear <name>,")
    False
    """
    base = path.lower().removesuffix(".gz").removesuffix(".zst")
    if base.endswith(HTML_SUFFIXES):
        return True
    return looks_like_html(head[:4096].decode("utf-8", "replace").lstrip("\ufeff"))

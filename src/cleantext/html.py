"""HTML in, blocks with structure features out, and the main content chosen from them.

The HTML path of the cleaner (``cleantext.clean_html``, ``Cleaner.clean_html_document``):

1. :func:`decode_html` turns bytes into text: byte-order mark, then the page's own
   ``<meta charset>`` / ``http-equiv`` declaration, then UTF-8 if the bytes are valid UTF-8,
   then charset-normalizer's guess; if nothing fits, UTF-8 with U+FFFD for the bad bytes.
2. :func:`render` parses the page with lxml (libxml2) and renders its visible text as blocks:
   one block per block-level element's own text, blank lines between blocks, ``<br>`` as a
   line break. ``<script>``, ``<style>``, ``<noscript>``, ``<template>``, form widgets and hidden
   elements (``hidden``, ``aria-hidden``, ``display:none``) are never rendered. Each block keeps
   its features: tag, link density, its element's place in the tree, the page-furniture zone
   it sits in (``<nav>``, ``<aside>``, ``<footer>``, ``<header>``, an ARIA landmark, a comments
   container) and its position.
3. :func:`select_edits` chooses the main content from block scores (paragraph text credited to
   its container and the container's ancestors, as readability does, weighted by link density
   and by id/class words) and returns one :class:`~cleantext.edits.Edit` per dropped block,
   whose note names the signal that dropped it (``"in <nav>"``, ``"link density 0.83"``,
   ``"outside the main content <div class=entry-content>"``).

>>> page = render(
...     "<html><head><title>T</title><script>var x = 1;</script></head><body>"
...     "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
...     "<article><h1>Bridge closes</h1>"
...     "<p>The council voted to close the old bridge, in use for a century.</p>"
...     "<p>Residents said that they were worried about the detour, which is long.</p>"
...     "</article><footer>© 2024 Example News</footer></body></html>")
>>> print(page.text)
Home News
<BLANKLINE>
Bridge closes
<BLANKLINE>
The council voted to close the old bridge, in use for a century.
<BLANKLINE>
Residents said that they were worried about the detour, which is long.
<BLANKLINE>
© 2024 Example News
>>> for edit in select_edits(page):
...     print(edit.rule, "|", edit.note)
html-outside-main | in <nav>
html-boilerplate | headline <h1>
html-outside-main | in <footer>
"""

from __future__ import annotations

import codecs
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import islice
from typing import Any, NamedTuple

from cleantext.edits import Edit
from cleantext.errors import ConfigError, InputError
from cleantext.rules import Rule, register

__all__ = [
    "STEPS_AFTER_EXTRACTION",
    "STEPS_AFTER_REPEATS",
    "Block",
    "Page",
    "decode_html",
    "is_html_file",
    "iter_blocks",
    "looks_like_html",
    "render",
    "select_edits",
    "steps_after_extraction",
]

_EXAMPLE_BODY = (
    "The old bridge over the river will close for repairs on Monday, the council said on "
    "Tuesday, after inspectors found cracks in two of its supporting piers."
)
OUTSIDE = register(
    Rule(
        "html-outside-main",
        "boilerplate",
        "HTML input, extract preset: remove the blocks outside the page's main content "
        "container (menus, teasers, sidebars, footers around the article).",
        preset="extract",
        examples=(
            (
                '<body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article><p>'
                f"{_EXAMPLE_BODY}</p></article><footer>Copyright 2026 News Example</footer>",
                _EXAMPLE_BODY,
            ),
        ),
    )
)
MARKUP = register(
    Rule(
        "html-boilerplate",
        "boilerplate",
        "HTML input, extract preset: remove blocks that the markup marks as page furniture "
        "(<nav>, <aside>, <footer>, <header>, ARIA landmarks, comment containers, headline, "
        "captions, link-dense blocks), also inside the main content.",
        preset="extract",
        examples=(
            (
                f"<body><article><h1>Bridge to close</h1><p>{_EXAMPLE_BODY}</p></article>",
                _EXAMPLE_BODY,
            ),
        ),
    )
)

INSTALL_HINT = 'HTML input needs lxml: pip install "cleantext-scrape[html]"'

#: nesting deeper than this is flattened before parsing (libxml2 stops at 2048 levels and
#: drops the rest of the page; no real page nests half as deep)
MAX_DEPTH = 1000
#: a block with at least this share of its characters in links is link furniture
LINK_DENSE = 0.5
#: a container of at least this many blocks inside the main content, with LINK_DENSE of its
#: text in links, is a box of links (readability drops such nodes too)
BOX_BLOCKS = 3
#: the main content grows to an ancestor this many levels up at most, when the ancestor holds
#: at least WIDEN_SHARE times the paragraph text (an article split in chunks by ads)
WIDEN_LEVELS = 3
WIDEN_SHARE = 1.5
#: a block this long with few links is article-like paragraph text (for WIDEN_SHARE)
GOOD_CHARS = 100
#: the steps that run on the text the ``extract`` preset selected from a page, when the
#: configuration does not name its steps and no block of the selection repeats (see
#: steps_after_extraction): the repeated page furniture is gone with the blocks the markup
#: dropped; on most pages nothing is left for ``dedup-blocks`` to find, and it took about a
#: tenth of the time (see docs/html.md)
STEPS_AFTER_EXTRACTION: tuple[str, ...] = ("normalize", "boilerplate", "tidy")
#: ... and when a block of at least REPEAT_CHARS characters repeats in the selection (the
#: article twice: a print or mobile copy the markup does not hide)
STEPS_AFTER_REPEATS: tuple[str, ...] = ("normalize", "dedup-blocks", "boilerplate", "tidy")
REPEAT_CHARS = 25
#: the structural signals added in the second round on unseen pages (issue 15); each one can
#: be switched off by leaving it out of the ``signals`` given to :func:`render` and
#: :func:`select_edits` (for comparisons; the cleaner uses all of them):
#:
#: - ``consent-words``: the id/class words of cookie and consent notices (``cookies``,
#:   ``gdpr``, ``consent``...: ``consent_words`` in html.toml) lower a container's score as
#:   furniture words do (a cookie settings dialog with long paragraphs outscored a short
#:   article);
#: - ``zone-holds-article``: a header-like zone (``<header>``, ``role="banner"`` or
#:   ``"tablist"``: ``liftable_zones`` in html.toml) that holds at least ZONE_ARTICLE_SHARE of
#:   the page's article-like paragraph text is not furniture (a ``<header>`` left open around
#:   the whole page, an accordion of text panels marked ``role="tablist"``); sidebars and
#:   footers stay furniture (a sidebar can hold more text than a short article);
#: - ``article-lead``: a paragraph of GOOD_CHARS or more before the main content, in the
#:   ``<header>`` of the article around it or in its ``<article>``/``<main>`` or its two
#:   closest ancestors, is its standfirst or intro and stays (see _is_lead);
#: - ``sibling-paragraphs``: a leaf block of article-like text (GOOD_CHARS or more, few links)
#:   beside the best container, under the same parent, is part of the main content (the first
#:   paragraph before a paywall container, a preface ``<div>``), as readability keeps them;
#: - ``noscript-holds-page``: a ``<noscript>`` with NOSCRIPT_PAGE elements or more inside is
#:   rendered (see _holds_page);
#: - ``orphan-heading``: a heading whose section lost all of its text is dropped with it
#:   (see _orphan_headings);
#: - ``paragraph-in-link-box``: a block of article-like text (GOOD_CHARS or more, few links)
#:   is not dropped for being in a link-dense box (a long description next to a list of
#:   links in the same container);
#: - ``text-mass``: when the main content holds less than MASS_SHARE of the page's
#:   article-like paragraph text, it grows to the innermost ancestor that holds MASS_HOLD of
#:   it (see _text_mass).
SIGNALS: frozenset[str] = frozenset(
    {
        "consent-words",
        "zone-holds-article",
        "text-mass",
        "article-lead",
        "sibling-paragraphs",
        "noscript-holds-page",
        "orphan-heading",
        "paragraph-in-link-box",
    }
)
ZONE_ARTICLE_SHARE = 0.5
LEAD_LEVELS = 2
MASS_SHARE = 0.5
MASS_HOLD = 0.75
#: the zone kind named by id/class words (the start of its notes)
COMMENTS = "comments container"


@dataclass(frozen=True)
class _Roles:
    skip: frozenset[str]
    block: frozenset[str]
    paragraph: frozenset[str]
    zone_tags: frozenset[str]
    zone_roles: frozenset[str]
    liftable: frozenset[str]
    comment: re.Pattern[str]
    consent: re.Pattern[str]
    negative: re.Pattern[str]
    positive: re.Pattern[str]
    furniture: re.Pattern[str]


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?:^|[^a-z0-9])(?:{alternatives})(?:$|[^a-z0-9])")


@cache
def _roles() -> _Roles:
    data = tomllib.loads(resources.files("cleantext.data").joinpath("html.toml").read_text())
    return _Roles(
        skip=frozenset(data["skip"]),
        block=frozenset(data["block"]),
        paragraph=frozenset(data["paragraph"]),
        zone_tags=frozenset(data["zone_tags"]),
        zone_roles=frozenset(data["zone_roles"]),
        liftable=frozenset(
            f"in <{z}>" if z in data["zone_tags"] else f'in role="{z}"'
            for z in data["liftable_zones"]
        ),
        comment=_words_pattern(data["comment_words"]),
        consent=_words_pattern(data["consent_words"]),
        negative=_words_pattern(data["negative_words"]),
        positive=_words_pattern(data["positive_words"]),
        furniture=_words_pattern(data["furniture_words"]),
    )


# ---------------------------------------------------------------------------------------------
# bytes -> str

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _codec(name: str) -> str | None:
    try:
        found = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # as browsers do (WHATWG Encoding): latin-1 and ascii labels mean windows-1252, and a page
    # that declares UTF-16 in ASCII bytes cannot be UTF-16
    return {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}.get(
        found, "utf-8" if found.startswith("utf-16") else found
    )


def decode_html(data: bytes) -> str:
    """Decode an HTML page given as bytes.

    The encoding comes from, in order: a byte-order mark; the page's ``<meta charset>`` or
    ``<meta http-equiv="Content-Type" content="...; charset=...">`` in its first 4 kB; UTF-8
    when the bytes are valid UTF-8, or UTF-8 with a few broken bytes (at most 5% of the
    non-ASCII bytes, each replaced by U+FFFD) when the page declares UTF-8 or nothing;
    charset-normalizer's guess when it is installed. Failing
    all of these, the bytes are read as UTF-8 and each invalid byte becomes U+FFFD.

    >>> decode_html("<meta charset='iso-8859-1'><p>caf\\xe9</p>".encode("latin-1"))
    "<meta charset='iso-8859-1'><p>café</p>"
    >>> decode_html(b"\\xef\\xbb\\xbf<p>ok</p>")
    '<p>ok</p>'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, "replace")
    m = _META_CHARSET.search(data, 0, 4096)
    declared = _codec(m.group(1).decode("ascii")) if m else None
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
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    return data.decode(best.encoding, "replace")


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


# ---------------------------------------------------------------------------------------------
# parse


_XML_DECL = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})[^>]{0,2000}?(/?)>")
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option"}
)


def _flatten(html: str, limit: int) -> str:
    """Drop the tags nested deeper than ``limit`` (their text stays)."""
    depth = 0
    out: list[str] = []
    last = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in _VOID or m.group(3):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
            drop = depth >= limit
        else:
            drop = depth >= limit
            depth += 1
        if drop:
            out.append(html[last : m.start()])
            out.append(" ")
            last = m.end()
    out.append(html[last:])
    return "".join(out)


def _parse(html: str) -> Any:
    try:
        from lxml import etree
    except ImportError:
        raise ConfigError(INSTALL_HINT) from None
    data = _XML_DECL.sub("", html, count=1).encode("utf-8", "replace")
    if not data.strip():
        return None
    parser = etree.HTMLParser(
        encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True, no_network=True
    )
    root = etree.fromstring(data, parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # the page nests deeper than libxml2 follows and the rest of it was dropped:
        # flatten the excess nesting and parse again
        data = _flatten(data.decode("utf-8"), MAX_DEPTH).encode("utf-8")
        parser = etree.HTMLParser(
            encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True
        )
        root = etree.fromstring(data, parser)
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            raise InputError("HTML nested too deeply to read")
    return root


# ---------------------------------------------------------------------------------------------
# render


@dataclass(slots=True)
class _Element:
    """A block-level element as the walk saw it (indexed in document order)."""

    tag: str
    parent: int
    zone: int  # index of the innermost furniture element around it (itself included), or -1
    zone_note: str
    weight: int  # id/class word weight: +25 article-like, -25 furniture-like, 0 neither
    name: str  # "id=..." or "class=..." (the first 40 characters), or "" (see label)
    end: int = -1  # last element index inside it (set when it closes)
    text_len: int = 0
    link_len: int = 0
    score: float = 0.0
    good: int = 0  # characters of paragraph text inside it (see _credit)
    figure: int = -1  # index of the innermost <figure> around it (itself included), or -1
    furniture: int = -1  # the same for an element with a furniture id/class word
    furniture_note: str = ""
    blocks: int = 0  # blocks inside it
    rzone: int = -1  # the zone as rendered (the selection can lift a zone: see _lift_zones)
    rnote: str = ""

    @property
    def label(self) -> str:
        """The element as notes name it: ``<div id=comments>``, ``<p>``."""
        return f"<{self.tag} {self.name}>" if self.name else f"<{self.tag}>"


class Block(NamedTuple):
    """One rendered block: ``page.text[start:end]``, with its features.

    Attributes:
        start, end: offsets in :attr:`Page.text`.
        tag: the block-level element that holds the text (``p``, ``li``, ``div``...).
        element: index of that element in :attr:`Page.elements`.
        link_chars: characters of the block inside ``<a>`` elements.
        chars: characters of text (without the separators between blocks).
    """

    start: int
    end: int
    tag: str
    element: int
    chars: int
    link_chars: int

    @property
    def link_density(self) -> float:
        """Share of the block's characters that are link text."""
        return self.link_chars / self.chars if self.chars else 0.0


@dataclass
class Page:
    """A rendered page: its visible text, the blocks of it and the block-level elements."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    elements: list[_Element] = field(default_factory=list)


_SPACES = re.compile(r"[ \t\n\r\f\v]+")
#: a line break (<br>) inside a block while it is collected; the parser has already replaced
#: any NUL of the page by U+FFFD, so it cannot collide with text
BR = "\x00"
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


#: the attributes that can hide an element
_HIDING = frozenset({"hidden", "aria-hidden", "style"})


def _hidden(el: Any, keys: list[str]) -> bool:
    if "hidden" in keys:
        return True
    if "aria-hidden" in keys and el.get("aria-hidden").strip().lower() == "true":
        return True
    return "style" in keys and _HIDDEN_STYLE.search(el.get("style")[:2000]) is not None


#: a <noscript> with at least this many elements inside is rendered (signal
#: noscript-holds-page): libxml2 reads ``<noscript><div></noscript>`` as HTML 4 does and puts
#: the rest of the page inside it, where a browser with scripts reads that markup as text
NOSCRIPT_PAGE = 50


def _holds_page(el: Any) -> bool:
    """True if ``el`` has NOSCRIPT_PAGE elements or more inside (stops counting there)."""
    return next(islice(el.iter(), NOSCRIPT_PAGE, None), None) is not None


#: never a comments container by their id/class words: themes put state classes on them
#: ("showing-comments", "comments-open" on <body>)
_PAGE_TAGS = frozenset({"html", "body"})


class _Renderer:
    """One walk over a parsed page (see :meth:`run`)."""

    def __init__(self, signals: frozenset[str]) -> None:
        self.roles = _roles()
        self.parts: list[str] = []
        self.size = 0
        self.page = Page("")
        self.open: list[int] = []  # block-level elements open, innermost last
        self.names: dict[tuple[str | None, str | None], tuple[str, int, bool, str]] = {}
        self.consent = "consent-words" in signals
        self.noscript = "noscript-holds-page" in signals

    def element(self, el: Any, tag: str, keys: list[str]) -> _Element:
        roles = self.roles
        elements = self.page.elements
        parent = self.open[-1] if self.open else -1
        index = len(elements)
        if parent >= 0:
            up = elements[parent]
            zone, note, figure = up.zone, up.zone_note, up.figure
            furniture, furniture_note = up.furniture, up.furniture_note
        else:
            zone, note, figure, furniture, furniture_note = -1, "", -1, -1, ""
        if tag == "figure":
            figure = index
        if tag in roles.zone_tags:
            zone, note = index, f"in <{tag}>"
        if not keys:
            return _Element(
                tag, parent, zone, note, 0, "", -1, 0, 0, 0.0, 0, figure, furniture,
                furniture_note, 0, zone, note,
            )  # fmt: skip
        get = el.get
        if "role" in keys and zone != index:
            role = get("role").strip().lower()
            if role in roles.zone_roles:
                zone, note = index, f'in role="{role}"'
        name, weight = "", 0
        if "id" in keys or "class" in keys:
            kind, weight, marked, name = self.words(get("id"), get("class"))
            if marked:
                furniture, furniture_note = index, f"in <{tag} {name}>"
            if kind and zone != index and tag not in _PAGE_TAGS:
                zone, note = index, f"in {kind} <{tag} {name}>"
        return _Element(
            tag,
            parent,
            zone,
            note,
            weight,
            name,
            -1,
            0,
            0,
            0.0,
            0,
            figure,
            furniture,
            furniture_note,
            0,
            zone,
            note,
        )

    def words(self, ident: str | None, cls: str | None) -> tuple[str, int, bool, str]:
        """(zone kind, weight, furniture?, name) of an element's id and class (cached: pages
        repeat them). The zone kind is ``COMMENTS`` or ``""``."""
        key = (ident, cls)
        found = self.names.get(key)
        if found is None:
            roles = self.roles
            names = f"{ident or ''} {cls or ''}"[:500].lower()
            comment = roles.comment.search(names) is not None
            kind = COMMENTS if comment else ""
            weight = 25 if roles.positive.search(names) else 0
            if (
                kind
                or roles.negative.search(names)
                or (self.consent and roles.consent.search(names) is not None)
            ):
                weight -= 25
            furniture = roles.furniture.search(names) is not None
            name = ""
            if ident:
                name = f"id={ident.strip()[:40]}"
            elif cls:
                name = f"class={cls.strip()[:40]}"
            found = self.names[key] = (kind, weight, furniture, name)
        return found

    def flush(self, pieces: list[str], link: int, pre: bool) -> None:
        """End the current block: its inline text ``pieces``, ``link`` characters of it in
        links."""
        raw = "".join(pieces)
        pieces.clear()
        if pre:
            text = raw.replace(BR, "\n").strip("\n")
        else:
            text = _SPACES.sub(" ", raw)
            if BR in text:
                text = "\n".join(s.strip() for s in text.split(BR) if s.strip())
            else:
                text = text.strip()
        if not text or text.isspace():
            return
        parts = self.parts
        start = self.size
        if parts:
            parts.append("\n\n")
            start += 2
        parts.append(text)
        chars = len(text)
        self.size = end = start + chars
        if chars < link:
            link = chars
        if self.open:  # added to the ancestors when the owner closes (see run)
            owner = self.open[-1]
            e = self.page.elements[owner]
            e.text_len += chars
            e.link_len += link
            e.blocks += 1
            block = (start, end, e.tag, owner, chars, link)
        else:
            block = (start, end, "html", -1, chars, link)
        self.page.blocks.append(tuple.__new__(Block, block))

    def run(self, root: Any) -> Page:
        """Walk the tree once (lxml's ``iterwalk``, start and end events) and render it.

        The inline text of the current block collects in ``pieces`` until the next block
        boundary; ``links`` and ``pre`` count the ``<a>`` and ``<pre>`` elements open, and
        ``kinds`` remembers, per open element, what its end event has to undo.
        """
        from lxml import etree

        skip, block = self.roles.skip, self.roles.block
        elements, opened = self.page.elements, self.open
        pieces: list[str] = []
        add = pieces.append
        links = pre = link_chars = 0
        kinds: list[int] = []  # per open element: 0 inline, 1 block, 2 link, 3 skipped, 4 pre
        push, pop = kinds.append, kinds.pop
        walker = etree.iterwalk(root, events=("start", "end"))
        skip_subtree = walker.skip_subtree
        for event, el in walker:
            if event == "end":
                kind = pop()
                if kind == 1 or kind == 4:
                    if pieces:
                        self.flush(pieces, link_chars, pre > 0)
                        link_chars = 0
                    closed = elements[opened.pop()]
                    closed.end = len(elements) - 1
                    if closed.parent >= 0:
                        up = elements[closed.parent]
                        up.text_len += closed.text_len
                        up.link_len += closed.link_len
                        up.blocks += closed.blocks
                    if kind == 4:
                        pre -= 1
                elif kind == 2:
                    links -= 1
                value = el.tail
            else:
                tag = el.tag
                if (tag in skip or not isinstance(tag, str)) and not (  # (a comment, an entity)
                    tag == "noscript" and self.noscript and _holds_page(el)
                ):
                    skip_subtree()
                    push(3)
                    continue
                keys = el.keys()
                if keys and _HIDING.intersection(keys) and _hidden(el, keys):
                    skip_subtree()
                    push(3)
                    continue
                if tag in block:
                    if pieces:
                        self.flush(pieces, link_chars, pre > 0)
                        link_chars = 0
                    info = self.element(el, tag, keys)
                    opened.append(len(elements))
                    elements.append(info)
                    if tag == "pre":
                        pre += 1
                        push(4)
                    else:
                        push(1)
                elif tag == "a":
                    links += 1
                    push(2)
                else:
                    if tag == "br":
                        add(BR)
                    push(0)
                value = el.text
            if value:
                if not pre and value.isspace():
                    if pieces:  # a space between inline elements; nothing before a block
                        add(" ")
                else:
                    add(value)
                    if links:
                        link_chars += len(value.strip())
        if pieces:
            self.flush(pieces, link_chars, pre > 0)
        self.page.text = "".join(self.parts)
        return self.page


def render(html: str | bytes, signals: frozenset[str] = SIGNALS) -> Page:
    """Parse ``html`` and render its visible text as blocks (see the module docstring).

    Raises :class:`~cleantext.errors.ConfigError` naming the extra to install if lxml is
    missing, :class:`TypeError` for input that is neither ``str`` nor ``bytes``.

    >>> render("<p>One <b>two</b></p><ul><li>a</li><li><a href=x>b</a></li></ul>").text
    'One two\\n\\na\\n\\nb'
    >>> render("").text
    ''
    """
    if isinstance(html, bytes | bytearray):
        html = decode_html(bytes(html))
    elif not isinstance(html, str):
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    root = _parse(html)
    if root is None:
        return Page("")
    return _Renderer(signals).run(root)


# ---------------------------------------------------------------------------------------------
# main content


def _credit(page: Page, signals: frozenset[str]) -> None:
    """Credit paragraph text to its container and the container's two ancestors; count the
    article-like paragraph text outside furniture zones in each element (``good``)."""
    elements = page.elements
    roles = _roles()
    for e in elements:  # a page can be judged again
        e.score, e.good = 0.0, 0
        e.zone, e.zone_note = e.rzone, e.rnote
    good: list[Block] = []
    for b in page.blocks:
        if b.element < 0 or b.chars < 25 or b.link_density > 0.5:
            continue
        text = page.text[b.start : b.end]
        points = 1 + text.count(",") + text.count("，") + min(b.chars / 100, 3.0)
        i = b.element
        if elements[i].tag in roles.paragraph or elements[i].end == i:
            i = elements[i].parent  # a paragraph, or a leaf <div> used as one
        for share in (1.0, 0.5, 1 / 3):
            if i < 0:
                break
            elements[i].score += points * share
            i = elements[i].parent
        if b.chars >= GOOD_CHARS and b.link_density < 0.3:
            good.append(b)
    if "zone-holds-article" in signals:
        _lift_zones(elements, good)
    for b in good:
        if elements[b.element].zone < 0:
            elements[b.element].good += b.chars
    for e in reversed(elements):  # children come after their parent: sum them up the tree
        if e.parent >= 0:
            elements[e.parent].good += e.good


def _lift_zones(elements: list[_Element], good: list[Block]) -> None:
    """Signal ``zone-holds-article``: a header-like zone (``liftable_zones``) around
    ZONE_ARTICLE_SHARE or more of the article-like paragraph text ``good`` is not furniture;
    the elements inside it take the zone around it, if any."""
    held: dict[int, int] = {}
    total = 0
    for b in good:
        total += b.chars
        z = elements[b.element].rzone
        while z >= 0:  # the zone and the zones around it
            held[z] = held.get(z, 0) + b.chars
            up = elements[z].parent
            z = elements[up].rzone if up >= 0 else -1
    notes = _roles().liftable
    lifted = {
        z for z, n in held.items() if n >= ZONE_ARTICLE_SHARE * total and elements[z].rnote in notes
    }
    if not lifted:
        return
    for i, e in enumerate(elements):
        z = e.rzone
        if z == i and i in lifted:
            around = elements[e.parent] if e.parent >= 0 else None
            e.zone, e.zone_note = (around.zone, around.zone_note) if around else (-1, "")
        elif 0 <= z < i:  # inside a zone: the zone's own verdict (decided before: z < i)
            e.zone, e.zone_note = elements[z].zone, elements[z].zone_note


def _main(page: Page, signals: frozenset[str] = SIGNALS) -> tuple[list[int], str]:
    """Indices of the elements that make up the main content (the best container first, then
    the siblings that score close to it and its twins), or ``[]`` if the page has no
    paragraph text; and ``"text-mass"`` if that signal grew the main content, else ``""``."""
    _credit(page, signals)
    elements = page.elements
    best, top = -1, 0.0
    fallback, fallback_top = -1, 0.0  # the best one inside page furniture
    for i, e in enumerate(elements):
        if e.score <= 0:
            continue
        density = e.link_len / e.text_len if e.text_len else 0.0
        e.score = (e.score + e.weight) * (1 - density)
        if e.zone >= 0:
            if e.score > fallback_top:
                fallback, fallback_top = i, e.score
        elif e.score > top:
            best, top = i, e.score
    if best < 0:
        best, top = fallback, fallback_top
    if best < 0:
        return [], ""
    best = _widen(elements, best)
    top = max(top, elements[best].score)
    parent = elements[best].parent
    if parent < 0:
        return [best], ""
    keep = [best]
    floor = max(10.0, top * 0.2)
    leaf_siblings = "sibling-paragraphs" in signals
    for i in range(parent + 1, elements[parent].end + 1):
        e = elements[i]
        if (
            e.parent == parent
            and i != best
            and (e.score >= floor or (leaf_siblings and e.end == i and e.good > 0))
        ):
            keep.append(i)
    keep += _twins(elements, best, keep)
    if "text-mass" in signals:
        grown = _text_mass(elements, keep)
        if grown is not keep:
            return grown, "text-mass"
    return keep, ""


def _text_mass(elements: list[_Element], keep: list[int]) -> list[int]:
    """Signal ``text-mass``: when the main content ``keep`` holds less than MASS_SHARE of the
    page's article-like paragraph text and the innermost element around MASS_HOLD of that
    text is an ancestor of the best container, the main content grows to that element (an
    article in modules of different kinds: a landing page, an interview in a page builder).
    Returns the new main content (``keep`` unchanged if the rule does not apply)."""
    total = sum(e.good for e in elements if e.parent < 0)
    flags = _span_flags(elements, keep)
    held = sum(elements[k].good for k in keep if flags[k] == ROOT)
    if not total or held >= MASS_SHARE * total:
        return keep
    mass = -1
    for i, e in enumerate(elements):  # they nest: the last one is the innermost
        if e.good >= MASS_HOLD * total and e.tag not in ("html", "body"):
            mass = i
    best = keep[0]
    if mass < 0 or not mass < best <= elements[mass].end:
        return keep
    end = elements[mass].end
    return [mass] + [k for k in keep if not mass <= k <= end]


def _twins(elements: list[_Element], best: int, keep: list[int]) -> list[int]:
    """The other chunks of an article split over several containers of the same kind (page
    builders put each text module in its own ``<div class=text>``): elements with the best
    container's tag and id/class, outside page furniture and not link furniture."""
    e = elements[best]
    if not e.name:
        return []
    inside = _span_flags(elements, keep)
    twins: list[int] = []
    until = -1  # the last element inside the twins found so far (they come in order)
    for i, t in enumerate(elements):
        if (
            i > until
            and t.name == e.name
            and t.tag == e.tag
            and t.zone < 0
            and t.good > 0
            and t.link_len < LINK_DENSE * t.text_len
            and not inside[i]
        ):
            twins.append(i)
            until = t.end
    return twins


def _widen(elements: list[_Element], best: int) -> int:
    """An ancestor (up to three levels up) of the best container that holds substantially
    more paragraph text than it, when the article is split over several containers."""
    region = a = best
    for _ in range(WIDEN_LEVELS):
        a = elements[a].parent
        if a < 0 or elements[a].tag in ("body", "html") or elements[a].zone >= 0:
            break
        if elements[a].good >= WIDEN_SHARE * elements[region].good:
            region = a
    return region


#: _span_flags values: outside the main content, the root of one of its spans, strictly inside
OUT, ROOT, INSIDE = 0, 1, 2


def _span_flags(elements: list[_Element], roots: list[int]) -> bytearray:
    """For each element: INSIDE if it is strictly inside the subtree of one of ``roots``,
    else ROOT if it is one of them, else OUT (linear in the number of elements: the subtrees
    of the roots are disjoint or nested, and each element is visited once)."""
    flags = bytearray(len(elements))
    until = -1
    for i in sorted(roots):
        end = elements[i].end
        if end > until:
            lo = max(i + 1, until + 1)
            flags[lo : end + 1] = bytes([INSIDE]) * (end + 1 - lo)
            until = end
    for i in roots:
        if not flags[i]:
            flags[i] = ROOT
    return flags


def _link_boxes(page: Page, flags: bytearray) -> list[int]:
    """For each element, the outermost link-dense box around it inside the main content (a
    container of several blocks with half of its text or more in links: teaser rails, "most
    read" lists, tag clouds), or -1. The main content's own elements are never boxes."""
    elements = page.elements
    boxes = [-1] * len(elements)
    for i, e in enumerate(elements):
        box = boxes[e.parent] if e.parent >= 0 else -1
        if (
            box < 0
            and e.blocks >= BOX_BLOCKS
            and e.link_len >= LINK_DENSE * e.text_len
            and flags[i] == INSIDE
        ):
            box = i
        boxes[i] = box
    return boxes


class _Leads(NamedTuple):
    """Where the article's lead can be (signal ``article-lead``, see :func:`_leads`)."""

    best: int
    headers: set[int]
    around: list[int]


def _leads(elements: list[_Element], best: int) -> _Leads:
    """The ancestors of the best container ``best`` that hold its article (its
    ``<article>``/``<main>`` ancestors and its LEAD_LEVELS closest ancestors, below
    ``<body>``), and the ``<header>`` elements among their children before it."""
    around: list[int] = []
    i = elements[best].parent
    while i >= 0 and elements[i].tag not in _PAGE_TAGS:
        if elements[i].tag in ("article", "main") or len(around) < LEAD_LEVELS:
            around.append(i)
        i = elements[i].parent
    scope = set(around)
    headers = {
        e.zone
        for e in elements[:best]
        if e.zone >= 0
        and e.parent in scope
        and e.end < best
        and elements[e.zone] is e
        and e.tag == "header"
    }
    return _Leads(best, headers, around)


def _is_lead(b: Block, e: _Element, leads: _Leads, elements: list[_Element]) -> bool:
    """A paragraph of article-like text (a ``<p>`` of GOOD_CHARS or more, few links) before
    the main content, in the article's header or, outside furniture and figures, in the
    ancestors that hold the article (see _leads): its standfirst, intro or excerpt. (After
    the main content, such paragraphs are mostly author bios and notices: not kept.)"""
    if e.tag != "p" or b.chars < GOOD_CHARS or b.link_density >= 0.3:
        return False
    if e.zone in leads.headers:
        return True
    i = b.element
    return (
        i < leads.best
        and e.zone < 0
        and e.furniture < 0
        and e.figure < 0
        and any(a < i <= elements[a].end for a in leads.around)
    )


def _block_note(
    page: Page,
    b: Block,
    flags: bytearray,
    boxes: list[int],
    main: str,
    leads: _Leads | None,
    signals: frozenset[str],
) -> tuple[str, str] | None:
    """(rule, note) if block ``b`` is to be dropped, else None. ``flags`` place each element
    relative to the main content (see _span_flags); ``main`` is the label of the main
    content's container (named in the notes of the blocks outside it); ``leads`` says where
    the article's lead paragraphs can be (see _leads), if that signal is on; ``signals`` the
    signals on."""
    elements = page.elements
    if b.element < 0:
        return OUTSIDE.name, "outside the main content"
    e = elements[b.element]
    if flags[b.element] == OUT:
        if leads and _is_lead(b, e, leads, elements):
            return None
        return OUTSIDE.name, e.zone_note or f"outside the main content {main}".rstrip()
    # (the main content's own elements are never furniture: INSIDE, not ROOT)
    if e.zone >= 0 and flags[e.zone] == INSIDE:
        return MARKUP.name, e.zone_note
    if e.furniture >= 0 and flags[e.furniture] == INSIDE:
        return MARKUP.name, e.furniture_note
    if b.link_density >= LINK_DENSE:
        return MARKUP.name, f"link density {b.link_density:.2f}"
    if boxes[b.element] >= 0 and not (
        "paragraph-in-link-box" in signals and b.chars >= GOOD_CHARS and b.link_density < 0.3
    ):
        box = elements[boxes[b.element]]
        return MARKUP.name, f"in a link-dense box {box.label} ({box.link_len / box.text_len:.2f})"
    if e.tag == "h1":
        return MARKUP.name, "headline <h1>"
    if e.tag == "figcaption" or (e.figure >= 0 and flags[e.figure] != OUT):
        return MARKUP.name, "caption (in <figure>)"
    return None


_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: a heading this long or longer is a paragraph set as a heading: never an orphan
ORPHAN_CHARS = 80


def _orphan_headings(
    blocks: list[Block], verdicts: list[tuple[str, str] | None], dropped: list[bool]
) -> None:
    """Signal ``orphan-heading``: a kept heading (shorter than ORPHAN_CHARS) whose section
    lost all its text (the next kept block is a heading of the same or a higher level, or
    there is none) titled page furniture ("Related articles", "Share this"): dropped too.
    One pass from the end; updates ``verdicts`` and ``dropped`` in place."""
    after = 0  # level of the next kept block if it is a heading, 7 for text, 0 for none
    for n in range(len(blocks) - 1, -1, -1):
        if dropped[n]:
            continue
        b = blocks[n]
        level = _LEVELS.get(b.tag, 7)
        if level < 7 and after <= level and b.chars < ORPHAN_CHARS:
            verdicts[n] = (MARKUP.name, f"heading <{b.tag}> without text after it")
            dropped[n] = True
            continue
        after = level


def select_edits(
    page: Page, enabled: frozenset[str] | None = None, signals: frozenset[str] = SIGNALS
) -> list[Edit]:
    """Edits that remove every block of ``page`` but the main content.

    One edit per dropped block; its ``note`` names the signal. ``enabled`` limits the rules
    (default: both :data:`OUTSIDE` and :data:`MARKUP`); ``signals`` the optional signals
    (default: all of :data:`SIGNALS`).
    """
    if enabled is None:
        enabled = frozenset({OUTSIDE.name, MARKUP.name})
    keep, grown = _main(page, signals)
    main = page.elements[keep[0]].label if keep else ""
    if grown:  # the signal that chose the container is named in the notes
        main += f" ({grown})"
    if not keep and page.elements:  # no paragraph anywhere: judge blocks by markup alone
        keep = [0]
    flags = _span_flags(page.elements, keep)
    boxes = _link_boxes(page, flags)
    leads = _leads(page.elements, keep[0]) if keep and "article-lead" in signals else None
    verdicts = [_block_note(page, b, flags, boxes, main, leads, signals) for b in page.blocks]
    dropped = [v is not None and v[0] in enabled for v in verdicts]
    if "orphan-heading" in signals and MARKUP.name in enabled:
        _orphan_headings(page.blocks, verdicts, dropped)
    kept = [n for n, d in enumerate(dropped) if not d]
    last_kept = kept[-1] if kept else -1
    edits: list[Edit] = []
    text = page.text
    for n, b in enumerate(page.blocks):
        verdict = verdicts[n]
        if verdict is None or not dropped[n]:
            continue
        # a block takes the separator after it; after the last kept block, the one before it
        if n > last_kept:
            start, end = (page.blocks[n - 1].end if n else b.start), b.end
        else:
            start, end = b.start, page.blocks[n + 1].start
        # spans in the rendered text, which is the document's source: mapped already
        edits.append(
            Edit(verdict[0], start, end, text[start:end], "", "boilerplate", start, end, verdict[1])
        )
    return edits


def steps_after_extraction(text: str) -> tuple[str, ...]:
    """The steps to run on ``text``, the blocks the ``extract`` preset kept (one blank line
    apart): :data:`STEPS_AFTER_REPEATS` if a block of REPEAT_CHARS characters or more occurs
    twice, else :data:`STEPS_AFTER_EXTRACTION` (linear: one set of the blocks).

    >>> steps_after_extraction("A paragraph of the article, long enough.\\n\\nAnother one.")
    ('normalize', 'boilerplate', 'tidy')
    >>> "dedup-blocks" in steps_after_extraction("The same long paragraph, twice.\\n\\n" * 2)
    True
    """
    seen: set[str] = set()
    for block in text.split("\n\n"):
        block = block.strip()
        if len(block) >= REPEAT_CHARS:
            if block in seen:
                return STEPS_AFTER_REPEATS
            seen.add(block)
    return STEPS_AFTER_EXTRACTION


def iter_blocks(page: Page) -> Iterator[tuple[str, Block]]:
    """``(text, block)`` for every block of ``page`` (for inspection and tests)."""
    for b in page.blocks:
        yield page.text[b.start : b.end], b

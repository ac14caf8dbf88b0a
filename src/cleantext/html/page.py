"""Parse a page (lxml) and render its visible text as blocks with their structure features."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from operator import attrgetter
from typing import Any, NamedTuple

from cleantext.errors import InputError, MissingExtraError
from cleantext.html import script_data
from cleantext.html.decode import decode_html
from cleantext.html.json_ld import append_body, article_body, missing
from cleantext.html.signals import (
    COMMENTS,
    NOSCRIPT_PAGE,
    SIGNALS,
    load_roles,
    names_comments,
    names_content,
)

INSTALL_HINT = 'HTML input needs lxml: pip install "cleantext-scrape[html]"'

#: nesting deeper than this is flattened before parsing (libxml2 stops at 2048 levels and
#: drops the rest of the page; no real page nests half as deep)
MAX_DEPTH = 1000


_XML_DECL = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})[^>]{0,2000}?(/?)>")


def _flatten(html: str, limit: int) -> str:
    """Drop the tags nested deeper than ``limit`` (their text stays)."""
    void = load_roles().void_tags
    depth = 0
    out: list[str] = []
    last = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in void or m.group(3):
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


def _parser(etree: Any) -> Any:
    """A new lxml HTML parser as the page is read with: UTF-8 (the text is encoded so),
    comments and processing instructions dropped, no network, no id table (a parser per
    parse: its error log tells whether the page was cut)."""
    return etree.HTMLParser(
        encoding="utf-8",
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        collect_ids=False,
    )


_HTML_END = re.compile(rb"</html\s*>", re.IGNORECASE)


def _stray_ends(data: bytes) -> bytes:
    """Signal ``stray-html-end``: the page ``data`` without its ``</html>`` end tags when
    anything but spaces follows one (libxml2 stops reading at ``</html>`` and drops the rest
    of the page; a browser ignores the tag and renders what follows in the body: a theme's
    stray ``</html>`` halfway through the article); else ``data`` itself. One scan of the
    bytes, only when the parsed tree may lack the page's end (see _cut_short).

    >>> _stray_ends(b"<p>a</p></html><p>b</p></HTML>")
    b'<p>a</p><p>b</p>'
    >>> _stray_ends(b"<p>a</p></html>\\n")
    b'<p>a</p></html>\\n'
    """
    m = _HTML_END.search(data)
    if m is None or m.end() == len(data) or data[m.end() :].isspace():
        return data
    return _HTML_END.sub(b"", data)


#: a start tag's name (signal stray-html-end)
_START = re.compile(rb"<([A-Za-z][A-Za-z0-9:-]{0,40})")
#: _cut_short looks back over this many tags at most
BACK_TAGS = 50


def _cut_short(root: Any, data: bytes) -> bool:
    """Signal ``stray-html-end``: the tree ``root`` parsed from ``data`` may lack part of the
    page: after the page's last ``</html>`` comes a start tag of a shown element (not a
    script or a style), or the tree's last element (in document order) is not the last
    start tag before it (its name and the start of its text; looked for from the end back
    over BACK_TAGS tags at most). Cheap: a few searches near the page's end and a walk down
    the tree's last children; only then is the whole page searched for a stray ``</html>``
    (see _stray_ends). A false alarm costs that search only.

    >>> from lxml import etree
    >>> def cut(data): return _cut_short(etree.fromstring(data, _parser(etree)), data)
    >>> cut(b"<div><p>a</p></html><p>b</p></div></html>"), cut(b"<p>a</p></html><p>b</p>")
    (True, True)
    >>> cut(b"<div><p>a</p><p>b</p></div><!-- end --></html><script>x</script>")
    False
    """
    end = data.rfind(b"</html")
    if end < 0:
        end = data.rfind(b"</HTML")
        if end < 0:
            return False
    if _SHOWN_TAG.search(data, end + 6) is not None:
        return True
    last = root
    while len(last):
        last = last[-1]
    for _ in range(BACK_TAGS):
        end = data.rfind(b"<", 0, end)
        if end < 0:
            return False
        m = _START.match(data, end)
        if m is not None:
            if m.group(1).decode("ascii").lower() != last.tag:
                return True
            close = data.find(b">", m.end())
            text = (last.text or "").encode("utf-8")[:16]
            return close < 0 or not data.startswith(text, close + 1)
    return True


#: a start tag of an element that is shown (signal stray-html-end)
_SHOWN_TAG = re.compile(rb"<(?!(?:script|style|link|meta|noscript|iframe|img)\b)[A-Za-z]", re.I)


def _parse(html: str, strays: bool = False) -> Any:
    try:
        from lxml import etree
    except ImportError:
        raise MissingExtraError(INSTALL_HINT, name="lxml") from None
    data = _XML_DECL.sub("", html, count=1).encode("utf-8", "replace")
    if not data or data.isspace():  # (no copy of the page, unlike strip)
        return None
    parser = _parser(etree)
    root = etree.fromstring(data, parser)
    if strays and _cut_short(root, data) and (whole := _stray_ends(data)) is not data:
        data = whole  # signal stray-html-end: parsed again without the </html> tags
        parser = _parser(etree)
        root = etree.fromstring(data, parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # the page nests deeper than libxml2 follows and the rest of it was dropped:
        # flatten the excess nesting and parse again
        data = _flatten(data.decode("utf-8"), MAX_DEPTH).encode("utf-8")
        parser = _parser(etree)
        root = etree.fromstring(data, parser)
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            raise InputError("HTML nested too deeply to read")
    return root


# ---------------------------------------------------------------------------------------------
# render


@dataclass(slots=True)
class Element:
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
    elements: list[Element] = field(default_factory=list)
    #: characters inside ``<time>`` elements, by block index (blocks with any; signal
    #: ``date-lines``)
    dates: dict[int, int] = field(default_factory=dict)
    #: indices of the ``<form>`` elements (signal ``form-furniture``)
    forms: list[int] = field(default_factory=list)
    #: indices of the elements with a consent id/class word, ``<html>`` and ``<body>`` aside
    #: (signal ``consent-dialogs``)
    dialogs: list[int] = field(default_factory=list)
    #: for each ``<img>``, the index of the block-level element around it (signal
    #: ``image-caption``)
    images: list[int] = field(default_factory=list)
    #: for each ``<img>`` inside an ``<a>`` (a thumbnail that links elsewhere), the index of
    #: the block-level element around it (signal ``teaser-cards``)
    thumbs: list[int] = field(default_factory=list)
    #: the ``<li>`` elements of a ``<ul>`` or ``<ol>`` (signal ``link-list``)
    items: list[int] = field(default_factory=list)
    #: the ``<blockquote>`` elements inside a ``<figure>`` (signal ``figure-quote``)
    quotes: list[int] = field(default_factory=list)
    #: the innermost ``<article>`` around each heading that is all link, once a heading
    #: (signal ``teaser-articles``: a card of a list of other stories)
    linked: list[int] = field(default_factory=list)
    #: the text of the JSON-LD scripts that state an ``articleBody`` (signal
    #: ``json-ld-body``)
    ld_scripts: list[str] = field(default_factory=list)
    #: the text of the scripts that hold a framework's page data (signal
    #: ``script-data-body``)
    data_scripts: list[str] = field(default_factory=list)
    #: the outermost hidden elements, not rendered (lxml elements; signal ``hidden-prose``)
    hidden: list[Any] = field(default_factory=list)
    #: the ``<iframe srcdoc>`` elements, not rendered (lxml elements; signal
    #: ``srcdoc-frames``)
    frames: list[Any] = field(default_factory=list)


#: a block's characters (its ``end - start``: the one place blocks are made, ``flush``, sets both)
_CHARS = attrgetter("chars")

#: the type of a JSON-LD script (signal json-ld-body)
_LD_TYPE = "application/ld+json"
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


def _is_ld_type(value: str, loose: bool) -> bool:
    """``value``, a ``<script>``'s type, is JSON-LD's. With ``loose`` (signal
    ``ld-json-type``), as a MIME type: in any case and with parameters
    (``application/LD+JSON``, ``application/ld+json; charset=utf-8``), as browsers and
    schema.org readers take it; else only exactly (spaces around it aside).

    >>> types = ("application/ld+json; charset=utf-8", " Application/LD+JSON ")
    >>> [_is_ld_type(t, True) for t in types], [_is_ld_type(t, False) for t in types]
    ([True, True], [False, False])
    >>> _is_ld_type(" application/ld+json ", False)
    True
    >>> _is_ld_type("application/json", True)
    False
    """
    if loose:
        return value.split(";", 1)[0].strip().lower() == _LD_TYPE
    return value.strip() == _LD_TYPE


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


def _streamed(el: Any, keys: list[str], prefixes: tuple[str, ...]) -> bool:
    """Signal ``streamed-segments``: ``el`` is a ``<div hidden>`` whose id starts with one of
    ``prefixes`` (React's streaming server rendering: ``<div hidden id="S:1">`` holds a late
    part of the page, often the whole article, until a script moves it into place).

    >>> from lxml import html
    >>> [_streamed(e, e.keys(), ("S:",)) for e in html.fromstring(
    ...     '<div><div hidden id="S:1a">x</div><div hidden id="S">y</div></div>')]
    [True, False]
    """
    return (
        el.tag == "div"
        and "hidden" in keys
        and "id" in keys
        and el.get("id").startswith(prefixes)
        and "aria-hidden" not in keys
        and "style" not in keys
    )


#: a read-more control's text is at most this long (signal read-more-toggle)
TOGGLE_CHARS = 60


#: a read-more control has fewer elements than this, itself included (signal
#: read-more-toggle: a button, its wrapper, an icon)
TOGGLE_ELEMENTS = 6


def _short_text(el: Any, limit: int) -> str | None:
    """The text of ``el`` (its pieces joined by spaces) if under ``limit`` characters and in
    fewer than TOGGLE_ELEMENTS elements, else None (stops reading there)."""
    # (its children alone may be too many: no walk; else its elements are counted)
    if len(el) >= TOGGLE_ELEMENTS:
        return None
    if next(islice(el.iter(), TOGGLE_ELEMENTS, None), None) is not None:
        return None
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece)
        if size > limit * 4:  # (spaces aside: markup whitespace around a button's label)
            return None
        parts.append(piece)
    text = " ".join(" ".join(parts).split())
    return text if len(text) <= limit else None


@lru_cache(maxsize=1)
def _read_more_keys() -> frozenset[str]:
    """The ``[read-more]`` lines of boilerplate.toml as ``normalize_line`` gives them (signal
    ``read-more-toggle``)."""
    from cleantext.boilerplate.patterns import normalize_line
    from cleantext.data import boilerplate_table

    return frozenset(normalize_line(s) for s in boilerplate_table()["read-more"]["lines"])


def _toggled(el: Any) -> bool:
    """Signal ``read-more-toggle``: the hidden element ``el`` or its parent has a sibling
    element right before or after it whose text is a read-more line of boilerplate.toml
    (``[read-more]``: "Continue reading", "Read more", "Weiterlesen"), under TOGGLE_CHARS: a
    control that shows the rest of the text ``el`` holds, when clicked. An element without
    children and under TOGGLE_CHARS of text (an icon, a label) is passed over.

    >>> from lxml import html
    >>> two = "The second half of the story, which a click on the button shows. " * 2
    >>> page = html.fromstring(f'<div><p>One.<span id=a style="display:none">{two}</span></p>'
    ...                        '<button>Read more</button><p>Three.</p><div id=b hidden>x</div>'
    ...                        '</div>')
    >>> _toggled(page.get_element_by_id("a")), _toggled(page.get_element_by_id("b"))
    (True, False)
    """
    if not len(el) and len(el.text or "") < TOGGLE_CHARS:  # an icon, a label: no text hidden
        return False
    from cleantext.boilerplate.patterns import normalize_line

    keys = _read_more_keys()
    node = el
    for _ in range(2):
        for near in (node.getnext(), node.getprevious()):
            if near is None or not isinstance(near.tag, str):
                continue
            text = _short_text(near, TOGGLE_CHARS)
            if text and normalize_line(text) in keys:
                return True
        node = node.getparent()
        if node is None:
            break
    return False


_D_NONE = re.compile(r"(?<![\w-])d-none(?![\w-])")
_D_SHOWN = re.compile(r"(?<![\w-])d-(?:sm|md|lg|xl|xxl)-(?!none)")


def _screen_hidden(cls: str) -> bool:
    """Signal ``hidden-class``: the class list hides the element on every screen (Bootstrap's
    ``d-none`` without a ``d-md-block``-like class that shows it from some width on; a
    ``d-print-block`` shows it in print only)."""
    cls = cls[:NAME_CHARS]
    return _D_NONE.search(cls) is not None and _D_SHOWN.search(cls) is None


def _holds_page(el: Any) -> bool:
    """True if ``el`` has NOSCRIPT_PAGE elements or more inside (stops counting there)."""
    return next(islice(el.iter(), NOSCRIPT_PAGE, None), None) is not None


#: id and class values are read up to this many characters (the words are looked for in the
#: first 500 of both together; the name in the notes is the first 40 after spaces)
NAME_CHARS = 1000


#: a lower-case letter followed by an upper-case one: the word boundary inside a camelCase name
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: the word lists read in camelCase names: furniture and score-lowering words only
CAMEL_BITS = 4 | 16


@lru_cache(maxsize=8192)
def _words(
    ident: str | None,
    cls: str | None,
    consent: bool,
    comment_tokens: bool,
    camel: bool = False,
    states: bool = False,
) -> tuple[str, int, bool, str, bool]:
    """(zone kind, weight, furniture?, name, consent?) of an element's id and class; the zone
    kind is ``COMMENTS`` or ``""``; consent? is True when a word of ``consent_words`` is in
    them (signal ``consent-dialogs``, whatever ``consent`` says). Cached across pages
    (bounded): pages and sites repeat the same names (``entry-content``, ``container``,
    ``row``), and the answer depends on them and on the four signals only (consent-words,
    comment-tokens, camel-case-words, comment-states)."""
    roles = load_roles()
    raw = f"{ident or ''} {cls or ''}"[:500]
    names = raw.lower()
    name = ""
    if ident:
        name = f"id={ident.strip()[:40]}"
    elif cls:
        name = f"class={cls.strip()[:40]}"
    bits = 0  # the word lists that have a word in the names (one scan: see WORD_BITS)
    word_bits = roles.word_bits
    for m in roles.any_word.finditer(names):
        bits |= word_bits[m.group(1)]
    if camel and raw != names:  # signal camel-case-words: newsCaption, relatedPosts
        split = _CAMEL.sub("-", raw)
        if split != raw:  # the words of camelCase names, but never a comments container
            for m in roles.any_word.finditer(split.lower()):
                bits |= word_bits[m.group(1)] & CAMEL_BITS
    if not bits:  # none of the word lists: most names
        return "", 0, False, name, False
    comment = bits & 1 != 0
    if comment and comment_tokens:  # (the word somewhere: is it a head or tail?)
        comment = any(names_comments(t, roles, states) for t in names.split())
    kind = COMMENTS if comment else ""
    weight = 25 if bits & 2 else 0
    if kind or bits & 4 or (consent and bits & 8):
        weight -= 25
    return kind, weight, bits & 16 != 0, name, bits & 8 != 0


def _holds_body(head: Any, block: frozenset[str]) -> bool:
    """Signal ``head-holds-body``: a child of the ``<head>`` element ``head`` is a block-level
    element (libxml2 leaves an HTML5 element it does not know, ``<article>``, ``<main>``,
    ``<header>``, inside the ``<head>`` of a page without a ``<body>`` tag, with all of the
    page after it): the head is walked, its metadata elements still skipped one by one.

    >>> from lxml import etree
    >>> root = etree.fromstring("<meta charset=utf-8><main><p>Hi</p></main>", etree.HTMLParser())
    >>> _holds_body(root[0], frozenset({"main"})), root[0].tag
    (True, 'head')
    >>> root = etree.fromstring("<title>T</title><p>Hi</p>", etree.HTMLParser())
    >>> _holds_body(root[0], frozenset({"main", "p"}))
    False
    """
    return next(head.iterchildren(*block), None) is not None


def _shadow_root(el: Any) -> bool:
    """Signal ``shadow-root``: the ``<template>`` element ``el`` is a declarative shadow root
    (``shadowrootmode="open"``, or the older ``shadowroot``): a browser shows its content
    as its parent's, not as inert markup.

    >>> from lxml import etree
    >>> root = etree.fromstring("<div><template shadowrootmode=open><p>Hi</p></template>"
    ...                         "<template id=row><p>Row</p></template></div>", etree.HTMLParser())
    >>> [_shadow_root(t) for t in root.iter("template")]
    [True, False]
    """
    return el.get("shadowrootmode") is not None or el.get("shadowroot") is not None


def _edit_control(text: str, controls: frozenset[str]) -> str:
    """Signal ``edit-controls``: the heading ``text`` without its last bracketed group when
    that group is only edit links (``controls``, several separated by ``|``) and text comes
    before it: a wiki's section edit links; else ``text``.

    >>> controls = frozenset({"edit", "bearbeiten", "quelltext bearbeiten"})
    >>> _edit_control("History[edit]", controls)
    'History'
    >>> _edit_control("Geschichte [Bearbeiten | Quelltext bearbeiten]", controls)
    'Geschichte'
    >>> _edit_control("Results [2019]", controls), _edit_control("[edit]", controls)
    ('Results [2019]', '[edit]')
    """
    start = text.rfind("[")
    head = text[:start].rstrip() if start > 0 else ""
    if not head or "]" in text[start:-1]:
        return text
    words = text[start + 1 : -1].split("|")
    if all(" ".join(w.split()).lower() in controls for w in words):
        return head
    return text


def _srcdoc_frames(frames: list[Any]) -> None:
    """Signal ``srcdoc-frames``: each ``<iframe srcdoc>`` of ``frames`` (the walk noted
    them) becomes the ``<div>`` of its document's body (its id and class kept), as a browser
    shows the frame's document in place; a frame in a frame's document is not rendered. One
    parse per frame; the page is walked again.

    >>> from lxml import etree
    >>> root = etree.fromstring('<div><iframe srcdoc="<p>Hi &amp;amp; bye</p>"></iframe>'
    ...                         '</div>', etree.HTMLParser())
    >>> _srcdoc_frames(list(root.iter("iframe"))); etree.tostring(root[0][0])
    b'<div><div><p>Hi &amp; bye</p></div></div>'
    """
    for frame in frames:
        doc = frame.get("srcdoc")
        body = _parse(doc) if doc else None
        if body is None:
            continue
        inner = body.find("body")
        if inner is None:
            inner = body
        keep = {k: frame.get(k) for k in ("id", "class") if frame.get(k) is not None}
        tail = frame.tail
        frame.clear()  # (its attributes, text, children and tail)
        frame.tag, frame.tail = "div", tail
        frame.attrib.update(keep)
        if inner.text and not inner.text.isspace():
            # (the body moved whole: its text is not set again, as lxml would check it for
            # XML, control characters and all)
            inner.tag, inner.tail = "div", None
            inner.attrib.clear()
            frame.append(inner)
        else:
            frame.extend(inner)


def _duration(el: Any) -> bool:
    """True if the ``<time>`` element ``el`` is a duration, not a date: its ``datetime`` is an
    ISO 8601 duration (``PT30M``) or its schema.org ``itemprop`` is one (``cookTime``,
    ``prepTime``, ``totalTime``: the durations end in "Time", the dates do not)."""
    return (el.get("datetime") or "").lstrip().startswith("P") or (
        el.get("itemprop") or ""
    ).strip().lower().endswith("time")


class _Renderer:
    """One walk over a parsed page (see :meth:`run`)."""

    def __init__(self, signals: frozenset[str]) -> None:
        self.roles = load_roles()
        self.parts: list[str] = []
        self.size = 0
        self.page = Page("")
        self.open: list[int] = []  # block-level elements open, innermost last
        self.articles: list[int] = []  # the <article> elements open, innermost last
        self.consent = "consent-words" in signals
        self.dialogs = "consent-dialogs" in signals
        self.named_content = "named-content" in signals
        self.toggles = "read-more-toggle" in signals
        self.amp = "amp-furniture" in signals
        self.open_dialog = "open-dialog" in signals
        self.shadow = "shadow-root" in signals
        self.frames = "srcdoc-frames" in signals
        self.edit_controls = self.roles.edit_controls if "edit-controls" in signals else None
        self.noscript = "noscript-holds-page" in signals
        self.comment_tokens = "comment-tokens" in signals
        self.camel = "camel-case-words" in signals
        self.states = "comment-states" in signals
        # (the signals ``_words`` reads, in its order)
        self.word_signals = (self.consent, self.comment_tokens, self.camel, self.states)
        self.head = "head-holds-body" in signals
        self.streamed = self.roles.streamed_ids if "streamed-segments" in signals else ()
        self.ld_json = "json-ld-body" in signals
        self.ld_loose = "ld-json-type" in signals
        self.script_data = "script-data-body" in signals
        self.state = self.script_data and "state-scripts" in signals
        self.buttons = "widget-roles" in signals
        self.dnone = "hidden-class" in signals
        self.time_tag = "time" if "date-lines" in signals else ""
        self.timed = 0  # characters inside <time> in the current block

    def element(self, el: Any, tag: str, keys: list[str]) -> Element:
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
        elif tag == "form":
            self.page.forms.append(index)
        elif tag == "li" and parent >= 0 and elements[parent].tag in roles.lists:
            self.page.items.append(index)
        elif tag == "blockquote" and figure >= 0:
            self.page.quotes.append(index)
        elif tag == "article":
            self.articles.append(index)
        if tag in roles.zone_tags:
            zone, note = index, f"in <{tag}>"
        if not keys:
            return Element(
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
            # (``_words`` of a bounded prefix of each, written out: a call per element costs;
            # the cache keeps its keys, and the prefix is enough for the answer)
            ident, cls = get("id"), get("class")
            if ident and len(ident) > NAME_CHARS:
                ident = ident[:NAME_CHARS]
            if cls and len(cls) > NAME_CHARS:
                cls = cls[:NAME_CHARS]
            kind, weight, marked, name, consent = _words(ident, cls, *self.word_signals)
            if consent and self.dialogs and tag not in roles.page_tags and not self.named(el):
                self.page.dialogs.append(index)
            if marked:
                furniture, furniture_note = index, f"in <{tag} {name}>"
            if kind and zone != index and tag not in roles.page_tags:
                zone, note = index, f"in {kind} <{tag} {name}>"
        return Element(
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

    def named(self, el: Any) -> bool:
        """Signal ``named-content``: an id/class token of ``el`` names an article's content
        (see :func:`~cleantext.html.signals.names_content`)."""
        if not self.named_content:
            return False
        names = f"{el.get('id') or ''} {el.get('class') or ''}"[:500].lower()
        return names_content(names, self.roles)

    def ld_scripts(self, el: Any) -> None:
        """Keep the text of the JSON-LD ``<script>`` elements in ``el`` (itself, or in a
        ``<head>``) that state an ``articleBody`` (signal ``json-ld-body``), and of those
        that hold a framework's page data (signal ``script-data-body``)."""
        for script in el.iter("script"):
            text = script.text
            if not text:
                continue
            if (
                self.ld_json
                and "articleBody" in text
                and _is_ld_type(script.get("type", ""), self.ld_loose)
            ):
                self.page.ld_scripts.append(text)
            elif self.script_data and script_data.wanted(text, script):
                self.page.data_scripts.append(text)
            elif self.state and (value := script_data.assigned(text)) is not None:
                self.page.data_scripts.append(value)

    def flush(self, pieces: list[str], link: int, pre: bool) -> None:
        """End the current block: its inline text ``pieces``, ``link`` characters of it in
        links."""
        raw = "".join(pieces)
        pieces.clear()
        timed = self.timed
        if timed:
            self.timed = 0
        if pre:
            text = raw.replace(BR, "\n").strip("\n")
        else:
            # (a text with no two spaces in a row and no other white space, which
            # ``str.isprintable`` tells, is as ``_SPACES`` leaves it: most blocks)
            text = raw if "  " not in raw and raw.isprintable() else _SPACES.sub(" ", raw)
            if BR in text:
                text = "\n".join(s.strip() for s in text.split(BR) if s.strip())
            else:
                text = text.strip()
        if (
            text
            and text[-1] == "]"
            and self.edit_controls
            and self.open
            and self.page.elements[self.open[-1]].tag in self.roles.headings
        ):  # signal edit-controls
            cut = _edit_control(text, self.edit_controls)
            link = max(0, link - (len(text) - len(cut)))
            text = cut
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
        if timed:
            self.page.dates[len(self.page.blocks)] = min(timed, chars)
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

    def close_card(self, closed: Element) -> None:
        """Note an ``<article>`` closing, or a heading that is all link inside one (see
        :attr:`Page.linked`)."""
        if closed.tag == "article":
            self.articles.pop()
        elif self.articles and 0 < closed.text_len <= closed.link_len:
            self.page.linked.append(self.articles[-1])

    def run(self, root: Any) -> Page:
        """Walk the tree once (lxml's ``iterwalk``, start and end events) and render it.

        The inline text of the current block collects in ``pieces`` until the next block
        boundary; ``links`` and ``pre`` count the ``<a>`` and ``<pre>`` elements open, and
        ``kinds`` remembers, per open element, what its end event has to undo.
        """
        from lxml import etree

        skip, block = self.roles.skip, self.roles.block
        if self.amp:  # signal amp-furniture
            skip = skip | self.roles.amp_skip
        widget_roles = self.roles.widget_roles
        card_tags = self.roles.card_tags  # (the headings whose link makes an <article> a teaser)
        dnone = self.dnone
        elements, opened, images = self.page.elements, self.open, self.page.images
        hidden = self.page.hidden
        thumbs = self.page.thumbs
        pieces: list[str] = []
        add = pieces.append
        links = pre = link_chars = times = 0
        time_tag = self.time_tag
        # per open element: 0 inline, 1 block, 2 link, 3 skipped, 4 pre, 5 time
        kinds: list[int] = []
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
                    if closed.tag in card_tags:
                        self.close_card(closed)
                    if closed.parent >= 0:
                        up = elements[closed.parent]
                        up.text_len += closed.text_len
                        up.link_len += closed.link_len
                        up.blocks += closed.blocks
                    if kind == 4:
                        pre -= 1
                elif kind == 2:
                    links -= 1
                elif kind == 5:
                    times -= 1
                value = el.tail
            else:
                tag = el.tag
                if (tag in skip or not isinstance(tag, str)) and not (  # (a comment, an entity)
                    (tag == "noscript" and self.noscript and _holds_page(el))
                    or (tag == "head" and self.head and _holds_body(el, block))
                    or (tag == "dialog" and self.open_dialog and el.get("open") is not None)
                    or (tag == "template" and self.shadow and _shadow_root(el))
                ):
                    if (self.ld_json or self.script_data) and (tag == "script" or tag == "head"):
                        self.ld_scripts(el)
                    elif tag == "iframe" and self.frames and el.get("srcdoc"):
                        self.page.frames.append(el)
                    skip_subtree()
                    push(3)
                    continue
                keys = el.keys()
                if keys and (
                    (
                        (
                            not _HIDING.isdisjoint(keys)
                            and _hidden(el, keys)
                            and not (self.streamed and _streamed(el, keys, self.streamed))
                        )
                        or (
                            dnone
                            and "class" in keys
                            and "d-none" in (cls := el.get("class"))
                            and _screen_hidden(cls)
                        )
                    )
                    and not (self.toggles and _toggled(el))
                ):
                    hidden.append(el)  # (the outermost ones: their subtrees are skipped)
                    skip_subtree()
                    push(3)
                    continue
                if (
                    self.buttons
                    and "role" in keys
                    and el.get("role").strip().lower() in widget_roles
                ):
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
                elif tag == time_tag and not _duration(el):
                    times += 1
                    push(5)
                elif tag == "img" and opened:
                    images.append(opened[-1])
                    if links:
                        thumbs.append(opened[-1])
                    push(0)
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
                    if times:
                        self.timed += len(value.strip())
        if pieces:
            self.flush(pieces, link_chars, pre > 0)
        self.page.text = "".join(self.parts)
        return self.page


def render(html: str | bytes, signals: frozenset[str] = SIGNALS) -> Page:
    """Parse ``html`` and render its visible text as blocks (see the module docstring).

    Raises :class:`~cleantext.errors.MissingExtraError` (an ``ImportError``) naming the extra
    to install if lxml is missing, :class:`TypeError` for input that is neither ``str`` nor
    ``bytes``.

    >>> render("<p>One <b>two</b></p><ul><li>a</li><li><a href=x>b</a></li></ul>").text
    'One two\\n\\na\\n\\nb'
    >>> render("").text
    ''
    """
    if isinstance(html, bytes | bytearray):
        html = decode_html(bytes(html), "utf8-over-declared" in signals)
    elif not isinstance(html, str):
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    root = _parse(html, "stray-html-end" in signals)
    if root is None:
        return Page("")
    page = _Renderer(signals).run(root)
    if page.frames:  # signal srcdoc-frames: rendered again with the frames' documents
        _srcdoc_frames(page.frames)
        page = _Renderer(signals).run(root)
    if page.hidden and "hidden-prose" in signals:  # the article the page hides until loaded
        page = _hidden_prose(root, page, signals)
    if page.ld_scripts:  # signal json-ld-body: the article the DOM lacks, from its JSON-LD
        body = article_body(page.ld_scripts, "ld-item-lists" in signals)
        if body and missing(body, page.text):
            append_body(root, body)
            page = _Renderer(signals).run(root)
    if page.data_scripts:  # signal script-data-body: the article the DOM lacks, from its data
        page = _script_data_body(root, page, signals)
    if "shell-fallback" in signals:  # the article the DOM lacks, in its fallback markup
        page = _shell_fallback(root, page, signals)
    return page


def _hidden_prose(root: Any, page: Page, signals: frozenset[str]) -> Page:
    """Signal ``hidden-prose``: ``page`` again with its hidden elements that hold prose
    shown, when the rendered page has almost no prose and lacks that text, and what prose it
    has opens it (as for ``shell-fallback``): a page hidden until its scripts run (``<body
    style="display:none">``, ``<html style="visibility:hidden">``, a wrapper with
    ``aria-hidden="true"`` while a dialog is open, which hides nothing on screen); else
    ``page`` itself. One look at the blocks' lengths on a page with hidden elements; their
    text is read only on a page without prose.

    >>> text = "The bridge over the river closes for repairs next week. " * 12
    >>> render(f"<body style='display:none'><div><p>{text}</p></div></body>").text[:20]
    'The bridge over the '
    >>> render("<body><p>Hi.</p><div hidden><p>Loading...</p></div></body>").text
    'Hi.'
    """
    skip = load_roles().skip
    shown = _lacked_prose(page, ((el, _shown_text(el, skip)) for el in page.hidden))
    if not shown:
        return page
    for el in shown:
        for key in _HIDING:
            el.attrib.pop(key, None)
        if "d-none" in el.get("class", ""):
            el.set("class", _D_NONE.sub(" ", el.get("class")))
    return _Renderer(signals).run(root)


def _shown_text(el: Any, skip: frozenset[str]) -> str:
    """The text of ``el`` and its descendants but that of the elements of ``skip`` (scripts,
    styles), pieces joined by spaces."""
    parts = []
    for e in el.iter():
        if e.text and isinstance(e.tag, str) and e.tag not in skip:
            parts.append(e.text)
        if e.tail and e is not el:
            parts.append(e.tail)
    return " ".join(parts)


def _lacked_prose(page: Page, candidates: Iterable[tuple[Any, str]]) -> list[Any]:
    """The elements of ``candidates`` (each with its raw text, read only when asked) whose
    prose ``page`` lacks, as ``shell-fallback`` and ``hidden-prose`` show them: none on a page
    with prose (its blocks of script_data.PROSE_CHARS or more add up to script_data.MAX_PROSE
    characters); else each whose text is prose, over 1/script_data.DOM_SHARE times the page's,
    missing from the page, and opened by what prose it has (script_data.continues)."""
    prose = script_data.dom_prose(map(_CHARS, page.blocks))
    if prose >= script_data.MAX_PROSE:
        return []
    lacked = []
    for el, raw in candidates:
        text = script_data.text_of(raw)
        if (
            script_data.is_prose(text)
            and prose < script_data.DOM_SHARE * len(text)
            and missing(text, page.text)
            and script_data.continues([page.text[b.start : b.end] for b in page.blocks], text)
        ):
            lacked.append(el)
    return lacked


def _shell_fallback(root: Any, page: Page, signals: frozenset[str]) -> Page:
    """Signal ``shell-fallback``: ``page`` again with its ``<noscript>`` and ``<template>``
    elements that hold prose rendered as ``<div>`` elements, when the rendered page has
    almost no prose (its blocks of script_data.PROSE_CHARS or more add up to less than
    script_data.MAX_PROSE characters and script_data.DOM_SHARE of the element's text) and
    lacks that text, and what prose it has opens that text (script_data.continues: a
    paywall's teaser, not another story): a page whose script builds the article from
    markup it sends inert (a framework's ``<template>``, the ``<noscript>`` copy for
    crawlers); else ``page`` itself.
    Prose is :func:`script_data.is_prose` (BODY_CHARS long, sentences, little code): a
    "Please enable JavaScript" line or a tracking pixel is not. One walk of the tree, on such
    pages only.

    >>> text = "The bridge over the river closes for repairs next week. " * 12
    >>> render(f"<body><div id=app></div><noscript><p>{text}</p></noscript></body>").text[:20]
    'The bridge over the '
    >>> render("<body><noscript><p>Please enable JavaScript to use this site.</p></noscript>"
    ...        "</body>").text
    ''
    """
    fallbacks = root.iter(load_roles().fallback_tags)  # (not shown by a browser with scripts)
    shown = _lacked_prose(page, ((el, " ".join(el.itertext())) for el in fallbacks))
    if not shown:
        return page
    for el in shown:
        el.tag = "div"
    return _Renderer(signals).run(root)


def _script_data_body(root: Any, page: Page, signals: frozenset[str]) -> Page:
    """``page`` again with the article of its script data appended (see
    :mod:`cleantext.html.script_data`), or ``page`` itself if its DOM does not lack one."""
    prose = script_data.dom_prose(map(_CHARS, page.blocks))
    if prose >= script_data.MAX_PROSE:
        return page  # (the DOM shows an article: nothing is parsed)
    body, text = script_data.best_body(page.data_scripts, "script-data-split" in signals)
    if not body or prose >= script_data.DOM_SHARE * len(text) or not missing(text, page.text):
        return page
    if not script_data.continues([page.text[b.start : b.end] for b in page.blocks], text):
        return page
    append_body(root, body, script_data.BODY_ID)
    return _Renderer(signals).run(root)


def iter_blocks(page: Page) -> Iterator[tuple[str, Block]]:
    """``(text, block)`` for every block of ``page`` (for inspection and tests)."""
    for b in page.blocks:
        yield page.text[b.start : b.end], b

"""Signal ``json-ld-body``: the article a page states in its JSON-LD when its DOM lacks it.

News pages describe themselves in ``<script type="application/ld+json">`` (schema.org
``NewsArticle``); many put the whole text in its ``articleBody``. When the rendered page holds
none of that text past its start (a page whose body a script fills in, a paywall that sends
only the first paragraph to the DOM but the whole text to search engines), the body is
appended to the page as an ``<article id=json-ld-articleBody>`` of its own and competes for
the main content as any container does; the notes name it
(``outside the main content <article id=json-ld-articleBody>``).
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

#: an articleBody shorter than this is a summary, not the article
BODY_CHARS = 500
#: the words of each probe looked for in the rendered text
PROBE_WORDS = 6
#: where the probes start, as shares of the body's words: past the opening paragraph (a
#: paywall shows that one), so that a page whose DOM holds the article finds them
PROBES = (0.5, 0.75)
#: a body is in the page when this share of the distinct words of WORD_CHARS letters or more
#: of its second half is
KNOWN_SHARE = 0.5
WORD_CHARS = 5
_WORD = re.compile(r"\w+")
#: characters an XML tree cannot hold (controls, lone surrogates, non-characters): JSON can
#: spell them ("\\u0001", "\\ud800"), lxml refuses them
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: the id of the element that holds the body (the notes name it)
BODY_ID = "json-ld-articleBody"


def _bodies(value: Any, found: list[str], lists: bool = False) -> None:
    """Collect the string ``articleBody`` values anywhere in a parsed JSON-LD ``value``; with
    ``lists`` (signal ``ld-item-lists``), not inside an ``ItemList``'s ``itemListElement``
    (a list of other stories: related ones, a carousel)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            body = v.get("articleBody")
            if isinstance(body, str):
                found.append(body)
            stack.extend(
                x for k, x in v.items() if isinstance(x, dict | list) and not (lists and k == ITEMS)
            )
        elif isinstance(v, list):
            stack.extend(x for x in v if isinstance(x, dict | list))


#: the key of an ItemList's items (signal ld-item-lists)
ITEMS = "itemListElement"


def article_body(scripts: list[str], lists: bool = False) -> str:
    """The longest ``articleBody`` of the JSON-LD ``scripts`` (their text), HTML entities
    resolved; ``""`` if none is BODY_CHARS long or the JSON does not parse. With ``lists``
    (signal ``ld-item-lists``), the bodies of an ``ItemList``'s items are not looked at.

    >>> article_body(['{"@type": "NewsArticle", "articleBody": "' + "Word. " * 100 + '"}'])[:11]
    'Word. Word.'
    >>> article_body(['{"@graph": [{"articleBody": "Too short."}]}', "not json"])
    ''
    >>> listed = '{"itemListElement": [{"articleBody": "' + "Word. " * 100 + '"}]}'
    >>> len(article_body([listed])), article_body([listed], lists=True)
    (599, '')
    """
    found: list[str] = []
    for script in scripts:
        try:
            _bodies(json.loads(script), found, lists)
        except (ValueError, RecursionError):
            continue
    body = max(found, key=len, default="")
    if len(body) < BODY_CHARS:
        return ""
    return _NOT_XML.sub("", html.unescape(body)).strip()


def missing(body: str, text: str) -> bool:
    """True if the rendered ``text`` lacks ``body`` past its start: none of its probes
    (PROBE_WORDS words at each of PROBES, whitespace collapsed on both sides) is in the text,
    and neither are KNOWN_SHARE of the distinct words of WORD_CHARS letters or more of its
    second half (the same article, written with other punctuation: JSON-LD bodies drop
    apostrophes and quotes).

    >>> body = " ".join(f"word{i}" for i in range(40))
    >>> missing(body, "word0 word1 word2"), missing(body, body)
    (True, False)
    >>> missing(body, body.replace(" ", "' "))  # the words are there, the probes are not
    False
    """
    words = body.split()
    page = " ".join(text.split())
    for share in PROBES:
        at = int(len(words) * share)
        if " ".join(words[at : at + PROBE_WORDS]) in page:
            return False
    half = {w for w in _WORD.findall(body[len(body) // 2 :].lower()) if len(w) >= WORD_CHARS}
    if not half:
        return True
    known = set(_WORD.findall(page.lower()))
    return len(half & known) < KNOWN_SHARE * len(half)


def append_body(root: Any, body: str, ident: str = BODY_ID) -> None:
    """Append ``body`` to the page ``root`` (its ``<body>``, else the root) as an
    ``<article id=json-ld-articleBody>`` (or the id ``ident``): the HTML it holds if it is
    markup, else one ``<p>`` per line."""
    from lxml import etree
    from lxml import html as lxml_html

    host = next(root.iter("body"), root)
    article = etree.SubElement(host, "article", id=ident)
    if "<" in body:
        try:
            parts = lxml_html.fragments_fromstring(body)
        except (etree.LxmlError, ValueError):
            parts = [body]
        for part in parts:
            if isinstance(part, str):
                etree.SubElement(article, "p").text = part
            else:
                article.append(part)
        return
    for line in body.splitlines():
        if line.strip():
            etree.SubElement(article, "p").text = line.strip()

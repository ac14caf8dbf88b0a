"""Signal ``script-data-body``: the article a page's script data holds when its DOM lacks it.

A page built by a JavaScript framework can send its article only as data for a script: Next.js
puts the page's props in ``<script id="__NEXT_DATA__" type="application/json">`` (pages
router) or streams React Server Components rows with ``self.__next_f.push([1,"..."])``
(app router; a client component's HTML body comes as a text row ``24:T1b7b,<p>...``).
When the rendered DOM holds almost no prose (its blocks of PROSE_CHARS or more add up to
less than MAX_PROSE characters and DOM_SHARE of the candidate's text), lacks the candidate
(json_ld.missing) and what prose it has opens the candidate (:func:`continues`: a paywall's
teaser), the longest prose string of that data is appended as an
``<article id=script-data-body>`` and
competes for the main content, as a JSON-LD ``articleBody`` does (signal ``json-ld-body``).

The ids, prefixes, sentence ends and code characters are ``[script_data]`` in html.toml. Every
step is linear in the scripts' size: one JSON parse per script or row, one walk of each
parsed value, one scan of the stream for its rows; the parsing only runs on a page whose DOM
has too little prose.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, islice
from typing import Any

from cleantext.data import html_table
from cleantext.sentences import COUNTED_ENDS

#: the id of the element that holds the body (the notes name it)
BODY_ID = "script-data-body"
#: a string with less text than this is not an article
BODY_CHARS = 500
#: a prose string has this many sentence ends or more
MIN_SENTENCES = 3
#: a prose string has less than this share of code characters
CODE_SHARE = 0.01
#: the DOM's prose: its blocks of this many characters or more
PROSE_CHARS = 100
#: the DOM lacks the article when its prose is under this share of the candidate's text
DOM_SHARE = 0.5
#: and under this many characters (a teaser and a consent notice): a DOM with more prose
#: shows an article, and its scripts are not parsed (on the DEV pages built with Next.js
#: that show their article, the DOM's prose is 1,755 characters or more)
MAX_PROSE = 1000
#: continues: the prose blocks of the DOM looked for in the candidate, and the words of each
MATCH_BLOCKS = 20
PROBE_WORDS = 6
#: a tag in a string of HTML (no nesting: a tag holds no "<" or ">")
_TAG = re.compile(r"<[^<>]*>")
#: the start of a row of the stream: its hex id, a colon, "T" and the hex size for a text row
_ROW = re.compile(rb"[0-9a-fA-F]*:(?:T([0-9a-fA-F]{1,8}),)?")


#: script-data-split: a list with this many items with text or more is a body in parts
SPLIT_ITEMS = 3
#: script-data-split: how deep below a list item its text is read (a paragraph object, the
#: list of its spans, a span's text)
ITEM_DEPTH = 3


@dataclass(frozen=True)
class _Vocabulary:
    json_ids: frozenset[str]
    push_prefixes: tuple[str, ...]
    sentence_ends: re.Pattern[str]
    code_chars: re.Pattern[str]
    markup_keys: frozenset[str]
    state: re.Pattern[str]


@cache
def vocabulary() -> _Vocabulary:
    """The ``[script_data]`` lists of html.toml, read once (the sentence ends counted:
    ``sentences.COUNTED_ENDS``)."""
    data = html_table()["script_data"]
    return _Vocabulary(
        json_ids=frozenset(data["json_ids"]),
        push_prefixes=tuple(data["push_prefixes"]),
        sentence_ends=re.compile("|".join(re.escape(c) for c in COUNTED_ENDS)),
        code_chars=re.compile("|".join(re.escape(c) for c in data["code_chars"])),
        markup_keys=frozenset(data["markup_keys"]),
        state=re.compile(
            r"\s{0,200}(?:window\.|self\.|globalThis\.|var |let |const )?(?:"
            + "|".join(re.escape(n) for n in data["state_names"])
            + r")\s{0,20}=\s{0,20}"
        ),
    )


def wanted(text: str, script: Any) -> bool:
    """True if the ``<script>`` element ``script``, whose text is ``text``, holds data this
    signal reads (its id is only looked at when the text can be a JSON object or array)."""
    words = vocabulary()
    if text.startswith(words.push_prefixes):
        return True
    first = text[:1]
    return (first in ("{", "[") or first.isspace()) and script.get("id") in words.json_ids


def assigned(text: str) -> str | None:
    """Signal ``state-scripts``: the value a script ``text`` assigns to a state global of
    ``state_names`` (``window.__INITIAL_STATE__ = {...};``), from its start to the script's
    end (read by :func:`candidates`: the JSON up to where it ends, or the JSON in a
    ``JSON.parse("...")``), or None for another script. Only the script's start is matched.

    >>> assigned('window.__INITIAL_STATE__ = {"a": 1};')
    '{"a": 1};'
    >>> assigned('window.__INITIAL_STATE__ = JSON.parse("{}")')
    'JSON.parse("{}")'
    >>> assigned('var x = {"a": 1};'), assigned('window.__INITIAL_STATE__.a = 1')
    (None, None)
    """
    m = vocabulary().state.match(text)
    if not m:
        return None
    value = text[m.end() :]
    return value if value.startswith(("{", "[", _PARSE)) else None


#: a state global's value given as a JSON string to parse (state-scripts)
_PARSE = "JSON.parse("
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _strings(value: Any, found: list[str], split: bool = False) -> None:
    """Collect the strings of at least BODY_CHARS characters anywhere in a parsed JSON
    ``value`` (an explicit stack: no recursion limit) and, with ``split`` (signal
    ``script-data-split``), the bodies its lists hold in parts (see _joined)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            if len(v) >= BODY_CHARS:
                found.append(v)
        elif isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
            if split and len(v) >= SPLIT_ITEMS:
                joined = _joined(v)
                if joined:
                    found.append(joined)


def _joined(items: list[Any]) -> str:
    """Signal ``script-data-split``: the text of a list whose SPLIT_ITEMS or more ``items``
    hold text, each under BODY_CHARS (paragraph objects of a body sent in parts), one item a
    line, if it is BODY_CHARS long; else ``""`` (a list with an item long enough is not
    joined: that item is a candidate of its own)."""
    skip = vocabulary().markup_keys
    texts = []
    for item in items:
        text = _item_text(item, skip)
        if len(text) >= BODY_CHARS:
            return ""
        if text:
            texts.append(text)
    joined = "\n".join(texts)
    return joined if len(texts) >= SPLIT_ITEMS and len(joined) >= BODY_CHARS else ""


def _item_text(item: Any, skip: frozenset[str]) -> str:
    """The words of a list ``item``, in order: its strings with a space in them (a lone word
    is more often a type, a style or a mark than text), down to ITEM_DEPTH levels, but the
    values of ``skip`` keys (class names, addresses, types).

    >>> _item_text({"type": "p", "children": [{"text": "The bridge "}, {"text": "is shut."}]},
    ...            frozenset({"type"}))
    'The bridge is shut.'
    >>> _item_text(["$", "p", None, {"className": "a b", "children": "The bridge closes."}],
    ...            frozenset({"className"}))
    'The bridge closes.'
    """
    parts: list[str] = []
    stack: list[tuple[Any, int]] = [(item, ITEM_DEPTH)]
    while stack:
        v, depth = stack.pop()
        if isinstance(v, str):
            if " " in v.strip():
                parts.append(v.strip())
        elif depth and isinstance(v, dict):
            stack.extend((x, depth - 1) for k, x in reversed(v.items()) if k not in skip)
        elif depth and isinstance(v, list):
            stack.extend((x, depth - 1) for x in reversed(v))
    return " ".join(parts)


def _loads(text: str) -> Any:
    """The JSON value ``text`` starts with (what follows it is left: the ``;`` after a state
    global's value, see :func:`assigned`), read from the JSON string in a
    ``JSON.parse("...")`` if ``text`` is one; None if it is not JSON."""
    try:
        if text.startswith(_PARSE):
            inner = _DECODER.raw_decode(text, len(_PARSE))[0]
            return (
                _loads(inner) if isinstance(inner, str) and not inner.startswith(_PARSE) else None
            )
        return _DECODER.raw_decode(text, _SPACE.match(text).end())[0]  # type: ignore[union-attr]
    except (ValueError, RecursionError):
        return None


def _pushed(script: str, prefixes: tuple[str, ...]) -> str:
    """The string a ``self.__next_f.push([1,"..."])`` script appends; ``""`` for another."""
    for prefix in prefixes:
        if script.startswith(prefix):
            inner = script[len(prefix) :].rstrip().rstrip(";").rstrip()
            value = _loads(inner[:-1]) if inner.endswith(")") else None
            if isinstance(value, list) and len(value) == 2 and isinstance(value[1], str):
                return value[1]
    return ""


def _rows(stream: bytes) -> Iterator[bytes]:
    """The payloads of the rows of a React Server Components stream: a text row
    (``id:T<hex size>,``) is that many bytes, any other row runs to the end of its line."""
    at, size = 0, len(stream)
    while at < size:
        m = _ROW.match(stream, at)
        if m and m.group(1):
            start = m.end()
            at = start + int(m.group(1), 16)
            yield stream[start:at]
            continue
        start = m.end() if m else at
        end = stream.find(b"\n", start)
        at = size if end < 0 else end + 1
        yield stream[start : at if end < 0 else end]


def candidates(scripts: list[str], split: bool = False) -> list[str]:
    """The strings of BODY_CHARS or more in the ``scripts``' data: the values of their JSON,
    the text rows of the stream their pushes make and the values of its JSON rows; with
    ``split`` (signal ``script-data-split``), the bodies their lists hold in parts too.

    >>> text = "A sentence of the story. " * 30
    >>> [len(s) for s in candidates(['{"props": {"body": "' + text + '", "id": 3}}'])]
    [750]
    >>> push = 'self.__next_f.push([1,"5:T2ee,' + text + '"])'
    >>> candidates(['self.__next_f.push([0])', push])[0] == text
    True
    """
    prefixes = vocabulary().push_prefixes
    found: list[str] = []
    stream: list[str] = []
    for script in scripts:
        if script.startswith(prefixes):
            stream.append(_pushed(script, prefixes))
        else:
            _strings(_loads(script), found, split)
    for row in _rows("".join(stream).encode("utf-8", "surrogatepass")):
        text = row.decode("utf-8", "replace")
        if text[:1] in ("[", "{", '"'):
            _strings(_loads(text), found, split)
        elif len(text) >= BODY_CHARS:
            found.append(text)
    return found


def text_of(body: str) -> str:
    """``body`` with its HTML tags taken out (a space each), whitespace collapsed."""
    return " ".join(_TAG.sub(" ", body).split()) if "<" in body else " ".join(body.split())


def is_prose(text: str) -> bool:
    """True if ``text`` (tags out) reads as prose: BODY_CHARS long, MIN_SENTENCES sentence
    ends or more, under CODE_SHARE code characters.

    >>> is_prose("The bridge closes. " * 30), is_prose("a.b{c:d;e:f} " * 60)
    (True, False)
    """
    words = vocabulary()
    if len(text) < BODY_CHARS:
        return False
    if len(words.sentence_ends.findall(text)) < MIN_SENTENCES:
        return False
    return len(words.code_chars.findall(text)) < CODE_SHARE * len(text)


def best_body(scripts: list[str], split: bool = False) -> tuple[str, str]:
    """(body, its text) for the longest prose candidate of the ``scripts`` (with ``split``,
    signal ``script-data-split``, the bodies in parts count too); ``("", "")`` if there is
    none."""
    body, best = "", ""
    for candidate in candidates(scripts, split):
        text = text_of(candidate)
        if len(text) > len(best) and is_prose(text):
            body, best = candidate, text
    return body, best


def dom_prose(lengths: Iterable[int]) -> int:
    """The characters of the DOM's prose: its blocks (their ``lengths``) of PROSE_CHARS or
    more, counted up to MAX_PROSE (the callers ask whether the DOM has that much; the
    count stops on the block that reaches it, often one of a page's first paragraphs).

    >>> dom_prose([99, 100, 500]), dom_prose([600, 50, 700, 900])
    (600, 1300)
    """
    total = 0
    for total in accumulate(filter(PROSE_CHARS.__le__, lengths)):
        if total >= MAX_PROSE:
            break
    return total


def continues(blocks: list[str], text: str) -> bool:
    """True if ``text`` (whitespace collapsed) is the article the DOM's prose starts: the DOM
    has no prose, or the first PROBE_WORDS words of one of its first MATCH_BLOCKS prose
    ``blocks`` are in it (a paywall's opening paragraph; not another story).

    >>> continues(["Short."], "Any text."), continues(["The bridge closes. " * 9], "No.")
    (True, False)
    """
    prose = [b for b in islice((b for b in blocks if len(b) >= PROSE_CHARS), MATCH_BLOCKS)]
    return not prose or any(" ".join(b.split()[:PROBE_WORDS]) in text for b in prose)

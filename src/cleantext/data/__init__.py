"""Data files: patterns, word lists, abbreviations.

>>> sorted(boilerplate_table())[:2]
['ads', 'appeal']
>>> alternation(["Foto", "Foto von", "a.b"])
'Foto\\\\ von|Foto|a\\\\.b'
>>> sentence_ends()
'.!?…。！？؟।۔．｡॥။។៕։።፧།'
>>> clause_ends()
':;：；'
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

import regex

__all__ = [
    "alternation",
    "boilerplate_table",
    "clause_ends",
    "data_lines",
    "html_table",
    "sentence_ends",
    "sentences_table",
]


def boilerplate_table() -> dict[str, Any]:
    """The parsed ``boilerplate.toml``: a new copy each call, which the caller may change
    (callers cache what they build from it). The file is parsed once: some ten modules
    read it on first use, and a parse takes about 7 ms, a copy (``_copied``) 0.3 ms.

    >>> a = boilerplate_table()
    >>> a["credit"]["labels"].append("Bildnachweis-Test")
    >>> "Bildnachweis-Test" in boilerplate_table()["credit"]["labels"]
    False
    """
    table: dict[str, Any] = _copied(_parsed("boilerplate.toml"))
    return table


def _copied(value: Any) -> Any:
    """``copy.deepcopy`` of a parsed TOML value, without its memo and dispatch (a thirtieth
    of the time): new tables and arrays, the same leaves (TOML's strings, numbers, booleans
    and dates are immutable), and no object twice in a parse (no memo needed).

    >>> t = {"a": [1, {"b": "x"}], "c": True}
    >>> c = _copied(t); c == t, c["a"] is t["a"], c["a"][1] is t["a"][1]
    (True, False, False)
    """
    if type(value) is dict:
        return {k: _copied(v) for k, v in value.items()}
    if type(value) is list:
        return [_copied(v) for v in value]
    return value


@cache
def _parsed(name: str) -> dict[str, Any]:
    """The TOML data file ``name``, parsed once (shared: not to be changed by the caller)."""
    return tomllib.loads(files("cleantext.data").joinpath(name).read_text(encoding="utf-8"))


def html_table() -> dict[str, Any]:
    """The parsed ``html.toml`` (the HTML path's tags, id/class words and lists), read once
    for its three readers (``html/signals.py``, ``end_matter.py``, ``script_data.py``); not
    to be changed by the caller."""
    return _parsed("html.toml")


def data_lines(name: str) -> list[str]:
    """The lines of the text data file ``name`` that are neither blank nor a comment (``#``
    first): the word lists and patterns of ``abbreviations.txt``, ``code_lines.txt``,
    ``code_names.txt``, ``code_starts.txt``, ``code_topics.txt``, ``determiners.txt``,
    ``file_words.txt`` and ``hyphen_keep.txt``.

    >>> data_lines("abbreviations.txt")[:1]
    ['e.g']
    """
    text = files("cleantext.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def alternation(words: Iterable[str]) -> str:
    """``words`` as a regex alternation of literals, longest first (so that the longest of
    two words that start alike is the one matched)."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def sentences_table() -> dict[str, Any]:
    """The parsed ``sentences.toml``: the one set of sentence ends and its named views (read
    through :mod:`cleantext.sentences`, which gives them to the code as constants; not to be
    changed by the caller)."""
    return _parsed("sentences.toml")


def sentence_ends() -> str:
    """The characters that end a sentence (``ends`` of ``sentences.toml``), as one string: the
    one set the rules that look for a sentence's end share (:data:`cleantext.sentences.ENDS`)."""
    return "".join(sentences_table()["ends"])


def clause_ends() -> str:
    """The characters that end a clause and announce what follows (``clause_ends`` of
    ``sentences.toml``): with ``sentence_ends``, a line's "terminal" punctuation."""
    return "".join(sentences_table()["clause_ends"])

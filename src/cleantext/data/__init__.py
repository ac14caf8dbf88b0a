"""Data files: patterns, word lists, abbreviations.

>>> sorted(boilerplate_table())[:2]
['ads', 'appeal']
>>> alternation(["Foto", "Foto von", "a.b"])
'Foto\\\\ von|Foto|a\\\\.b'
>>> sentence_ends()
'.!?…。！？؟।۔．｡॥။។៕։።፧།'
>>> clause_ends()
':;'
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files
from typing import Any

import regex

__all__ = [
    "alternation",
    "boilerplate_table",
    "clause_ends",
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
    table: dict[str, Any] = _copied(_parsed_boilerplate())
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


@lru_cache(maxsize=1)
def _parsed_boilerplate() -> dict[str, Any]:
    text = files("cleantext.data").joinpath("boilerplate.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def alternation(words: Iterable[str]) -> str:
    """``words`` as a regex alternation of literals, longest first (so that the longest of
    two words that start alike is the one matched)."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def sentences_table() -> dict[str, Any]:
    """The parsed ``sentences.toml``: the one set of sentence ends and its named views (read
    through :mod:`cleantext.sentences`, which gives them to the code as constants; not to be
    changed by the caller)."""
    text = files("cleantext.data").joinpath("sentences.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def sentence_ends() -> str:
    """The characters that end a sentence (``ends`` of ``sentences.toml``), as one string: the
    one set the rules that look for a sentence's end share (:data:`cleantext.sentences.ENDS`)."""
    return "".join(sentences_table()["ends"])


def clause_ends() -> str:
    """The characters that end a clause and announce what follows (``clause_ends`` of
    ``sentences.toml``): with ``sentence_ends``, a line's "terminal" punctuation."""
    return "".join(sentences_table()["clause_ends"])

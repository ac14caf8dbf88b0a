"""Punctuation spacing: stray spaces before ``,``/``.``, doubled ``,,``/``..``, and a missing
space after a sentence-final period (``fin.Le début``).

Each fix is conservative: ``...`` and ``…`` stay, so do ``!!`` and ``??``, French spacing before
``! ? : ;`` is never touched, and no space is inserted inside URLs, e-mail addresses, domains,
file names, code (``System.Console``), numbers or abbreviations.

>>> from cleantext.edits import apply_edits
>>> t = "Bonjour , le monde .Yes,, no.. wait..."
>>> for fix in (space_before_punct, doubled_punct):
...     t = apply_edits(t, fix(t))
>>> t
'Bonjour, le monde .Yes, no. wait...'
>>> t = "C'est la fin.Le début, et www.example.Com et System.Console."
>>> apply_edits(t, missing_space_after_period(t))
"C'est la fin. Le début, et www.example.Com et System.Console."

A full stop between two words is a dotted name (``collections.Counter``, ``numpy.Array``) unless
something else marks a sentence's end: the word after it is a stopword of some language
(``ended.The``), one of the two words has a letter outside ASCII (names in code are ASCII:
``serré.Les``), prose surrounds it (``was close.Critics said``: a stopword but an article
before the first word, a word after the second, and no sign of code on the line, see
:func:`_prose_end`), or the text glued two other sentences with such a sign (it lost its
paragraph breaks). That the text writes the word after it in lowercase elsewhere is no sign:
a class is often named by a common noun (``obj.Value``, "the value"). A question mark needs
no sign.

>>> t = "Use collections.Counter here. It ended.The end."
>>> apply_edits(t, missing_space_after_period(t))
'Use collections.Counter here. It ended. The end.'
"""

from __future__ import annotations

from functools import lru_cache

import regex

from cleantext.data import data_lines
from cleantext.edits import Edit
from cleantext.normalizers._gate import Gate
from cleantext.normalizers._probe import Probe
from cleantext.normalizers._registry import implements
from cleantext.normalizers._util import line_windows, regex_edits_in
from cleantext.normalizers.capitalize import abbreviations, sentence_openers
from cleantext.rules import Rule, register

SPACE_BEFORE = register(
    Rule(
        "space-before-punct",
        "normalize",
        "Remove spaces before a comma or a full stop that ends a word.",
        examples=(("word , next", "word, next"), ("the end .", "the end.")),
        order=70,
    )
)
DOUBLED = register(
    Rule(
        "doubled-punct",
        "normalize",
        "Collapse ',,' and '..' after a word to one mark (keeps '...', '…', '!!', '??', "
        "paths such as '../' and ranges such as '1..5').",
        examples=(("yes,, no", "yes, no"), ("end.. Next", "end. Next")),
        order=80,
        feeds_line_local=False,
    )
)
MISSING_SPACE = register(
    Rule(
        "space-after-period",
        "normalize",
        "Insert a missing space after a full stop or question mark between a lowercase prose "
        "word and a capitalised prose word (never in URLs, code, numbers, abbreviations); after "
        "a full stop only with a sign of a sentence's end, so 'collections.Counter' stays.",
        examples=(("la fin.Le début", "la fin. Le début"),),
        order=130,
        feeds_line_local=False,
    )
)

# a space (not NBSP) between a word and a comma / a final period followed by space or end
_SPACE_BEFORE = regex.compile(r"(?<=[\p{L}\p{N}\)\]\"'»”’]) +(?=,|\.(?!\.)(?:\s|\Z))")
# exactly two commas / two periods right after a word, then a space or the end: not ``...``,
# not a path (``../``), a range (``1..5``) or an empty CSV field (``a,,b``)
_DOUBLED = regex.compile(r"(?<=[\p{L}\)\]\"'»”’])(?:,,(?!,)|\.\.(?!\.))(?=\s|\Z)")
# prose word (>= 2 lowercase letters, the whole token made of letters) . or ? then a
# capitalised word followed by a lowercase letter; the token must not contain other dots,
# slashes, @, digits or underscores (URLs, domains, code, numbers, file names).
_MISSING = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_./@:\\&#=%+~-])(\p{Ll}[\p{Ll}\p{M}'’]*\p{Ll})([.?])"
    r"([¿¡]?\p{Lu}\p{Ll}+)(?=[\s,;:!?)»”\"]|\.(?![\p{L}\p{N}])|\Z)"
)
# the pieces of a _MISSING match around its mark: the capitalised word after it, and the
# run of word characters before it (matched backwards); the marks themselves (literal-led)
_CAPITALISED = regex.compile(r"[¿¡]?\p{Lu}\p{Ll}+")
_RUN_BEFORE = regex.compile(r"(?r)[\p{Ll}\p{M}'’]*")
_MARK_BEFORE_CAPITAL = [regex.compile(rf"\{mark}(?=[¿¡]?\p{{Lu}})") for mark in ".?"]
#: a text with this many sentences glued at a full stop or a question mark (each with a sign
#: of its end, see :func:`_sentence_end`) lost its paragraph breaks: its other full stops
#: between a lowercase and a capitalised word are glued sentences too
GLUED_TEXT = 2


@lru_cache(maxsize=1)
def file_words() -> frozenset[str]:
    """File extensions and top-level domains (``data/file_words.txt``), lowercase."""
    return frozenset(w.lower() for line in data_lines("file_words.txt") for w in line.split())


@implements(SPACE_BEFORE, gate=Gate(events=((".", "space_before"), (",", "space_before"))))
def space_before_punct(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that remove spaces before ``,`` and a word-final ``.``.

    Only the lines with a space before a mark are searched (a match never leaves its line,
    see :func:`~cleantext.normalizers._util.line_windows`).
    """
    hits = (probe or Probe(text)).where("space_before", ".,")
    if not hits:
        return []
    return regex_edits_in(SPACE_BEFORE.name, _SPACE_BEFORE, text, line_windows(text, hits), "")


@implements(DOUBLED, gate=Gate(events=((".", "double"), (",", "double"))))
def doubled_punct(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that collapse ``,,`` to ``,`` and ``..`` to ``.`` (ellipses are kept).

    A match is two marks, so it is looked for only where a mark is doubled (matches cannot
    overlap: the second mark is not a word character).
    """
    edits = []
    for i in (probe or Probe(text)).where("double", ".,"):
        m = _DOUBLED.match(text, i)
        if m is not None:
            edits.append(Edit(DOUBLED.name, i, m.end(), m.group(), m.group()[0]))
    return edits


@implements(MISSING_SPACE, gate=Gate(events=((".", "upper_after"), ("?", "upper_after"))))
def missing_space_after_period(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that insert a space in ``fin.Le`` / ``vraiment?Oui`` between prose words.

    The edit covers only the mark: ``"."`` becomes ``". "``. Abbreviations (``etc.``), file
    extensions and domains (``index.Html``, ``example.Com``) are left alone, and so is a full
    stop with no sign of a sentence's end (:func:`_sentence_end`): a dotted name in code.
    """
    p = probe or Probe(text)
    if "upper_after" not in p.events(".") and "upper_after" not in p.events("?"):
        return []
    skip = file_words()
    abbrevs = abbreviations()
    edits, unsure = [], []
    for m in _missing(text):
        word, mark, nxt = m.group(1).lower(), m.group(2), m.group(3).lower()
        if word in skip or nxt in skip or (mark == "." and word in abbrevs):
            continue
        if mark == "." and not (
            _sentence_end(m.group(1), m.group(3)) or _prose_end(text, m.start(1), m.end(3))
        ):
            unsure.append(m)
            continue
        edits.append(Edit(MISSING_SPACE.name, m.start(2), m.end(2), mark, mark + " "))
    if unsure and len(edits) >= GLUED_TEXT:
        edits += [Edit(MISSING_SPACE.name, m.start(2), m.end(2), ".", ". ") for m in unsure]
        edits.sort(key=lambda e: e.start)
    return edits


def _sentence_end(word: str, nxt: str) -> bool:
    """True if the full stop in ``word.Nxt`` ends a sentence by the two words alone: ``Nxt``
    is a stopword, or one of them has a letter outside ASCII (not a name in code).

    >>> _sentence_end("ended", "The"), _sentence_end("serré", "Les")
    (True, True)
    >>> _sentence_end("collections", "Counter")
    False
    """
    return nxt.lstrip("¿¡").lower() in sentence_openers() or not (word + nxt).isascii()


#: how far around a full stop :func:`_prose_end` looks for code on its line
CODE_WINDOW = 500
# signs of code on a line: a backtick, a call ``f(``, snake_case, ``::``, ``->``, braces, an
# assignment, a dotted name in lowercase (``os.path``, ``node.js``, ``www.example.com``)
_CODE_SIGN = regex.compile(r"`|\w\(|\w_\w|::|->|[{}=]|\p{L}{2}\.\p{Ll}")
_WORD_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’])(\p{L}[\p{L}\p{M}'’]*) \Z")
_WORDS = regex.compile(r"\p{L}+")
# a word before a dot that a letter follows (``numpy`` in ``numpy.Array``)
_DOTTED = regex.compile(r"(?<![\p{L}\p{N}_.])(\p{L}+)\.(?=\p{L})")


@lru_cache(maxsize=1)
def code_names() -> frozenset[str]:
    """Names written before a dot in code (``data/code_names.txt``), lowercase."""
    return frozenset(w.lower() for line in data_lines("code_names.txt") for w in line.split())


@lru_cache(maxsize=1)
def determiners() -> frozenset[str]:
    """Articles and determiners (``data/determiners.txt``), lowercase."""
    return frozenset(w.lower() for line in data_lines("determiners.txt") for w in line.split())


@lru_cache(maxsize=1)
def code_topics() -> frozenset[str]:
    """Words that show a line speaks of code (``data/code_topics.txt``), lowercase."""
    return frozenset(w.lower() for line in data_lines("code_topics.txt") for w in line.split())


def _prose_end(text: str, start: int, end: int) -> bool:
    """True if the full stop in the ``word.Nxt`` at ``text[start:end]`` ends a sentence of
    prose: a stopword comes right before ``word`` (``was close.Critics said``, ``he
    said.Alweendo``), not an article (``the user.Name value``, ``data/determiners.txt``),
    a word follows ``Nxt`` after a space, and nothing on the line around it
    (:data:`CODE_WINDOW` characters each side) shows code: ``word`` is no name of
    ``data/code_names.txt`` and has a vowel, ``Nxt`` does not start as ``word`` does
    (``decimal.Decimal``, ``stuff.Stuffinator``), no other dot on the line follows ``word``
    or a name of ``data/code_names.txt`` (``numpy.Array or foo.Bar``), and the line has no
    sign of code (:data:`_CODE_SIGN`) and no word of ``data/code_topics.txt``.

    >>> t = "The vote was close.Critics said so.\\nIn Python, the vote was close.Counter here."
    >>> _prose_end(t, 13, 26), _prose_end(t, 60, 73)
    (True, False)
    """
    word, nxt = text[start:end].split(".", 1)
    low = word.lower()
    if low in code_names() or not regex.search("[aeiouy]", low) or nxt.lower()[:4] == low[:4]:
        return False
    if not regex.match(r" \p{L}", text[end : end + 2]):
        return False
    lo = max(text.rfind("\n", 0, start) + 1, start - CODE_WINDOW)
    before = _WORD_BEFORE.search(text, lo, start)
    if before is None:
        return False
    first = before.group(1).lower()
    if first not in sentence_openers() or first in determiners():
        return False
    hi = text.find("\n", end)
    line = text[lo : min(end + CODE_WINDOW, len(text) if hi < 0 else hi)]
    if _CODE_SIGN.search(line):
        return False
    dotted = [w.lower() for w in _DOTTED.findall(line)]
    if dotted.count(low) > 1 or any(w in code_names() for w in dotted):
        return False
    topics = code_topics()
    return not any(w.lower() in topics for w in _WORDS.findall(line))


def _missing(text: str) -> list[regex.Match[str]]:
    """The matches of ``_MISSING.finditer(text)``, searched for only around each mark that a
    capital follows.

    A match holds one such mark; it starts in the run of lowercase letters, marks and
    apostrophes that ends at the mark and ends with the capitalised word after it (and its
    lookahead peeks at most two characters further). So one search from that run's start
    to two characters after the word finds the match of that mark, if there is one, and
    matches of different marks cannot overlap (each starts after a character that is not a
    letter, while the word before it is all letters).
    """
    marks = sorted(m.start() for pattern in _MARK_BEFORE_CAPITAL for m in pattern.finditer(text))
    found = []
    for at in marks:
        word = _CAPITALISED.match(text, at + 1)
        run = _RUN_BEFORE.match(text, 0, at)
        if word is None or run is None or run.start() == at:
            continue
        m = _MISSING.search(text, run.start(), min(len(text), word.end() + 2))
        if m is not None:
            found.append(m)
    return found

"""Stray spaces just inside parentheses, brackets and double quotes: ``( word )``, ``" word "``.

Only matched pairs on one line are touched, and only regular spaces (never an NBSP):

* parentheses and brackets: ``(`` ... ``)`` and ``[`` ... ``]`` with no other bracket between;
  emoticons (``:(``, ``;)``, ``:-)``) are never a pair;
* double quotes ``"``, ``“ ”``, ``„ “``, ``” ”``: quote marks on a line are paired in order
  (only when the line has an even number of them), the opening mark must follow a space, a
  bracket or the line start, and the closing mark must be followed by a space, punctuation or
  the line end, so inch marks (``5" screen``) are never a pair.

French guillemets keep their spaces (« bien » is correct French typography), and so do single
quotes, which are mostly apostrophes.

>>> from cleantext.edits import apply_edits
>>> t = 'He said " hello " ( twice ) and [ no ] more.'
>>> t = apply_edits(t, space_inside_quotes(t))
>>> apply_edits(t, space_inside_brackets(t))
'He said "hello" (twice) and [no] more.'
>>> space_inside_brackets("sad :( but fine :) today")
[]
>>> space_inside_quotes("« bien » and a 5\\" screen, 6\\" wide")
[]
"""

from __future__ import annotations

import re

import regex

from cleantext._unicode import WHITESPACE
from cleantext.edits import Edit
from cleantext.normalizers._gate import END, START, Gate
from cleantext.normalizers._probe import Probe
from cleantext.normalizers._registry import implements
from cleantext.rules import Rule, register

BRACKETS = register(
    Rule(
        "space-inside-brackets",
        "normalize",
        "Remove stray spaces just inside a matched pair of parentheses or brackets on one line.",
        examples=(("( voir ci-dessous )", "(voir ci-dessous)"), ("[ 1 ]", "[1]")),
        order=110,
    )
)
QUOTES = register(
    Rule(
        "space-inside-quotes",
        "normalize",
        'Remove stray spaces just inside a pair of double quotes (" “ ” „); guillemets « » '
        "keep French spacing.",
        examples=(("er sagte „ ja “ dazu", "er sagte „ja“ dazu"), ('a " b " c', 'a "b" c')),
        order=120,
    )
)

_PAIR = regex.compile(r"(?<![:;=8xX]-?)\(( *)([^()\n]*?)( *)\)|\[( *)([^\[\]\n]*?)( *)\]")
_QUOTE_CHARS = '"“”„'
_OPENERS = '"“„”'
_CLOSERS = '"”“'
# a mark with spaces on both sides, or a closing-looking mark after a space
# (stdlib ``re``, led by the quote mark: fast)
# (stdlib ``re``, one pattern led by each quote mark: fast)
_CLOSING_GATE = r"|(?<= {q})(?=[\s.,;:!?…)\]]|$)"
_QUOTE_GATE = {
    q: re.compile(
        rf"{q}(?:(?<![^\s(\[]{q}) " + (_CLOSING_GATE.format(q=q) if q in _CLOSERS else "") + ")",
        re.MULTILINE,
    )
    for q in _QUOTE_CHARS
}
# a space just inside an opening or a closing bracket (stdlib ``re``, literal-led: fast)
_BRACKET_GATES = (
    ("(", re.compile(r"\((?= )"), re.compile(r"\)(?<= \))")),
    ("[", re.compile(r"\[(?= )"), re.compile(r"\](?<= \])")),
)
_QUOTE = regex.compile(r'["“”„]')
_BEFORE_OPEN = " \t([{—–-/\u00a0"
_AFTER_CLOSE = " \t)]}.,;:!?…—–-/\u00a0"


def _strip_pair(rule: str, text: str, inner_start: int, inner_end: int) -> list[Edit]:
    """Edits removing leading/trailing regular spaces of ``text[inner_start:inner_end]``."""
    inner = text[inner_start:inner_end]
    core = inner.strip(" ")
    if not core or not core.strip():
        return []
    lead = len(inner) - len(inner.lstrip(" "))
    trail = len(inner) - len(inner.rstrip(" "))
    edits = []
    if lead:
        edits.append(Edit(rule, inner_start, inner_start + lead, " " * lead, ""))
    if trail:
        edits.append(Edit(rule, inner_end - trail, inner_end, " " * trail, ""))
    return edits


@implements(BRACKETS, gate=Gate(pairs=(("([", " "), (" ", ")]"))))
def space_inside_brackets(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that remove spaces just inside ``( ... )`` and ``[ ... ]`` pairs."""
    if not any(c in text and (a.search(text) or b.search(text)) for c, a, b in _BRACKET_GATES):
        return []
    edits = []
    for m in _PAIR.finditer(text):
        g = 1 if m.group(1) is not None else 4
        if not m.group(g) and not m.group(g + 2):
            continue
        if text[m.end() - 2 : m.end()] in (":)", ";)") or m.group(g + 1).endswith((":", ";")):
            continue  # "(see :)" is an emoticon, not a closing parenthesis
        edits += _strip_pair(BRACKETS.name, text, m.start(g), m.end(g + 2))
    return edits


def _line_quote_edits(text: str, start: int, end: int) -> list[Edit]:
    marks = [m.start() for m in _QUOTE.finditer(text, start, end)]
    if len(marks) % 2:
        return []
    edits = []
    for a, b in zip(marks[::2], marks[1::2], strict=True):
        if text[a] not in _OPENERS or text[b] not in _CLOSERS:
            return []
        if a > start and text[a - 1] not in _BEFORE_OPEN:
            return []  # not an opening mark: the line's quotes do not pair up
        if b + 1 < end and text[b + 1] not in _AFTER_CLOSE:
            return []
        edits += _strip_pair(QUOTES.name, text, a + 1, b)
    return edits


#: ``_QUOTE_GATE`` as triples: a mark after a space, a bracket or the start, then a space;
#: a space, a closing-looking mark, then a space, punctuation or the end (``\s``: Unicode)
_GATE = Gate(
    triples=(
        (START + WHITESPACE + "([", _QUOTE_CHARS, " "),
        (" ", _CLOSERS, WHITESPACE + ".,;:!?…)]" + END),
    )
)


@implements(QUOTES, gate=_GATE)
def space_inside_quotes(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that remove spaces just inside paired double quotes on a line.

    Only the lines with a quote mark next to a space are looked at (one search led by each
    quote mark that occurs).
    """
    marks = [q for q in _QUOTE_CHARS if q in text] if not text.isascii() else ['"'] * ('"' in text)
    if not marks:
        return []
    gates = [m.start() for q in marks for m in _QUOTE_GATE[q].finditer(text)]
    edits: list[Edit] = []
    done = -1
    for pos in sorted(gates) if len(marks) > 1 else gates:
        if pos < done:
            continue  # that line is done
        start = text.rfind("\n", 0, pos) + 1
        done = text.find("\n", pos)
        done = len(text) if done < 0 else done
        edits += _line_quote_edits(text, start, done)
    return edits

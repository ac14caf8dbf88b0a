"""Capitalise a real sentence that starts in lowercase after a full stop.

Machine translation and sloppy editing leave ``en armes. le gouvernement iranien a nié``.
The next word is capitalised only when all of these hold:

* the full stop is a single ``.`` (not ``...``) right after a word of two or more letters
  that is not a known abbreviation (``etc.``, ``e.g.``, ``z.B.``; see
  ``data/abbreviations.txt``) and not an initial (``J.``);
* the lowercase word is all lowercase letters (``iPhone``/``eBay`` stay), of a script whose
  sentences start with a capital: not Georgian, whose Mkhedruli letters have capitals since
  Unicode 11 (Mtavruli, ``"ს".upper()``) that its prose never uses to start a sentence;
* a real sentence follows: at least three words before the next sentence mark or line end.
  A one-word fragment such as ``de l'Iran. voisins.`` is left alone;
* the word before the stop is not a short unit after a number (``2 oz. chicken``);
* the word is no name the author writes in lowercase (loss24, loss25): not a letter other
  than a one-letter word (``x is the input``), not a word of ASCII letters without a vowel
  (``npm install``), and a stopword of some language (``le``, ``the``, ``die``) or a word
  its line capitalises elsewhere nearby: a lowercase word that is no stopword and that the
  author never capitalises there is as likely a name written so (``tidepool is a tide
  app``, ``yapapi supports``, ``I use git daily. git commit -m``) as a slip;
* the paragraph does capitalise its sentences: when its lowercase starts after a full stop
  are at least two and not fewer than its capitalised ones (``i went home. then i slept.``),
  or it has one, no capitalised one, and two lines or more that all start in lowercase (a
  chat log's ``alice: hi bob. how are you?``), lowercase is the author's style and nothing in that
  paragraph is changed. (Per paragraph,
  so the decision stays the same when later steps remove other paragraphs.)

>>> from cleantext.edits import apply_edits
>>> t = "aidant la Russie en armes. le gouvernement iranien a nié pendant des semaines."
>>> apply_edits(t, capitalize_sentences(t))
'aidant la Russie en armes. Le gouvernement iranien a nié pendant des semaines.'
>>> capitalize_sentences("la position de l'Iran. voisins.")
[]
>>> capitalize_sentences("Fruit, e.g. apples and pears, etc. and more of them here.")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib.resources import files

import regex

from cleantext.data import data_lines
from cleantext.edits import Edit
from cleantext.normalizers._gate import Gate
from cleantext.normalizers._probe import Probe
from cleantext.normalizers._registry import implements
from cleantext.rules import Rule, register
from cleantext.sentences import CLAUSE_ENDS, SPACED_CLOSING, SPACED_ENDS

RULE = register(
    Rule(
        "capitalize-sentence",
        "normalize",
        "Capitalise a lowercase word that starts a real sentence (3+ words) after a full stop "
        "that does not end an abbreviation.",
        examples=(("en armes. le gouvernement a nié", "en armes. Le gouvernement a nié"),),
        order=140,
        feeds_line_local=False,
    )
)

MIN_SENTENCE_WORDS = 3
#: a short word right after a number is read as a unit ("2 oz.", "3 tsp.", "10 min.")
MAX_UNIT_LEN = 4
_NUMBER_BEFORE = regex.compile(r"\d[\d.,/]*[\u00bc-\u00be\u2150-\u215e]?[ \u00a0\u202f]?\Z")

# the full stop, spaces, a lowercase word not in Georgian (literal-led: the engine jumps from
# "." to "."; the lookahead reads one character)
_CANDIDATE = regex.compile(r"\.(?!\.)( +)((?!\p{Georgian})\p{Ll}+)(?=[\s,;:'’]|\Z)")
_ROMAN = regex.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")  # i .. xxxix
# capitalised sentence or line starts, to tell a lowercase writing style from stray errors
# (stdlib ``re``, led by the sentence mark: fast; [^\W\d_a-z] is any letter but a-z, which
# also counts accented lowercase starts: a rough count is enough to tell a style)
# (the ends of ``sentences.SPACED_ENDS``, a script with capitals; its closing marks but ']',
# as the count was written: not widened)
_UPPER_STARTS = re.compile(
    rf"[{re.escape(SPACED_ENDS)}][{re.escape(SPACED_CLOSING.replace(']', ''))}]*"
    r"\s+[\"'«“„(¿¡]*[^\W\d_a-z]"
)
# where the next sentence or clause ends (``SPACED_ENDS`` and ``CLAUSE_ENDS``) or the line
_SENTENCE_END = regex.compile(rf"[{regex.escape(SPACED_ENDS + CLAUSE_ENDS)}]|\n")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")
# a run of letters that is a whole word (no digit, '_' or '.' joined to it: code, a domain)
_LETTERS = regex.compile(r"(?<![\p{L}\p{M}\p{N}_.])[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}_])")
_VOWEL = re.compile("[aeiouy]")
# a line's first letter (a line without one is skipped: the letter is searched on its line)
_LINE_LETTER = regex.compile(r"^[^\p{L}\n]*(\p{L})", regex.M)
#: how far from a sentence start its word is looked for again, in lowercase (a name)
NEAR = 1000
#: the one-letter words that start a sentence ("a", Spanish "y", Italian "è"); another
#: letter is a name in mathematics or code ("x is the input"), left alone
ONE_LETTER_WORDS = frozenset("aeiouyàèéò")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Known abbreviations (lowercase, without the final full stop)."""
    return frozenset(line.strip().lower() for line in data_lines("abbreviations.txt"))


@lru_cache(maxsize=1)
def sentence_openers() -> frozenset[str]:
    """The stopwords of every language whose list holds words (``data/stopwords``), lowercase:
    a capitalised one after a full stop starts a sentence (``ended.The``), while names in
    code after a dot are not stopwords (``collections.Counter``)."""
    words: set[str] = set()
    for entry in files("cleantext.data").joinpath("stopwords").iterdir():
        body = entry.read_text(encoding="utf-8") if entry.name.endswith(".txt") else ""
        if not body.startswith("# mode:"):
            lines = (line for line in body.splitlines() if not line.lstrip().startswith("#"))
            words.update(w.lower() for line in lines for w in line.split())
    return frozenset(words)


def _is_sentence(rest: str) -> bool:
    end = _SENTENCE_END.search(rest)
    clause = rest[: end.start()] if end else rest
    return sum(1 for _ in zip(range(MIN_SENTENCE_WORDS), _WORD.finditer(clause), strict=False)) >= (
        MIN_SENTENCE_WORDS
    )


def _unit_after_number(text: str, start: int) -> bool:
    """True when the word at ``start`` follows a number: a unit such as ``2 oz.``, ``3 tsp.``
    or ``10 min.``, not the end of a sentence.

    >>> _unit_after_number("add 2 oz. chicken", 6), _unit_after_number("in the war. the", 7)
    (True, False)
    """
    return _NUMBER_BEFORE.search(text, max(0, start - 16), start) is not None


def _word_before(text: str, dot: int) -> str | None:
    """The word (with inner dots, as in ``z.B``) that ends right before ``text[dot]``.

    >>> _word_before("Obst, z.B. mehr", 9), _word_before("pi 3.14. the", 7)
    ('z.B', None)
    """
    start = dot
    while start > 0 and (
        text[start - 1].isalpha()
        or (text[start - 1] == "." and text[start - 2 : start - 1].isalpha())
    ):
        start -= 1
    if start == dot or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == ".")):
        return None  # no word, or part of a longer token: "3.14", "www.example.com"
    return text[start:dot]


@implements(RULE, gate=Gate(events=((".", "lower_after"),)))
def capitalize_sentences(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that uppercase the first letter of lowercase sentence starts after a full stop."""
    if "lower_after" not in (probe or Probe(text)).dot_events:
        return []
    abbrevs = abbreviations()
    edits: list[Edit] = []
    for m in _CANDIDATE.finditer(text):
        prev = _word_before(text, m.start())
        if prev is None or len(prev) < 2 or prev.lower() in abbrevs or "." in prev:
            continue
        if prev.isupper() and len(prev) <= 3:  # "U.S", "EE.UU"-like acronyms before the stop
            continue
        if _ROMAN.fullmatch(prev.lower()):  # list numbering: "ii. the second point"
            continue
        if len(prev) <= MAX_UNIT_LEN and _unit_after_number(text, m.start() - len(prev)):
            continue
        if not _is_sentence(text[m.start(2) : m.start(2) + 400]):
            continue
        i = m.start(2)
        edits.append(Edit(RULE.name, i, i + 1, text[i], text[i].upper()))
    # (a name's lowercase start still counts for the paragraph's style)
    return _without_names(text, _drop_lowercase_styled(text, edits))


def _without_names(text: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` but those at a name its author writes in lowercase: a letter that is no
    one-letter word (``x is the input``), ASCII letters without a vowel (``npm``), or a word
    that is no stopword and that its line never capitalises nearby (``I use git daily. git
    commit -m``, ``It works. tidepool is a tide app``). (The line, not the text: ``extract``
    keeps or drops whole lines, so a second pass decides alike.)

    >>> t = "I use git daily. It is fast. We like it. git commit saves it. So be it."
    >>> t += " Then x is the input. x is a name. the end is near."
    >>> t += " Tidepool is new. We like it. tidepool is a tide app."
    >>> [t[e.start : e.start + 4] for e in capitalize_sentences(t)]
    ['the ', 'tide']
    """
    kept = []
    for e in edits:
        m = _LETTERS.match(text, e.start)
        word = m.group() if m else e.before
        if len(word) == 1:
            if word in ONE_LETTER_WORDS:
                kept.append(e)
            continue
        if word.isascii() and not _VOWEL.search(word):
            continue
        if word not in sentence_openers() and not _capitalised_near(text, e.start, word):
            continue
        kept.append(e)
    return kept


def _capitalised_near(text: str, at: int, word: str) -> bool:
    """True if ``word`` (at ``at``) is written capitalised on its line within :data:`NEAR`
    characters of it (a window of the line: ``extract`` keeps or drops whole lines, so a
    second pass decides alike; and bounded: a megabyte line of sentence starts is not read
    once per start).

    >>> _capitalised_near("a\\nI use git. git commit", 13, "git")
    False
    >>> _capitalised_near("Git is fine. git commit", 13, "git")
    True
    """
    start = max(text.rfind("\n", 0, at) + 1, at - NEAR)
    end = text.find("\n", at)
    end = min(len(text) if end < 0 else end, at + NEAR)
    return _count(text, word.capitalize(), start, end) > 0


def _count(text: str, word: str, start: int, end: int) -> int:
    """How often ``word`` stands as a whole word in ``text[start:end]``."""
    n = 0
    i = text.find(word, start, end)
    while i >= 0:
        j = i + len(word)
        n += not (i > 0 and text[i - 1].isalnum()) and not (j < len(text) and text[j].isalnum())
        i = text.find(word, j, end)
    return n


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, pos)
    end = text.find("\n\n", pos)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def _paragraphs_of(text: str, edits: list[Edit]) -> Iterator[tuple[int, int]]:
    """:func:`_paragraph` of each edit (in text order): the paragraph's ends are searched once,
    not once per edit (a long paragraph with many edits was quadratic: a 1 MB line of them
    took 7 s, 2 MB 28 s)."""
    start = end = -1
    for e in edits:
        if not start <= e.start < end:
            found = text.rfind("\n\n", max(0, end), e.start) if e.start >= end else -1
            if found < 0:  # (the first paragraph, or an edit out of order)
                start, end = _paragraph(text, e.start)
            else:
                start = found + 2
                end = text.find("\n\n", e.start)
                end = len(text) if end < 0 else end
        yield start, end


def _drop_lowercase_styled(text: str, edits: list[Edit]) -> list[Edit]:
    """The edits outside paragraphs whose lowercase sentence starts are the author's style."""
    by_paragraph: dict[tuple[int, int], list[Edit]] = {}
    for e, paragraph in zip(edits, _paragraphs_of(text, edits), strict=True):
        by_paragraph.setdefault(paragraph, []).append(e)
    kept = []
    for (start, end), group in by_paragraph.items():
        lone = len(group) < 2 and not _lines_start_lowercase(text, start, end)
        if lone or _mostly_capitalised(text, start, end, len(group)):
            kept += group
    return kept


def _lines_start_lowercase(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` has two lines or more and each starts with a lowercase
    letter (after marks, digits and spaces): with no capitalised sentence start either, its
    one lowercase start is the author's style too (a chat log: ``[10:01] alice: hi bob. how
    are you?``), while a fragment cut mid-sentence (``en armes. le gouvernement``) is one line.

    >>> _lines_start_lowercase("[10:01] alice: hi\\n[10:02] bob: yo", 0, 33)
    True
    >>> _lines_start_lowercase("en armes. le gouvernement", 0, 25)
    False
    """
    lines = 0
    for line in _LINE_LETTER.finditer(text, start, end):
        if not line.group(1).islower():
            return False
        lines += 1
    return lines >= 2


def _mostly_capitalised(text: str, start: int, end: int, lowercase_starts: int) -> bool:
    """True if ``text[start:end]`` has more capitalised sentence starts than
    ``lowercase_starts``."""
    starts = _UPPER_STARTS.finditer(text, start, end)
    return any(found > lowercase_starts for found, _ in enumerate(starts, start=1))

"""Photo credits inside the main content, for the ``extract`` preset (``extract-credit``).

A whole page rendered as text keeps the credit line under each picture ("Photo: Jane Doe/AP",
"(Foto: Getty)", "Photograph by Jane Doe"). Inside the article they are no part of it (an
article's text does not include its captions), and their line is short, so nothing else
removes it. A credit line starts with a label of the data file's ``[credit] labels`` (after an
opening bracket, if any) followed by ``:``, ``©`` or ``by``, and has at most ``MAX_WORDS``
words. A sentence that starts with "Photos of ..." or "Images from the probe show ..." has no
such label and stays.

>>> is_credit("Photo: Jane Doe/AP"), is_credit("(Foto: Getty)"), is_credit("Bild © dpa")
(True, True, True)
>>> is_credit("Photos of the flood were shared thousands of times on Sunday.")
False

A credit line can also name the photographer or the source first and the agency last, after
'/', '|' or "via" (the data file's ``[credit] agencies``); a sentence that ends in a full stop
or a web address is none.

>>> is_credit("Erin Schaff/Pool/Getty Images"), is_credit("Jane Doe | Bloomberg | Getty Images")
(True, True)
>>> is_credit("The pictures were sent to the editors via AP."), is_credit("https://example.com/ap")
(False, False)

An image caption that ends in its credit ("Stau © aremac / Clipdealer", "GdP-Vize René
Klemmer. Foto: GdP/Hagen Immel", "Roman Prymula, photo: Archives du Gouvernement tchèque")
goes the same way, as ``extract-caption``: a line of at most ``CAPTION_WORDS`` words whose
end is a label followed by ':' or '©', or a mark of the data file's ``[credit]
caption_marks`` ('©', and '(c)' when it does not start the line, where it numbers a list
item), then up to 60 characters without a sentence end. A paragraph that ends in a full stop
after its last label, or a sentence that names a photo ("Das Bild: ein Chaos", a label
before a lower-case word), does not end in a credit.

>>> is_caption("Stau © aremac / Clipdealer"), is_caption("Kein Hunger. Bild: dpa/Shutterstock.com")
(True, True)
>>> is_caption("(c) the right to appeal against the decision"), is_caption("Photo: Jane Doe/AP")
(False, True)
>>> is_caption("The photo: a crowd on the bridge. It was taken on Sunday.")
False
>>> is_caption("Das Bild: ein Chaos ohne Ende"), is_caption("pour un r√©gime √©quilibr√©.")
(False, False)

A caption may also end in its credit in brackets, the names split by '/' or '|' (the data
file's ``[credit] caption_tails``): the brackets close the line, with no full stop after them,
and hold no figure ("(Upgrade for $4.99/mo)" is an offer, not a credit).

>>> is_caption("Sinwar greets his supporters in Gaza City. (Adel Hana/The Associated Press)")
True
>>> is_caption("The figures come from two agencies (Eurostat/OECD).")
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import regex

from cleantext.boilerplate._examples import PROSE, PROSE_END
from cleantext.data import alternation, boilerplate_table
from cleantext.rules import Rule, register
from cleantext.sentences import END_TUPLE, TERMINAL

__all__ = ["CAPTION", "CREDIT", "caption_pattern", "caption_words", "is_caption", "is_credit"]

MAX_WORDS = 12
CAPTION_WORDS = 40

CREDIT = register(
    Rule(
        "extract-credit",
        "boilerplate",
        "extract preset: remove photo credit lines inside the main content ('Photo: Jane "
        "Doe/AP', '(Foto: Getty)').",
        preset="extract",
        examples=((PROSE + "Photo: Jane Doe/AP\n\n" + PROSE_END, PROSE + PROSE_END),),
    )
)


@lru_cache(maxsize=1)
def _label() -> regex.Pattern[str]:
    table = boilerplate_table()["credit"]
    alts = alternation(table["labels"])
    joins = alternation(table["label_joins"])  # "by"
    return regex.compile(rf"^[(\[]?(?:{alts})\s*(?::|©|(?:{joins})\b)", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _label_joins() -> tuple[str, ...]:
    """The data file's ``[credit] label_joins`` ("by"), case-folded."""
    return tuple(w.casefold() for w in boilerplate_table()["credit"]["label_joins"])


@lru_cache(maxsize=1)
def _agency() -> regex.Pattern[str]:
    table = boilerplate_table()["credit"]
    alts = alternation(table["agencies"])
    joins = alternation(table["agency_joins"])  # "via"
    # '/' or '|' (spaces around it or not) or a word such as "via", then an agency, at the end
    return regex.compile(rf"(?:[/|]\s*|(?<![\p{{L}}\p{{N}}])(?:{joins})\s+)(?i:{alts})\s*$")


@lru_cache(maxsize=1)
def _agency_joins() -> tuple[str, ...]:
    """The data file's ``[credit] agency_joins`` ("via"), as written."""
    return tuple(boilerplate_table()["credit"]["agency_joins"])


def is_credit(line: str) -> bool:
    """A short line that is a photo credit: a label, then ':', '©' or 'by'; or a name (of
    the photographer or the source), then '/', '|' or "via" and a photo agency of the data
    file's ``[credit] agencies`` at its end, with no sentence end and no web address."""
    text = line.strip()
    label = _label().match(text) if _may_open_label(text) else None
    if label is not None and len(text.split()) <= MAX_WORDS:
        return not _by_prose(text, label.end())
    return _agency_credit(text)


def _may_open_label(text: str) -> bool:
    """Whether ``_label()`` may match at the start of ``text``: a necessary condition, no
    heuristic. Its label starts the line, or follows an opening bracket there (no label
    starts with one); when the label's first two characters are ASCII in ``text``, they are
    a label's first two letters in lower case (``_label_heads``): an ASCII letter's case
    variants that the pattern matches are its ASCII ones and a few letters beyond ASCII
    (the Kelvin sign, "ſ") that start no label (a test checks both). Most lines of an
    article (its paragraphs) start otherwise: told without the pattern's alternation of
    labels in any case, the costliest match of a page's lines.

    >>> _may_open_label("(Foto: dpa)"), _may_open_label("Bild © dpa"), _may_open_label("Rain")
    (True, True, False)
    """
    head = text[1:3] if text[:1] in _OPENING else text[:2]
    return not head.isascii() or head.lower() in _label_heads()


_OPENING = ("(", "[")  # the opening brackets ``_label()`` allows before the label


@lru_cache(maxsize=1)
def _label_heads() -> frozenset[str]:
    """The first two letters of each of the data file's ``[credit] labels``, in lower case."""
    return frozenset(w[:2].lower() for w in boilerplate_table()["credit"]["labels"])


def _by_prose(text: str, at: int) -> bool:
    """A label and "by" that open a sentence, not a credit: the line ends in a sentence end
    and a word after "by" (``text[at:]``) starts with a lower-case letter and is none of the
    data file's ``[credit] by_words`` ("Photos by amateurs filled the front pages."); a
    credit names its photographers ("Photos by Jane Doe.", "Photo by the author.").

    >>> _by_prose("Photos by amateurs filled the front pages.", 9)
    True
    >>> _by_prose("Photos by Jane Doe and the author.", 9), _by_prose("Photo: a crowd.", 6)
    (False, False)
    """
    if not text.endswith(END_TUPLE) or not text[:at].casefold().endswith(_label_joins()):
        return False
    joins = _by_words()
    words = (w.strip(_WORD_PUNCT) for w in text[at:].split())
    return any(w[:1].islower() and w.casefold() not in joins for w in words)


@lru_cache(maxsize=1)
def _by_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in boilerplate_table()["credit"]["by_words"])


def _agency_credit(text: str) -> bool:
    """``text`` ends in a photo agency after '/', '|' or "via" ("Scott Olson/Getty Images"),
    and is no caption that ends in its credit ("The bridge at dawn. Photo: Jane Doe/AP")."""
    if len(text) > _LONGEST or text[-1:] in TERMINAL:
        return False  # (a paragraph: no more tests)
    if "/" not in text and "|" not in text and not any(map(text.__contains__, _agency_joins())):
        return False  # (most lines: no regex)
    if "://" in text or "www." in text or len(text.split()) > MAX_WORDS:
        return False
    found = _agency().search(text, max(0, len(text) - _TAIL))
    if found is None or _told_via(text, found.start()) or _field(text) or _words_list(text):
        return False
    return not is_caption(text)  # (a caption that ends in its credit is extract-caption's)


def _told_via(text: str, at: int) -> bool:
    """The agency follows "via" (not '/' or '|') and more than ``VIA_LOWER`` words before it
    start with a lower-case letter: a sentence that says how something came ("They were
    later shown via Reuters"), not a credit's names ("New York State Registry via AP")."""
    if text[at] in "/|":
        return False
    return sum(w[:1].islower() for w in text[:at].split()) > VIA_LOWER


def _field(text: str) -> bool:
    """``text`` opens with a field's name, one word and ':', that is no credit label
    ("Facilities: Spa / Pool", "Parking: Free / Valet"): a fact box's line whose last value
    is a word that names an agency too, not a credit."""
    head, colon, _ = text.partition(":")
    return bool(colon) and len(head.split()) == 1 and _label().match(head + ":") is None


def _words_list(text: str) -> bool:
    """``text`` is a list of ``LIST_PARTS`` or more single words split by '/' or '|', not
    all of them agencies ("Spa | Gym | Pool", "Garden / Playground / Pool": a place's
    amenities, whose last word names an agency too); a credit names a person or a source in
    more words ("Erin Schaff/Pool/Getty Images") or only agencies ("AFP/Pool/Getty").

    >>> _words_list("Spa | Gym | Pool"), _words_list("Reuters/Pool/AFP"), _words_list("FMW/AP")
    (True, False, False)
    """
    parts = [p.strip() for p in _SEPARATOR.split(text)]
    if len(parts) < LIST_PARTS or any(len(p.split()) != 1 for p in parts):
        return False
    agencies = _agencies()
    return any(p.casefold() not in agencies for p in parts)


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    return frozenset(a.casefold() for a in boilerplate_table()["credit"]["agencies"])


#: single words split by '/' or '|' that make a list of fields, not a credit (``_words_list``)
LIST_PARTS = 3
_SEPARATOR = regex.compile(r"[/|]")
#: a credit line that ends in "via" and an agency has at most this many lower-case words
#: before it (a source's name, "photo:"); a sentence has more
VIA_LOWER = 2
_WORD_PUNCT = ".,;:!?…()[]\"'“”‘’«»"  # stripped from a word's ends (``_by_prose``)
#: a credit line of ``MAX_WORDS`` words is shorter than this (a longer line is a paragraph)
_LONGEST = 200


CAPTION = register(
    Rule(
        "extract-caption",
        "boilerplate",
        "extract preset: remove image captions that end in a photo credit inside the main "
        "content ('Stau © aremac / Clipdealer', 'Kein Hunger. Foto: dpa').",
        preset="extract",
        examples=(
            (
                PROSE + "The old bridge at dawn. Photo: Jane Doe/AP\n\n" + PROSE_END,
                PROSE + PROSE_END,
            ),
        ),
    )
)


@lru_cache(maxsize=1)
def _caption() -> regex.Pattern[str]:
    table = boilerplate_table()["credit"]
    labels = alternation(table["labels"])
    # a mark starts the line or follows a space, a bracket or a separator, and a name or a
    # closing bracket follows it ("© AFP", "©Jairo Díaz", "(©)"; not the "Ã©" of mojibake);
    # "(c)" does not start the line
    marks = "|".join(
        rf"(?<=[\s(\[|/]){regex.escape(m)}"
        if m.startswith("(")
        else rf"(?:^|(?<=[\s(\[|/])){regex.escape(m)}"
        for m in table["caption_marks"]
    )
    # the credit: a label and ':' or '©' (not inside a word) before a capital or a figure (a
    # name), or an agency in lower case before '/' or the end ("dpa"; "Das Bild: ein Chaos"
    # is a sentence), or a mark; then up to 60 characters with no terminal punctuation
    # (``sentences.TERMINAL``; a dot is allowed inside "Shutterstock.com", "CC BY 2.0") to the end
    stops = regex.escape(_STOPS)
    return regex.compile(
        rf"(?:(?<![\p{{L}}\p{{N}}])(?i:{labels})\s*(?::|©)\s*(?=[\p{{Lu}}\p{{N}}]|\p{{Ll}}+(?:/|$))|(?i:{marks})(?=\s*[\p{{L}}\p{{N}})\]]))"
        rf"(?:[^.{stops}]|\.(?!\s)){{1,60}}$"
    )


def is_caption(line: str) -> bool:
    """A line of at most ``CAPTION_WORDS`` words that ends in a photo credit."""
    text = line.strip()
    # the credit is in the line's last characters: the label or mark, then at most 60; each
    # label is followed by ':' or '©', each mark has '©' or '(' (the data file's marks)
    start = max(0, len(text) - _TAIL)
    tail = text[start:]
    if ":" not in tail and "©" not in tail and "(" not in tail:
        return False  # no label's ':', no mark near the end: no credit (most lines)
    if len(text.split()) > CAPTION_WORDS:
        return False
    if _may_end_in_credit(tail) and _caption().search(text, start) is not None:
        return True
    return text.endswith(")") and _caption_tail().search(text, start) is not None


def _may_end_in_credit(tail: str) -> bool:
    """Whether ``_caption()`` may match in ``tail`` (the line's end it searches): a necessary
    condition, no heuristic. Each of its matches holds a label's ':' or '©' or one of the
    data file's ``caption_marks``, inside the text it searches (``tail``); a mark matches in
    any case, and :func:`_marks_lowered` keeps only marks whose case variants all lower to
    the mark's lower case (else none is ruled out). A line whose '(' opens no "(c)" ("Jane
    Doe (AP)", "Read more (3 min)") is not searched: a third of the searches, each of the
    label alternation at every one of up to ``_TAIL`` positions.

    The credit's words after that ':', '©' or mark hold no sentence end (``_STOPS``, ':'
    among them; no '.' before a space) and are the line's last 1 to 60 characters (and the
    spaces before them): so the credit starts after the tail's last sentence end
    (:func:`_after_stop`), or at it if that is the ':' (a line that ends in ':', "Here's
    why:", or goes on for more than 60 characters after its last ':' is not searched).

    >>> _may_end_in_credit("a bridge (AP)"), _may_end_in_credit("a bridge (C) AP")
    (False, True)
    >>> _may_end_in_credit("Here's why:"), _may_end_in_credit("Photo: AP. A bridge.")
    (False, False)
    """
    stop, after = _after_stop(tail)
    if stop == ":" and 0 < len(after.lstrip()) <= _CREDIT_CHARS:
        return True
    tail = after  # (a '©' or a mark: after the last sentence end)
    if "©" in tail:
        return True
    marks = _marks_lowered()
    if marks is None:
        return True
    lowered = tail.lower()
    return any(m in lowered for m in marks)


#: the characters ``_caption()``'s credit may not hold after its label or mark (a
#: ``sentences.TERMINAL`` end but '.', which it may hold where no space follows); found from
#: the line's end by :func:`_after_stop`, in the reversed line
_STOPS = "".join(sorted(TERMINAL - {"."}))
_LAST_STOP = re.compile(f"[{re.escape(_STOPS)}]| \\.")
_CREDIT_CHARS = 60  # the most characters of ``_caption()``'s credit after its label or mark


def _after_stop(tail: str) -> tuple[str, str]:
    """The last sentence end of ``tail`` (a character of ``_STOPS`` or a '.' before a
    space; "" if none) and what follows it.

    >>> _after_stop("Fig. 2: the bridge. Photo: AP"), _after_stop("A bridge")
    ((':', ' AP'), ('', 'A bridge'))
    """
    found = _LAST_STOP.search(tail[::-1])
    if found is None:
        return "", tail
    end = len(tail) - found.end()  # (" ." reversed: the '.' is its match's last character)
    return tail[end], tail[end + 1 :]


@lru_cache(maxsize=1)
def _marks_lowered() -> tuple[str, ...] | None:
    """The data file's ``caption_marks`` in lower case, or ``None`` if a mark has a letter
    with case variants beyond its ASCII upper and lower case (every letter but ASCII ones
    other than 'i', 'k' and 's', which 'İ', 'ı', the Kelvin sign and the long s match too):
    then a lowered line that lacks the lowered mark may still match it.

    >>> _marks_lowered()
    ('©', '(c)')
    """
    marks = tuple(m.lower() for m in boilerplate_table()["credit"]["caption_marks"])
    plain = frozenset("abcdefghjlmnopqrtuvwxyz")
    if any(c.lower() != c.upper() and c not in plain for m in marks for c in m):
        return None
    return marks


@lru_cache(maxsize=1)
def _caption_tail() -> regex.Pattern[str]:
    """The data file's ``[credit] caption_tails``: a credit in brackets that closes a caption
    ("... in Gaza City. (Adel Hana/The Associated Press)"), names split by '/' or '|'.

    >>> bool(_caption_tail().search("Sinwar in Gaza City. (Adel Hana/The Associated Press)"))
    True
    >>> bool(_caption_tail().search("Get the manager for free (Upgrade for $4.99/mo)"))
    False
    """
    return regex.compile("|".join(boilerplate_table()["credit"]["caption_tails"]))


#: how far from the line's end a credit can start: the longest label, spaces, 60 characters
_TAIL = 100


def caption_words(words: Iterable[str]) -> regex.Pattern[str]:
    """A line that reads like a picture's caption or credit: one of ``words`` as a whole word
    in any case ("Credit: ...", "(pictured)", "[SpaceX via NASA]"), or a closing bracket at
    its end. The extract preset takes no such line as a standfirst, a deck or an intro, nor
    as a paragraph without a full stop next to the main content (``caption_pattern``: the
    data file's ``[credit] caption_words``).

    >>> rx = caption_words(["photo", "pictured"])
    >>> [bool(rx.search(t)) for t in ("The mayor (pictured) on Monday", "PHOTO: AP")]
    [True, True]
    >>> [bool(rx.search(t)) for t in ("Photographs of the flood", "(a note)", "A photo-op")]
    [False, True, True]
    """
    return regex.compile(rf"\b(?:{alternation(words)})\b|[)\]]\s*$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def caption_pattern() -> regex.Pattern[str]:
    """:func:`caption_words` of the data file's ``[credit] caption_words`` (built once).

    >>> bool(caption_pattern().search("Illustration by Jane Doe"))
    True
    """
    return caption_words(boilerplate_table()["credit"]["caption_words"])

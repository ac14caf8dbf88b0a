"""Sign-up, log-in, newsletter and paywall boxes inside the article, for ``extract``.

A page rendered as text keeps the box that a site puts between two paragraphs of an article
or under its last one: "PC Gamer Newsletter" / "Sign up to get the best content of the week"
/ "By submitting your information you agree to the Terms & Conditions ...", or "To view the
full story, please subscribe" / "If you're already a subscriber, you can log in". Its lines
read as sentences, so the article's run takes them in. A line of at most ``MAX_WORDS`` words
with a phrase of the data file's ``[signup]`` list is a box line; ``MIN_LINES`` or more box
lines in a row inside the main content (blank lines aside) go as ``extract-signup``, unless
each has more than ``pitch.PITCH_WORDS`` words (an article's paragraphs about subscriptions),
or each is a sentence of ``PARAGRAPH_WORDS`` words or more with its full stop and together they
share ``intro.MIN_SHARED`` content words with the content's other paragraphs (the article's own
paragraphs that say "subscribe" or "订阅": ``signup-paragraphs``, adv21). One such line alone
stays: an article may say that readers can subscribe to a ferry pass.

>>> is_signup_line("Sign up to get the best content of the week.")
True
>>> is_signup_line("The council voted on Tuesday to close the old bridge.")
False

A phrase in a script without spaces counts inside a run of letters (Japanese, Chinese, Korean
with its endings); one in another script only as whole words:

>>> is_signup_line("この記事は有料会員限定です。"), is_signup_line("会員国の代表が集まった。")
(True, False)
>>> is_signup_line("Subscribers only"), is_signup_line("Subscribersonly")
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate._examples import PROSE, PROSE_END
from cleantext.boilerplate.intro import ARTICLE_WORDS, MIN_SHARED, paragraph_stems, stems
from cleantext.boilerplate.patterns import (
    Anchors,
    KeyIndex,
    data_keys,
    lines_containing,
    normalize_line,
    unspaced,
)
from cleantext.boilerplate.pitch import PITCH_WORDS
from cleantext.data import alternation, boilerplate_table
from cleantext.rules import Rule, register
from cleantext.tokens import CJK

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo

__all__ = [
    "MIN_LINES",
    "SIGNUP",
    "form_run",
    "is_pitch",
    "is_signup_line",
    "names_field",
    "phrase_list",
    "signup_boxes",
    "signup_lines",
]

MAX_WORDS = 40
MIN_LINES = 2
#: the fewest words of a box line that may be the article's paragraph (``_paragraphs``)
PARAGRAPH_WORDS = 10
#: the most words of a form's message ("Das Passwort muss mindestens 8 Zeichen lang sein.")
FORM_WORDS = 30

_BOX = (
    "Example News Newsletter\n\nSign up to get the best stories of the week in your inbox.\n\n"
    "By submitting your information you agree to the Terms & Conditions and Privacy Policy.\n\n"
)
SIGNUP = register(
    Rule(
        "extract-signup",
        "boilerplate",
        "extract preset: remove sign-up, log-in, newsletter and paywall boxes inside the main "
        "content (two or more lines in a row: 'Sign up to get ...', 'By submitting your "
        "information ...'; or a subscription pitch of three or more such lines close together, "
        "which the article goes on after).",
        preset="extract",
        examples=((PROSE + _BOX + PROSE_END, PROSE + PROSE_END),),
    )
)


@lru_cache(maxsize=1)
def _phrases() -> regex.Pattern[str]:
    """The phrases as whole words (those of :func:`_loose` aside)."""
    # (a mark is part of the word it follows, as in the anchors' word runs: "\u0301sign" is
    # no "sign")
    edge = r"[\p{L}\p{N}\p{M}]"
    phrases = data_keys("signup", "phrases") - _loose()
    return regex.compile(rf"(?<!{edge})(?:{alternation(phrases)})(?!{edge})")


@lru_cache(maxsize=1)
def _loose() -> frozenset[str]:
    """The phrases in a script written without spaces (Chinese, Japanese; Korean, whose
    words take their endings: "구독하기"), found anywhere in a line: there a clause is one
    run of letters ("この記事は会員限定です")."""
    return frozenset(w for w in data_keys("signup", "phrases") if unspaced(w))


@lru_cache(maxsize=1)
def _loose_pattern() -> regex.Pattern[str]:
    """:func:`_loose` as one pattern (no phrase: one that never matches)."""
    return regex.compile(alternation(_loose()) or "(?!)")


def phrase_list() -> list[str]:
    """The sign-up phrases, normalised."""
    return sorted(data_keys("signup", "phrases"))


@lru_cache(maxsize=1)
def _anchors() -> Anchors:
    """The phrases by their longest word: a phrase found as whole words (its neighbours are
    no letters or figures) has each of its words as a whole word of the key, since a key
    holds nothing else that is a word character (``patterns.Anchors``); those in a script
    without spaces are looked for anywhere."""
    return Anchors(sorted(data_keys("signup", "phrases")), anywhere=True)


def is_signup_line(line: str, key: str = "") -> bool:
    """A line of at most ``MAX_WORDS`` words with a sign-up, log-in or newsletter phrase
    (``key``: the line's normalised form, if known)."""
    key = key or normalize_line(line)
    if not key:
        return False
    words = len(key.split())
    if words > MAX_WORDS:
        return False
    if key.isascii():  # (no phrase of a script without spaces, no CJK character)
        return _phrases().search(key) is not None
    if _phrases().search(key) is None and _loose_pattern().search(key) is None:
        return False
    return words + _halves(key) <= MAX_WORDS


def has_signup_phrase(text: str) -> bool:
    """``text`` (one line, or several joined by ``" | "``) holds a sign-up, log-in or
    newsletter phrase somewhere: a first look before :func:`is_signup_line` on each line.

    >>> has_signup_phrase("The ferry is free | Sign up"), has_signup_phrase("The ferry")
    (True, False)
    """
    key = normalize_line(text)
    spaced = not _anchor_words().isdisjoint(key.replace("'", " ").split())
    return (spaced and _phrases().search(key) is not None) or (
        not key.isascii() and _loose_pattern().search(key) is not None
    )


@lru_cache(maxsize=1)
def _anchor_words() -> frozenset[str]:
    """The longest word of each phrase of a spaced script: a text without any of them as a
    word holds none of those phrases (a set look instead of the pattern's scan)."""
    return frozenset(
        max(w.replace("'", " ").split(), key=len) for w in data_keys("signup", "phrases") - _loose()
    )


def _halves(key: str) -> int:
    """Half the CJK characters of a normalised line: two of them count as one more word (as
    ``extract`` counts them; a Japanese paragraph is one run of letters).

    >>> _halves("sign up now"), _halves("この記事は会員限定です")
    (0, 5)
    """
    return len(CJK.findall(key)) // 2


def signup_lines(keys: list[str], index: KeyIndex | None = None) -> set[int]:
    """Indexes of the ``keys`` (normalised lines) that :func:`is_signup_line` accepts, found
    with a few substring searches over all of them: only the phrases whose longest word is
    a word of some key are looked for, and only the keys that contain one are checked
    (``index``: ``KeyIndex(keys)`` if the caller has it already).

    >>> sorted(signup_lines(["sign up for our newsletter", "the ferry is free", "log in"]))
    [0, 2]
    """
    index = index or KeyIndex(keys)
    runs = index.runs()
    needles = _anchors().needles(None if runs is None else set(runs))
    maybe = lines_containing(index.joined, needles, keys)
    return {i for i in maybe if is_signup_line(keys[i], keys[i])}


def signup_boxes(
    infos: Sequence[LineInfo],
    first: int,
    last: int,
    known: AbstractSet[str] | None = None,
    paragraphs: bool = False,
) -> list[list[int]]:
    """The runs of ``MIN_LINES`` or more box lines in a row among lines ``first`` to
    ``last`` (indexes of their non-blank lines), unless a run is all of them (or, where
    ``paragraphs``, the article's own paragraphs: :func:`article_paragraphs`).

    ``known``: the keys of the page's lines that are box lines, if the caller has them (the
    page's features: ``PageFeatures.signup_keys``; every line's ``key`` is then set). The
    lines of a pitch (``pitch.py``: scored as blank, marked ``ui="pitch"``) are box lines
    too."""
    if known is not None and not known:
        return []  # the page has no box line
    if known is not None and _none_known(infos[first : last + 1], known):
        return []  # (most pages: no box line nor pitch inside the content, no step per line)
    # (a pitch's lines, scored as blank ones, are box lines: ``pitch.py``)
    rows = [i for i in range(first, last + 1) if infos[i].kind != "empty" or is_pitch(infos[i])]
    if known is None:
        keys = [infos[i].key or normalize_line(infos[i].block.text) for i in rows]
        found = signup_lines(keys)
    else:
        found = {k for k, i in enumerate(rows) if infos[i].key in known}
    found.update(k for k, i in enumerate(rows) if is_pitch(infos[i]))
    if len(found) < MIN_LINES:  # no run of two
        return []
    runs: list[list[int]] = []
    current: list[int] = []
    for k, i in enumerate(rows):
        if k in found:
            current.append(i)
            continue
        if _box(infos, current):
            runs.append(current)
        current = []
    if _box(infos, current):
        runs.append(current)
    if sum(map(len, runs)) >= len(rows):
        return []
    if paragraphs:  # (rare: a run found; the article's words read only then)
        return [run for run in runs if not article_paragraphs(infos, run, first, last)]
    return runs


def _box(infos: Sequence[LineInfo], run: list[int]) -> bool:
    """``run`` (box lines in a row) is a box: ``MIN_LINES`` lines or more, one of them of at
    most ``pitch.PITCH_WORDS`` words (a box's heading, button or pitch; paragraphs of more
    words each are an article about subscriptions or newsletters)."""
    return len(run) >= MIN_LINES and any(infos[i].words <= PITCH_WORDS for i in run)


def article_paragraphs(infos: Sequence[LineInfo], run: list[int], first: int, last: int) -> bool:
    """The box lines ``run`` are the article's own paragraphs that mention subscribing or
    signing up ("Many regulars used to subscribe to the evening paper with him."): each is a
    sentence of ``PARAGRAPH_WORDS`` words or more with its full stop (a box has a heading, a
    button or a field: "Newsletter", "Sign up", "Email address"), and together they share
    ``intro.MIN_SHARED`` content words with the other paragraphs of lines ``first`` to
    ``last`` (a box's "best stories of the week in your inbox" shares none).

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> page = classify_lines(
    ...     "At the crossroads, the kiosk run by Tom Reyes has sold evening papers for years.\\n"
    ...     "Tom said his regulars used to subscribe to the evening paper and stop for a chat.\\n"
    ...     "He said his subscription sales were a tenth of what they were ten years ago.\\n"
    ...     "Tom will keep the last evening paper he sells for himself, he said.")
    >>> article_paragraphs(page, [1, 2], 0, 3)
    True
    >>> box = classify_lines(page[0].block.text + "\\nSign up to get the best stories of the "
    ...     "week.\\nBy signing up you agree to our terms and privacy policy.\\n"
    ...     + page[3].block.text)
    >>> article_paragraphs(box, [1, 2], 0, 3)
    False
    """
    if any(infos[i].words < PARAGRAPH_WORDS or not infos[i].terminal for i in run):
        return False
    inside = set(run)
    rest = (infos[i] for i in range(first, last + 1) if i not in inside)
    around = paragraph_stems(rest, True, ARTICLE_WORDS)
    own = frozenset().union(*(stems(infos[i].block.text) for i in run))
    return len(own & around) >= MIN_SHARED


def _none_known(infos: Sequence[LineInfo], known: AbstractSet[str]) -> bool:
    """No line of ``infos`` has a key of ``known`` nor is a pitch's."""
    return known.isdisjoint(map(_KEY, infos)) and "pitch" not in map(_UI, infos)


_KEY, _UI = attrgetter("key"), attrgetter("ui")


def is_pitch(info: LineInfo) -> bool:
    """A line of a subscription or sign-in pitch (``pitch.py``), blank or not."""
    return info.ui == "pitch"


@lru_cache(maxsize=1)
def _fields() -> regex.Pattern[str]:
    """The data file's form fields (``[signup] form_fields``) at the start of a word."""
    words = (normalize_line(w) for w in boilerplate_table()["signup"]["form_fields"])
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation(words)})")


@lru_cache(maxsize=4096)
def names_field(key: str) -> bool:
    """The normalized line ``key`` names a form field of the data file (``[signup]
    form_fields``: "je e mailadres", "adres e mail", "password"; cached: a page's short lines
    come again on other pages).

    >>> names_field("je e mailadres"), names_field("e mails")
    (True, False)
    """
    return _fields().search(key) is not None


def form_run(infos: Sequence[LineInfo], first: int, last: int, least: int = MIN_LINES) -> bool:
    """Lines ``first``-``last`` are a log-in or registration form's messages, no article:
    ``least`` or more paragraphs, each at most ``FORM_WORDS`` words naming a field of the
    form ("Diese E-Mail-Adresse scheint nicht korrekt zu sein", "Das Passwort muss mindestens
    8 Zeichen lang sein"). An article about passwords has longer paragraphs, or some that
    name none.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> form = classify_lines("Diese E-Mail-Adresse scheint nicht korrekt zu sein, bitte pruefe "
    ...     "sie.\\nDas Passwort muss mindestens acht Zeichen lang sein, mit einer Ziffer.")
    >>> form_run(form, 0, 1), form_run(classify_lines(PROSE + PROSE_END), 0, 1)
    (True, False)
    """
    good = []
    for i in range(first, last + 1):  # (the words first: an article has a long paragraph)
        info = infos[i]
        if info.kind == "good":
            if info.words > FORM_WORDS:
                return False
            good.append(info)
    if len(good) < least:
        return False
    fields = _fields()
    return all(fields.search(i.key or normalize_line(i.block.text)) for i in good)

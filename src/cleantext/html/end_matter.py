"""Signal ``end-matter``: the lines a news page sets after the article's last paragraph.

Inside the main content, the last kept blocks of a page are often not the article's: an
agency's credit line ("Reporting by Jane Doe; Editing by John Roe"), a call to follow the
site or its author ("Follow us on Twitter @example", "Follow our full coverage at
https://..."), a copyright notice ("© 2026 Example News. All rights reserved."). The markup
rarely marks them: they sit in the article's container as its paragraphs do. From the last
kept block back, each block under END_CHARS that is one of them goes, until the first kept
block that is not (the article's end): the same lines inside the article stay.

The words are in ``cleantext/data/html.toml`` (``[end_matter]``).

>>> end_matter_kind("Reporting by Jane Doe; Editing by John Roe")
'credit line'
>>> end_matter_kind("Follow AP's coverage of the election at https://example.org/vote")
'call to follow'
>>> end_matter_kind("© 2026 Example News. All rights reserved.")
'copyright notice'
>>> end_matter_kind("Following the vote, the council closed the bridge.") is None
True
>>> end_matter_kind("Follow the river path to the old mill, then turn left.") is None
True
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress
from operator import not_
from typing import NamedTuple

from cleantext.data import html_table
from cleantext.html.page import Page
from cleantext.html.signals import load_roles

#: a block this long or longer is never end matter (a paragraph that mentions it)
END_CHARS = 300

#: a web address or an @handle: what a call to follow names when it names no network
_ADDRESS = r"https?://|www\.|(?<![\w.])@\w"


class _Patterns(NamedTuple):
    credit: re.Pattern[str]
    follow: re.Pattern[str]
    network: re.Pattern[str]
    copyright: re.Pattern[str]
    copyright_marks: tuple[str, ...]  # lower case, for a quick test before the regex
    symbols: frozenset[str]  # the marks that must open the notice or precede a year
    address: frozenset[str]
    article: re.Pattern[str]


def _bounded(ch: str) -> bool:
    """A word that starts or ends with ``ch`` must not run into a letter there: an ASCII
    letter (Thai and Chinese words run into the next one)."""
    return ch.isascii() and ch.isalpha()


def _alternatives(words: list[str]) -> str:
    """``words`` as one regex that does not match inside a longer word of letters: bounded on
    each side that is an ASCII letter (see :func:`_bounded`). The words are grouped by the
    bounds they need, one lookaround per group (a lookbehind in front of each of sixty
    alternatives made a search of 200 characters take 0.3 ms)."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault((_bounded(w[0]), _bounded(w[-1])), []).append(re.escape(w))
    parts = []
    for (head, tail), alts in sorted(groups.items()):
        before = r"(?<![^\W\d_])" if head else ""
        after = r"(?![^\W\d_])" if tail else ""
        parts.append(before + "(?:" + "|".join(alts) + ")" + after)
    return "|".join(parts)


@cache
def _patterns() -> _Patterns:
    data = html_table()["end_matter"]
    start = r"^[\(\[]?\s*(?:"
    return _Patterns(
        credit=re.compile(start + _alternatives(data["credit_starts"]) + ")", re.I),
        follow=re.compile(start + _alternatives(data["follow_starts"]) + ")", re.I),
        network=re.compile(_alternatives(data["networks"]) + "|" + _ADDRESS, re.I),
        copyright=re.compile(_alternatives(data["copyright_marks"]), re.I),
        copyright_marks=tuple(m.lower() for m in data["copyright_marks"]),
        symbols=frozenset(m.lower() for m in data["copyright_symbols"]),
        address=frozenset(data["address_words"]),
        article=re.compile(_alternatives(data["article_phrases"]), re.I),
    )


def end_matter_kind(text: str) -> str | None:
    """What end matter the block ``text`` is (``"credit line"``, ``"call to follow"``,
    ``"copyright notice"``), or None (also for END_CHARS characters or more)."""
    if len(text) >= END_CHARS:
        return None
    p = _patterns()
    if p.credit.search(text):
        return "credit line"
    if p.follow.search(text) and p.network.search(text):
        return "call to follow"
    low = text.lower()
    if any(m in low for m in p.copyright_marks) and _notice(text, p):
        return "copyright notice"
    return None


#: before the mark that opens a notice: nothing but brackets and spaces
_OPENING = " \t([\u00a0"
#: a year right after a copyright symbol ("© 2026", "Copyright (c) 2026", "©2026")
_YEAR_AFTER = re.compile(r"\s*+(?:(?:©|\(c\))\s*+)?(?:1[89]|20)\d\d\b", re.I)


def _notice(text: str, p: _Patterns) -> bool:
    """``text`` is a copyright notice, not a sentence that says "copyright" (adv20: "It is
    the third copyright case the singer has won.", "CafÃ© au lait ..." with a "©" in its
    mojibake, went): a phrase of rights ("All rights reserved") anywhere, or a symbol
    (``copyright_symbols``: "©", "Copyright") that opens the block or has a year right after
    it.

    >>> _notice("Copyright Example News", _patterns()), _notice("Text © 2026 X", _patterns())
    (True, True)
    >>> _notice("It is the third copyright case she has won.", _patterns())
    False
    """
    for m in p.copyright.finditer(text):
        if m.group().lower() not in p.symbols:
            return True  # (a phrase of rights)
        if not text[: m.start()].strip(_OPENING) or _YEAR_AFTER.match(text, m.end()):
            return True
    return False


#: the words of a text, for the single-word lists
_TOKENS = re.compile(r"[^\W\d_]+")


def _addresses(text: str) -> bool:
    """``text`` has one of ``address_words`` (a set lookup per word: a regex alternation of
    sixty words took 45 µs on a paragraph)."""
    address = _patterns().address
    return any(w in address for w in _TOKENS.findall(text.lower()))


#: a prompt about the article is this short or shorter (signal ``reader-prompts``)
PROMPT_CHARS = 150


def _is_reader_prompt(text: str) -> bool:
    """Signal ``reader-prompts``: ``text`` is under PROMPT_CHARS, names the article
    (``article_phrases``: "this article", "diesen Artikel") and addresses the reader
    (``address_words``): "Was this article helpful for you?", "Wie bewerten Sie diesen
    Artikel?".

    >>> _is_reader_prompt("Wie bewerten Sie diesen Artikel?")
    True
    >>> _is_reader_prompt("The article was published in 1990, the council said.")
    False
    """
    p = _patterns()
    return len(text) < PROMPT_CHARS and p.article.search(text) is not None and _addresses(text)


def _kind(text: str, chars: int, credits: bool, promos: bool, prompts: bool = True) -> str | None:
    """What end matter a block of ``chars`` characters with ``text`` is (see
    :func:`end_matter_kind`; credit lines only if ``credits``, newsletter prompts only if
    ``promos``, prompts about the article only if ``prompts``), or None."""
    if chars >= END_CHARS:
        return None
    kind = end_matter_kind(text)
    if kind is None and promos and _is_promo(text):
        kind = "newsletter or subscription prompt"
    if kind is None and prompts and _is_reader_prompt(text):
        kind = "prompt about the article"
    if kind == "credit line" and not credits:
        return None
    return kind


def drop_end_matter(
    page: Page,
    verdicts: list[tuple[str, str] | None],
    dropped: list[bool],
    rule: str,
    credits: bool = True,
    promos: bool = True,
    front: bool = True,
    prompts: bool = True,
    headings: bool = False,
) -> None:
    """From the last kept block back, drop each one that is end matter (see :func:`_kind`)
    until the first one that is not; with ``front`` (signal ``front-matter``), the same from
    the first kept block on, for calls to follow and newsletter prompts ("Start your day
    with our newsletter. Sign up here."); with ``headings`` (signal ``headline-deck``), the
    headings among the first kept blocks (a deck kept under the headline) are passed over,
    not taken for the article's start. ``rule`` names the rule of the drops. Updates
    ``verdicts`` and ``dropped`` in place, unless that would drop every kept block: a page
    that is all calls to follow and newsletter prompts (an article about the site's own
    newsletter) keeps its text, as ``drop_signup_boxes`` keeps a run that is all of it."""
    kept = [n for n, d in enumerate(dropped) if not d]
    before = [verdicts[n] for n in kept]
    _drop_end_matter(page, verdicts, dropped, kept, rule, credits, promos, front, prompts, headings)
    if kept and all(dropped[n] for n in kept):
        for n, verdict in zip(kept, before, strict=True):
            verdicts[n], dropped[n] = verdict, False


def _drop_end_matter(
    page: Page,
    verdicts: list[tuple[str, str] | None],
    dropped: list[bool],
    kept: list[int],
    rule: str,
    credits: bool,
    promos: bool,
    front: bool,
    prompts: bool,
    headings: bool,
) -> None:
    """:func:`drop_end_matter`'s drops, of the ``kept`` blocks."""
    heading_tags = load_roles().headings  # (front matter looks past them, with ``headings``)
    blocks, text = page.blocks, page.text
    for n in reversed(kept):
        b = blocks[n]
        kind = _kind(text[b.start : b.end].strip(), b.chars, credits, promos, prompts)
        if kind is None:
            break
        verdicts[n] = (rule, f"end matter: {kind} at the article's end")
        dropped[n] = True
    if not front:
        return
    for n in kept:
        if dropped[n]:
            return
        b = blocks[n]
        if headings and b.tag in heading_tags:
            continue
        kind = _kind(text[b.start : b.end].strip(), b.chars, False, promos)
        if kind not in _FRONT:
            return
        verdicts[n] = (rule, f"front matter: {kind} before the article")
        dropped[n] = True


#: a block this long or longer is no line of a sign-up box (a paragraph: GOOD_CHARS)
BOX_LINE_CHARS = 100


def drop_signup_boxes(
    page: Page, verdicts: list[tuple[str, str] | None], dropped: list[bool], rule: str
) -> None:
    """Signal ``signup-boxes``: a run of signup.MIN_LINES or more kept blocks in a row, each a
    line of a sign-up, log-in or paywall box (``[signup]`` phrases of boilerplate.toml, see
    :func:`cleantext.boilerplate.signup.is_signup_line`: "Subscribe to keep reading",
    "Cancel anytime", "Already a subscriber? Log in"), goes, as the ``extract`` preset's
    box rule drops it from text (the ``light`` rules that run after the selection keep
    it); a run that is all the kept blocks stays (a page that is only such a box), and
    list items and table cells are not box lines. Updates ``verdicts`` and ``dropped``.

    >>> from cleantext.html import render
    >>> page = render("<p>Subscribe to keep reading.</p><p>Cancel anytime.</p><p>The end.</p>")
    >>> dropped = [False] * 3
    >>> drop_signup_boxes(page, [None] * 3, dropped, "r")
    >>> dropped
    [True, True, False]
    """
    from cleantext.boilerplate.signup import MIN_LINES, has_signup_phrase, is_signup_line

    item_tags = load_roles().items  # (no box line: the steps of a how-to, a table of plans)

    blocks, text = page.blocks, page.text
    kept = list(compress(range(len(dropped)), map(not_, dropped)))  # (C speed: long pages)
    if len(kept) <= MIN_LINES:
        return
    candidates: list[int] = []  # the runs of short kept blocks (a line alone goes nowhere)
    run: list[int] = []
    for n in [*kept, -1]:  # (-1: the end of the last run)
        if n >= 0 and blocks[n].chars < BOX_LINE_CHARS and blocks[n].tag not in item_tags:
            run.append(n)
            continue
        if len(run) >= MIN_LINES:
            candidates += run
        run = []
    # (one look for a phrase in all of them first: most pages have none)
    if not candidates or not has_signup_phrase(
        " | ".join(text[blocks[n].start : blocks[n].end] for n in candidates)
    ):
        return
    lines = [n for n in candidates if is_signup_line(text[blocks[n].start : blocks[n].end])]
    if len(lines) < MIN_LINES or len(lines) == len(kept):
        return
    found = set(lines)
    for n in [*kept, -1]:
        if n in found:
            run.append(n)
            continue
        if len(run) >= MIN_LINES:
            for m in run:
                verdicts[m] = (rule, "sign-up or paywall box")
                dropped[m] = True
        run = []


#: the end matter that also comes before an article
_FRONT = frozenset({"call to follow", "newsletter or subscription prompt"})


def _is_promo(text: str) -> bool:
    """Signal ``end-promo``: ``text`` holds a promo keyword of boilerplate.toml ("newsletter",
    "subscribe", "terms of use": the extract preset's ``[promo]`` keywords, as whole words)
    and a word that addresses the reader or speaks for the site (``address_words``: "your",
    "our", "Sie").

    >>> _is_promo("Sign up for our newsletter"), _is_promo("The council will subscribe.")
    (True, False)
    """
    from cleantext.boilerplate.patterns import Patterns

    if not _addresses(text):
        return False
    return Patterns.builtin().has_keyword(text)


#: what a dateline holds besides its words: a year or a time of day (not a page range
#: "275-291", a rating "9 / 10", a duration "25 Min.")
_YEAR_OR_TIME = re.compile(r"(?<!\d)\d{4}(?!\d)|\d:\d\d")


def _is_date_text(text: str) -> bool:
    """Every line of ``text`` is only a date, a time or an age (the ``[date]`` lines of
    boilerplate.toml: "Nov. 20, 2019 6:02 AM EST", "2023-11-17 15:13", "Updated 3:45 PM"),
    and it has a year or a time of day (_YEAR_OR_TIME)."""
    from cleantext.boilerplate.patterns import Patterns

    if not _YEAR_OR_TIME.search(text):
        return False
    patterns = Patterns.builtin()
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(map(patterns.is_date, lines))


def drop_date_text(
    page: Page,
    verdicts: list[tuple[str, str] | None],
    dropped: list[bool],
    rule: str,
    good_chars: int,
    date_chars: int,
) -> None:
    """Signal ``date-text-lines``: a kept block shorter than ``date_chars`` before the
    article's first paragraph of ``good_chars`` or more that is only a date or a time (a
    dateline written out, without a ``<time>`` element: see :func:`_is_date_text`) goes, as
    ``date-lines`` drops the ones in ``<time>``. Updates ``verdicts`` and ``dropped``."""
    cell_tags = load_roles().cells  # (never a dateline: a column of dates is data)
    blocks, text = page.blocks, page.text
    for n, b in enumerate(blocks):
        if dropped[n]:
            continue
        if b.chars >= good_chars:
            return
        if b.chars < date_chars and b.tag not in cell_tags and _is_date_text(text[b.start : b.end]):
            verdicts[n] = (rule, "date line before the article")
            dropped[n] = True

"""Issue 14, pattern 3: a comment thread with no known heading and no reply buttons goes as
``extract-comments`` when a header of the same shape (a name and a time: "Maria Lopez" above
"2 hours ago", "Marie dit :" above "il y a 3 jours", "Anna · vor 5 Minuten") repeats three
times, each with a body (``boilerplate/thread.py``). Near misses: a timeline of dated events,
an interview and quotes with dates, and two comments only, are kept whole. Pages written for
these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import BRIDGE_COMMENTS as BODIES
from _pages import FOOTER, MENU, STORY, extract_with
from _pages import lines_page as _page
from cleantext.boilerplate.extract import find_main_content
from cleantext.boilerplate.patterns import normalize_line
from cleantext.boilerplate.thread import (
    _is_timed,
    _may_hold_times,
    _timed,
    bare_thread,
    may_hold_thread,
)
from cleantext.config import Config


def _thread(*headers: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(line for head, body in zip(headers, BODIES, strict=True) for line in (*head, body))


THREADS = {
    # a name above a comment's age (Disqus-like)
    "en": _thread(("Maria Lopez", "2 hours ago"), ("Tom", "3 hours ago"),
                  ("jdoe88", "5 hours ago")),
    # a byline verb above the age
    "fr": _thread(("Marie dit :", "il y a 3 jours"), ("Paul dit :", "il y a 4 jours"),
                  ("Chloé dit :", "il y a 5 jours")),
    # a name and the age on one line
    "de": _thread(("Anna · vor 5 Minuten",), ("Tom · vor 2 Stunden",),
                  ("Jonas K. · vor 3 Tagen",)),
    # the age above the name
    "es": _thread(("hace 2 horas", "Lucía"), ("hace 3 horas", "Pedro Gómez"),
                  ("hace 1 día", "Marta")),
    # an Arabic age under a one-word name
    "ar": _thread(("أحمد", "منذ 3 ساعات"), ("سارة", "منذ 5 ساعات"), ("عمر", "منذ يومين")),
    # a date with a time of day under the name (WordPress without its reply links)
    "en-date": _thread(("Maria Lopez", "March 3, 2021 at 4:12 pm"),
                       ("Tom Baker", "March 4, 2021 at 9:30 am"),
                       ("Ann", "March 4, 2021 at 11:02 am")),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_a_bare_thread_goes_by_its_repeated_shape(lang: str) -> None:
    page = _page(MENU, STORY, THREADS[lang], FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY)
    assert not any(body in out for body in BODIES)
    edits = find_main_content(page)
    thread = next(e for e in edits if e.rule == "extract-comments")
    assert thread.before.lstrip().startswith(THREADS[lang][0])
    assert "3 comments in a row" in (thread.note or "")
    # the rule is what removes them: off, the comments are kept as the article's end
    assert BODIES[0] in extract_with(page, bare_thread=False)


def test_the_rule_is_switched_off_by_extract_off() -> None:
    page = _page(MENU, STORY, THREADS["en"], FOOTER)
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["bare-thread"]}}
    )
    assert BODIES[0] in cleantext.Cleaner(config).clean(page)
    assert BODIES[0] not in cleantext.clean(page, preset="extract")


NEAR_MISSES = {
    # a timeline: dates (no time of day) above names and events
    "timeline": ("March 3, 2021", "Anna Berg", BODIES[0], "March 9, 2021", "Tom Baker",
                 BODIES[1], "March 12, 2021", "Council", BODIES[2]),
    # a timeline of dated lines with the event on the same line
    "timeline-one-line": ("March 3, 2021: the first cracks are found.",
                          "March 9, 2021: buses are sent on a detour.",
                          "March 12, 2021: the council votes to close the bridge."),
    # an interview: names, no times
    "interview": ("Anna Berg", "Q: How long have you crossed the bridge?", BODIES[0],
                  "Tom Baker", "Q: And the ferry?", BODIES[1], "Ann", "Q: And the shops?",
                  BODIES[2]),
    # quotes with their date on the speaker's line
    "quotes": ("Anna Berg, engineer, on March 3, 2021:", BODIES[0],
               "Tom Baker, mayor, on March 9, 2021:", BODIES[1],
               "Ann Lee, shop owner, on March 12, 2021:", BODIES[2]),
    # a label and a time, not a name: market data rows
    "labels": ("Last Trade: 09:14 23 Sep 2011", BODIES[0], "Last Trade: 09:15 23 Sep 2011",
               BODIES[1], "Last Trade: 09:16 23 Sep 2011", BODIES[2]),
    # a list of related articles under their age: titles, no sentences
    "teasers": ("AP · 53 mins ago", "Article: Ten products that defined the bridge",
                "AP · 55 mins ago", "Article: A chronology of the bridge works",
                "AP · 57 mins ago", "Video: The mayor on the ferry plans"),
    # two comments are not yet a thread
    "two": THREADS["en"][:6],
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_a_near_miss_is_no_thread(case: str) -> None:
    lines = NEAR_MISSES[case]
    page = _page(MENU, STORY, lines, STORY[:1], FOOTER)
    assert "extract-comments" not in [e.rule for e in find_main_content(page)]
    assert bare_thread(lines) is None


def test_a_body_too_long_breaks_the_thread() -> None:
    # twelve lines at most between two headers: the third header is too far for a thread
    lines = (*THREADS["en"][:6], *(BODIES[2],) * 13, *THREADS["en"][6:])
    assert bare_thread(lines) is None
    assert bare_thread(THREADS["en"]) is not None


# ages with the number written as a word, and a vote line under each comment (issue 14: a
# Spanish thread of "Hace 28 minutos" / "Hace una hora" headers was kept whole)
WORDED = {
    "es": _thread(("Alcalino", "Hace 28 minutos"), ("Casper", "Hace una hora"),
                  ("pepe", "Hace una hora")),
    "en": _thread(("Maria Lopez", "an hour ago"), ("Tom", "a day ago"), ("jdoe88", "2 days ago")),
    "de": _thread(("Anna", "vor einer Stunde"), ("Tom", "vor einem Tag"),
                  ("Jonas", "vor 3 Tagen")),
    "fr": _thread(("Marie", "il y a une heure"), ("Paul", "il y a un jour"),
                  ("Chloé", "il y a 3 jours")),
    "it": _thread(("Marco", "un'ora fa"), ("Giulia", "un giorno fa"), ("Luca", "2 giorni fa")),
    "pl": _thread(("Ania", "godzinę temu"), ("Tomek", "godzinę temu"), ("Jan", "2 dni temu")),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(WORDED))
def test_an_age_in_words_is_a_comment_time(lang: str) -> None:
    rows = list(WORDED[lang])
    for k in (8, 5, 2):  # a vote line under each comment's body
        rows.insert(k + 1, f"Rating: {k} less more")
    page = _page(MENU, STORY, rows, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY)
    assert not any(body in out for body in BODIES)


def test_an_age_in_words_in_prose_is_no_header() -> None:
    # a timeline whose entries say "an hour ago" inside sentences, and a name above each:
    # the age is no line of its own, so there is no header
    lines = ("Anna Berg", "An hour ago the council voted to close the bridge.",
             "Tom Baker", "A day ago the buses were sent on a detour.",
             "Ann Lee", "A week ago the first cracks were found.")  # fmt: skip
    assert bare_thread(lines) is None
    page = _page(MENU, STORY, lines, STORY[:1], FOOTER)
    assert "extract-comments" not in [e.rule for e in find_main_content(page)]


# one age for each pattern of ``[comments] ago_regex`` (normalised)
AGES = ("0 hours ago", "an hour ago", "0h ago", "il y a une heure", "vor einer stunde",
        "hace una hora", "un'ora fa", "há 0 dias", "een uur geleden", "0 dni temu",
        "godzinę temu", "0 часа назад", "час назад", "bir saat önce", "0分前",
        "منذ 0 ساعات")  # fmt: skip


def test_every_age_pattern_starts_or_ends_with_an_ago_word() -> None:
    # the pattern is tried only on a line that starts or ends with one of ``ago_starts`` or
    # ``ago_ends``: each pattern has an age among AGES, and each of AGES has such a word
    import regex

    from cleantext.boilerplate.thread import _agoish, _words
    from cleantext.data import boilerplate_table

    for rx in boilerplate_table()["comments"]["ago_regex"]:
        assert any(regex.fullmatch(rx, age) for age in AGES), rx
    assert all(_agoish(age) and _words().ago.fullmatch(age) for age in AGES)


#: every thread of the tests above: the shapes and the ages in words
ALL_THREADS = {**THREADS, **{f"worded-{k}": v for k, v in WORDED.items()}}


@pytest.mark.parametrize("shape", sorted(ALL_THREADS))
def test_the_time_precheck_lets_every_thread_through(shape: str) -> None:
    # ``_may_hold_times`` (before the headers are looked for) passes every thread's times:
    # ages, times of day, and a bare date under a byline verb's colon
    lines = ALL_THREADS[shape]
    assert _may_hold_times(lines, [normalize_line(s) for s in lines], -1)
    assert _may_hold_times(("Tom wrote:", "May 2, 2021") * 3, ["tom wrote", "may 0 0000"] * 3, -1)


def test_the_time_precheck_stops_a_page_of_dates() -> None:
    # dates (short lines with figures) with no age, time of day or colon: no header can be
    # among them, and the timeline near miss is not searched
    lines = NEAR_MISSES["timeline"]
    keys = [normalize_line(s) for s in lines]
    assert not _may_hold_times(lines, keys, -1)
    assert _timed(keys) == [*map(_is_timed, keys), False]


def test_the_time_tests_count_the_spaces_of_long_keys() -> None:
    # ``_timed`` and ``may_hold_thread`` count a key's spaces on its first characters first:
    # a long key with few spaces (a line of CJK text with a figure) may still be a time, one
    # with its tenth space far in may not
    few = "0" + "字" * 200 + " ago"
    many = "0" + "x" * 200 + " a" * 10
    assert _timed([few, many]) == [*map(_is_timed, [few, many]), False] == [True, False, False]
    assert may_hold_thread([few] * 3) and not may_hold_thread([many] * 3)


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_a_later_pass_looks_the_headers_up(lang: str) -> None:
    # cost23b: the headers found are kept by their lines (and the lines after them) for the
    # page's later passes; a look-up finds the thread the first pass found, a line not seen
    # yet is read
    from cleantext.boilerplate.thread import Known

    lines = [*STORY, *THREADS[lang]]
    known: Known = {}
    found = bare_thread(lines, len(STORY) - 1, known=known)
    assert found is not None and known
    assert bare_thread(lines, len(STORY) - 1, known=known) == found
    assert bare_thread(lines[1:], len(STORY) - 2, known=known) == found._replace(
        start=found.start - 1
    )
    cleared = dict.fromkeys(known)  # (no header on any line: what the look-up then gives)
    assert bare_thread(lines, len(STORY) - 1, known=cleared) is None


#: lines a header's time test reads in several ways: a bare date under a byline verb, a clock,
#: an age in words, a one-line header with a label, and short lines with figures that are no
#: time ("Eat 60-90 minutes before", a price)
_TRICKY = (
    "Tom wrote:", "May 2, 2021", "Ann", "4:12", "Eat 60-90 minutes before", "an hour ago",
    "Current DateTime: 09:14:12 23 Sep 2011", "jdoe88 · 3 days ago", "Marie dit :",
    "12 mars 2020", "Price: $12.99", "Step 2 of 5", "Lucía", "hace una hora", "Tom",
    "16h05", "Anna am 12. März 2020 um 10:12", "1,200 shares", "3 Tage", "vor 3 Tagen",
)  # fmt: skip


@pytest.mark.parametrize("lang", [*sorted(THREADS), "tricky"])
def test_the_header_precheck_finds_every_header(lang: str) -> None:
    # cost24b: a header is looked for only where its time line may be one (``_may_open``);
    # the headers found are those of ``_header`` tried on every line, as before it
    from cleantext.boilerplate.thread import HEADER_WORDS, _header, _headers

    lines = [*STORY, *(_TRICKY if lang == "tricky" else THREADS[lang]), *_TRICKY[::-1]]
    keys = [normalize_line(s) for s in lines]
    timed = _timed(keys)
    every: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        found = None
        if (timed[i] or timed[i + 1]) and keys[i].count(" ") < HEADER_WORDS:
            found = _header(lines, keys, i, timed)
        if found is None:
            i += 1
            continue
        every.append((i, found[1], found[0]))
        i = found[1]
    assert _headers(lines, keys, 0, timed) == every
    assert every or lang == "tricky"

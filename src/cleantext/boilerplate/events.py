"""An event's details above its description, for the ``extract`` preset.

An event page (a concert, a play, a talk) puts its date, place and prices between its title
and its description: "Saturday 14 March 2026, 19:30" / "Venue: St Mary's Hall, York" /
"Tickets from £25" / "Running time: about 2 hours", then buttons ("Book now", "Add to
calendar"). They are short lines without a full stop, so they went with the page's header,
though they are the event's. Above the main content, past up to ``MAX_GAP`` short lines
(the buttons: they still go), a run of detail lines is kept when ``MIN_LABELLED`` or more of
them are labelled by a word of the data file's ``[events] labels`` ("Venue: ...", "Lieu :
...", "Tickets from £25": the label before a ':' or the line's first word) and it has
``MIN_LINES`` or more lines: labelled lines and short lines with a figure (the date, the
time). The event's title right above the run (a short line, no breadcrumb) is kept with it.
A news story's date line has no event label above it and stays out. Off with
``Weights.event_details=False`` (``extract_off = ["event-details"]``); the ``extract-head``
note names the lines.

Many event pages label nothing: the date with its hours, then the place ("Samstag, 16. Mai
2026, 20:00 bis 24:00 Uhr" / "Dom St. Marien, Domplatz 1, Lindenberg"). Such a run of
``MIN_TIMED`` or more detail lines is kept too when one of them gives a time range, a start
and an end (the data file's ``[events] range_regex``: "20:00 bis 24:00 Uhr", "7pm–10pm",
"19h30 à 22h"); a news story's date line gives one time, not a range, and stays out. Off with
``Weights.event_times=False`` (``extract_off = ["event-times"]``). A place line with no figure
("Oude Haven en Havenkade, Zeestad": 2 or 3 parts parted by commas, each with a capital) is a
detail line of such a run too (``place``; session 24, off with ``Weights.event_places=False``,
``extract_off = ["event-places"]``): a run still needs its labels or its time range.

An exhibition gives the days it runs, no hours: "21 February - 30 August 2026" over "Gallery 3 ·
Free with museum admission". A date range (the data file's ``[events] date_range_regex``: a
day and a month, a dash or "to"/"bis"/"a", the end's day and month) stands for the time range
in such a run (``exhibition-dates``, w-wild25; off with ``Weights.exhibition_dates=False``); a
news story's date line names one day and stays out.

>>> date_range("21 February - 30 August 2026"), date_range("14 de março a 27 de setembro")
(True, True)
>>> date_range("Published 21 February 2026"), date_range("3 people - 5 houses")
(False, False)

>>> labelled("Venue: St Mary's Hall, York"), labelled("Tickets from £25"), labelled("Home")
(True, True, False)
>>> labelled("Lieu : Théâtre de la Halle"), labelled("Venue of the year is chosen by readers")
(True, False)
>>> timed("Samstag, 16. Mai 2026, 20:00 bis 24:00 Uhr"), timed("Sat 16 May, 7pm-10pm")
(True, True)
>>> timed("Samstag, 16. Mai 2026, 20:00 Uhr"), timed("and last updated 2013-12-30 16:42:01-05")
(False, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.patterns import data_keys, normalize_line
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "by_times",
    "date_range",
    "event_details",
    "labelled",
    "place",
    "timed",
    "why_details",
]

MAX_GAP = 3  # short lines (buttons) between the details and the description
GAP_WORDS = 6  # words of such a line
MAX_WORDS = 14  # words of a detail line
FIGURE_WORDS = 10  # words of a detail line that is a date or time (a line with a figure)
MIN_LABELLED = 2
MIN_LINES = 3
MIN_TIMED = 2  # lines of an unlabelled run with a time range (``event-times``)
_BREADCRUMB = ("/", ">", "»", "›", "|")
_FIGURE = regex.compile(r"\d")
_TITLE_KINDS = frozenset({"short", "repeat", "medium"})


def labelled(text: str) -> bool:
    """A detail line labelled by an event label: before its ':' or as its first word, in a
    short line."""
    if len(text.split()) > MAX_WORDS:
        return False
    if ":" in text and normalize_line(text.split(":", 1)[0]) in data_keys("events", "labels"):
        return True
    words = normalize_line(text).split()
    # the first word alone labels a short line that goes on with a figure ("Tickets from £25")
    return bool(words) and words[0] in data_keys("events", "labels") and any(map(str.isdigit, text))


@lru_cache(maxsize=1)
def _range() -> regex.Pattern[str]:
    """The data file's ``[events] range_regex``, searched in a line."""
    found = boilerplate_table()["events"]["range_regex"]
    return regex.compile("|".join(f"(?:{rx})" for rx in found))


def timed(text: str) -> bool:
    """A detail line giving a time range, a start and an end ("20:00 bis 24:00 Uhr"), not as
    the value of a label: "Monday to Friday: 8 am to 6 pm" is a row of opening hours, which
    recur (a sidebar's), where an event's date line gives its hours after the date.

    >>> timed("Samstag, 16. Mai 2026, 20:00 bis 24:00 Uhr"), timed("Mon to Fri: 8 am to 6 pm")
    (True, False)
    """
    if len(text.split()) > FIGURE_WORDS:
        return False
    found = _range().search(text)
    return found is not None and ": " not in text[: found.start()]


@lru_cache(maxsize=1)
def _dates() -> regex.Pattern[str]:
    """The data file's ``[events] date_range_regex``, searched in a line (any case)."""
    found = boilerplate_table()["events"]["date_range_regex"]
    return regex.compile("|".join(f"(?:{rx})" for rx in found), regex.IGNORECASE)


def date_range(text: str) -> bool:
    """A detail line giving a range of days ("21 February - 30 August 2026"), not as the value
    of a label, on a line of up to ``FIGURE_WORDS`` words (``exhibition-dates``)."""
    if len(text.split()) > FIGURE_WORDS:
        return False
    found = _dates().search(text)
    return found is not None and ": " not in text[: found.start()]


def _detail(info: LineInfo) -> bool:
    text = info.block.text
    figure = _FIGURE.search(text) is not None
    if not figure and ":" not in text:
        return False  # (most lines: no label of either form, no date)
    return (figure and info.words <= FIGURE_WORDS) or labelled(text)


def place(text: str) -> bool:
    """A place line with no figure: up to ``FIGURE_WORDS`` words in 2 or 3 parts parted by
    commas, each starting with a capital, no sentence end ("Oude Haven en Havenkade, Zeestad",
    "The Engine House, Canal Wharf, Leeds"; a button has no comma).

    >>> place("Oude Haven en Havenkade, Zeestad"), place("Book now"), place("Yes, it is.")
    (True, False, False)
    """
    parts = text.split(",")
    if not 2 <= len(parts) <= 3 or len(text.split()) > FIGURE_WORDS:
        return False
    if text.rstrip()[-1:] in ".!?":
        return False
    return all(part.strip()[:1].isupper() for part in parts)


def _detail_or_place(info: LineInfo, w: Weights) -> bool:
    """A detail line, or (``w.event_places``) a place line with no UI string."""
    text = info.block.text  # (most lines above an article have no comma: no place asked)
    return _detail(info) or ("," in text and w.event_places and not info.ui and place(text))


def _title(info: LineInfo) -> bool:
    text = info.block.text
    plain = not any(sep in text for sep in _BREADCRUMB)
    return info.kind in _TITLE_KINDS and 0 < info.words <= MAX_WORDS and plain and not info.ui


def event_details(infos: Sequence[LineInfo], first: int, w: Weights) -> tuple[int, int] | None:
    """``(first line, last line)`` of an event's details (and its title) above the main
    content (which starts at ``first``), or ``None``; none if not ``w.event_details``."""
    if not w.event_details:
        return None
    j, gap = first - 1, 0
    while j >= 0:  # past blank lines and up to ``MAX_GAP`` short ones (the buttons)
        info = infos[j]
        if info.kind != "empty":
            if _detail_or_place(info, w):
                break
            if gap == MAX_GAP or info.words > GAP_WORDS:
                return None
            gap += 1
        j -= 1
    run: list[int] = []
    while j >= 0:
        info = infos[j]
        if info.kind != "empty":
            if info.words > MAX_WORDS or not _detail_or_place(info, w):
                break
            run.append(j)
        j -= 1
    if not _enough(infos, run, w):
        return None
    top = j if j >= 0 and _title(infos[j]) else run[-1]
    return top, run[0]


def _enough(infos: Sequence[LineInfo], run: list[int], w: Weights) -> bool:
    """The run is an event's details: ``MIN_LINES`` lines, ``MIN_LABELLED`` of them labelled,
    or (``w.event_times``) ``MIN_TIMED`` lines, one with a time range (or, with
    ``w.exhibition_dates``, a range of days)."""
    if len(run) >= MIN_LINES and sum(labelled(infos[k].block.text) for k in run) >= MIN_LABELLED:
        return True
    return _ranged(infos, run, w)


def _ranged(infos: Sequence[LineInfo], run: list[int], w: Weights) -> bool:
    """``w.event_times`` and ``MIN_TIMED`` lines, one with a time range or (with
    ``w.exhibition_dates``) a range of days."""
    if not w.event_times or len(run) < MIN_TIMED:
        return False
    texts = [infos[k].block.text for k in run]
    return any(map(timed, texts)) or (w.exhibition_dates and any(map(date_range, texts)))


def by_times(infos: Sequence[LineInfo], details: tuple[int, int]) -> bool:
    """The details at ``details`` (an ``event_details`` result) were kept for their time
    range (``event-times``), not for their labels."""
    texts = [infos[k].block.text for k in range(details[0], details[1] + 1)]
    return sum(map(labelled, texts)) < MIN_LABELLED


def why_details(lines: str, timed_run: bool = False) -> str:
    """The head note's words for an event's details kept (``lines``: their line range;
    ``timed_run``: unlabelled, kept for a time range).

    >>> why_details("lines 9-11", timed_run=True)[-33:]
    'its hours and place: event-times)'
    """
    if timed_run:
        why = "its hours and place: event-times"
        return f"the event's title and details at {lines} are kept ({why})"
    return (
        f"the event's title and details at {lines} are kept (its date, place and prices "
        "above the description: event-details)"
    )

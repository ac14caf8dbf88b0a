"""A live blog's entry times, for the ``extract`` preset.

A live blog (a storm, an election night, a match) is a stream of short entries, each under
a time on a line of its own ("14:52" / "The Met Office says ..."). Each time line scored as
page furniture, and with short entries (a heading and one sentence) the furniture outweighed
the prose: the run of the article ended at the first entries, and the older ones went as
``extract-tail``. A time line (a whole line of the data file's ``[live] time_lines``: "14:52",
"2:52pm", "9.05 am", "14.52 Uhr") with prose on both sides, the previous entry's paragraph
right above it and a paragraph within ``NEXT_LINES`` lines under it (its own, under its
heading), is scored as a blank line when the page has ``MIN_TIMES`` or more of them: the
entries are one run. A timetable's or a TV guide's times have short lines around them, a
comment's time the commenter's name above it: they score as before. Off with
``Weights.live_times=False`` (``extract_off = ["live-times"]``); the line stays in the text.

>>> is_time_line("14:52"), is_time_line("2:52pm"), is_time_line("14.52 Uhr")
(True, True, True)
>>> "000 am" in time_keys(), is_time_line("9.05 am")
(True, True)
>>> is_time_line("Updated 14:52"), is_time_line("2026")
(False, False)
>>> kinds = ["good", "short", "good", "short", "short", "medium", "short", "good"]
>>> texts = ["", "14:20", "", "13:05", "Road closed", "", "12:40", ""]
>>> time_rows(texts, kinds, ["", "00 00", "", "00 00", "road closed", "", "00 00", ""])
[1, 3, 6]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from cleantext.data import boilerplate_table

__all__ = ["MIN_TIMES", "NEXT_LINES", "is_time_line", "may_hold_times", "time_keys", "time_rows"]

MIN_TIMES = 2  # time lines with prose on both sides
NEXT_LINES = 2  # lines under a time in which its entry's paragraph comes
TIME_CHARS = 24
_PROSE = frozenset({"good", "medium"})


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern[str]:
    lines = boilerplate_table()["live"]["time_lines"]
    return regex.compile("|".join(f"(?:{p})" for p in lines), regex.IGNORECASE)


def is_time_line(text: str) -> bool:
    """A whole line that is a time of day (``[live] time_lines``)."""
    text = text.strip()
    return len(text) <= TIME_CHARS and _pattern().fullmatch(text) is not None


@lru_cache(maxsize=1)
def time_keys() -> frozenset[str]:
    """The normalised keys a time line may have (``[live] time_keys``, alone and with each
    of ``time_suffixes`` after a space)."""
    table = boilerplate_table()["live"]
    keys = table["time_keys"]
    return frozenset([*keys, *(f"{k} {s}" for k in keys for s in table["time_suffixes"])])


def may_hold_times(keys: Sequence[str]) -> bool:
    """Some line's key (``normalize_line``'s) is a time line's (no Python step per line)."""
    return not time_keys().isdisjoint(keys)


def _between_prose(kinds: Sequence[str], j: int) -> bool:
    """Line ``j`` has a paragraph right above it and one within ``NEXT_LINES`` under it
    (blank lines aside)."""
    i = j - 1
    while i >= 0 and kinds[i] == "empty":
        i -= 1
    if i < 0 or kinds[i] not in _PROSE:
        return False
    seen = 0
    for k in range(j + 1, len(kinds)):
        if kinds[k] == "empty":
            continue
        if kinds[k] in _PROSE:
            return True
        seen += 1
        if seen >= NEXT_LINES:
            return False
    return False


def time_rows(texts: Sequence[str], kinds: Sequence[str], keys: Sequence[str]) -> list[int]:
    """Indexes of the lines (``texts``, ``kinds``, ``keys``: each line's text, class and
    normalised key) that are a live blog's entry times with prose on both sides; none if
    fewer than ``MIN_TIMES``."""
    known = time_keys()
    found = [
        j
        for j, key in enumerate(keys)
        if key in known and kinds[j] != "empty" and is_time_line(texts[j])
    ]
    rows = [j for j in found if _between_prose(kinds, j)]
    return rows if len(rows) >= MIN_TIMES else []

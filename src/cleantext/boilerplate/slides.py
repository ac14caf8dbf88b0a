"""A photo gallery's slide counters, for the ``extract`` preset.

A gallery ("In pictures: ...") renders as text as a caption per photo, each with its counter
("2 of 8", "Image 3/12") and often its credit. The counters repeat one shape, so they
scored as repeated page furniture, and with short captions the furniture outweighed them:
the article's run ended at the first photo and the other captions went as
``extract-tail``. A counter line (a whole line of the data file's ``[slides]
counter_lines``) scores as a blank line when the page has ``MIN_COUNTERS`` or more of them
with one total, their numbers rising in page order, each with a paragraph within
``NEAR_LINES`` lines above or under it (its caption). A list of "1 of 3" steps with no
prose beside it, or counters with different totals, score as before. When the gallery's
first counter is inside the article found, the article goes on to the caption of its last
counter (``caption_of``, ``extract._gallery_end``): a later pass, which sees the gallery
without the page around it, could cut its last captions as a tail whose score comes to
nothing. Off with ``Weights.slide_counters=False`` (``extract_off = ["slide-counters"]``);
the line stays in the text. Inside the content, each counter line then goes as
``extract-menu``: the gallery's navigation, no caption (``slide-lines``, session 24; off with
``Weights.slide_lines=False``, ``extract_off = ["slide-lines"]``).

>>> counter("2 of 8"), counter("Image 3/12"), counter("Foto 2 von 10")
((2, 8), (3, 12), (2, 10))
>>> counter("2 of 8 people agree"), counter("2026")
(None, None)
>>> kinds = ["good", "short", "good", "short", "short", "good", "short", "good"]
>>> texts = ["", "1 of 3", "", "Photo: A", "2 of 3", "", "3 of 3", ""]
>>> keys = ["", "0 of 0", "", "photo a", "0 of 0", "", "0 of 0", ""]
>>> counter_rows(texts, kinds, keys)
[1, 4, 6]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from cleantext.data import boilerplate_table

__all__ = [
    "MIN_COUNTERS",
    "NEAR_LINES",
    "SLIDE",
    "caption_of",
    "counter",
    "counter_keys",
    "counter_rows",
    "why_gallery",
    "why_slide",
]

MIN_COUNTERS = 3  # counters of one gallery, each beside a caption
NEAR_LINES = 2  # non-blank lines above or under a counter in which its caption comes
COUNTER_CHARS = 24
SLIDE = "slide"  # the ``LineInfo.ui`` of a slide counter
_PROSE = frozenset({"good", "medium"})


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern[str]:
    lines = boilerplate_table()["slides"]["counter_lines"]
    return regex.compile("|".join(f"(?:{p})" for p in lines), regex.IGNORECASE)


def counter(text: str) -> tuple[int, int] | None:
    """The number and the total of a whole line that is a slide counter (``[slides]
    counter_lines``, groups ``n`` and ``total``), else ``None``."""
    text = text.strip()
    found = _pattern().fullmatch(text) if len(text) <= COUNTER_CHARS else None
    if found is None:
        return None
    return int(found.group("n")), int(found.group("total"))


@lru_cache(maxsize=1)
def counter_keys() -> frozenset[str]:
    """The normalised keys a counter line may have: ``[slides] key_shapes``, alone and after
    each of ``names``."""
    table = boilerplate_table()["slides"]
    shapes = table["key_shapes"]
    return frozenset([*shapes, *(f"{p} {s}" for p in table["names"] for s in shapes)])


def counter_rows(texts: Sequence[str], kinds: Sequence[str], keys: Sequence[str]) -> list[int]:
    """Indexes of the lines (``texts``, ``kinds``, ``keys``: each line's text, class and
    normalised key) that are one gallery's slide counters beside their captions: the counters
    of the page's first total, numbers rising; none if fewer than ``MIN_COUNTERS``."""
    known = counter_keys()
    found = [(j, counter(texts[j])) for j, key in enumerate(keys) if key in known]
    shown = [(j, c) for j, c in found if c is not None and kinds[j] != "empty"]
    if len(shown) < MIN_COUNTERS:
        return []
    total = shown[0][1][1]
    rows, last = [], 0
    for j, (n, t) in shown:
        if t != total or n <= last or n > total:
            continue
        last = n
        if caption_of(kinds, j) != j:  # (a paragraph near it: its caption)
            rows.append(j)
    return rows if len(rows) >= MIN_COUNTERS else []


def caption_of(kinds: Sequence[str], j: int) -> int:
    """The caption of the counter at line ``j``: the first paragraph within ``NEAR_LINES``
    non-blank lines under it, else the nearest one within as many lines above it, else
    ``j``.

    >>> caption_of(["good", "short", "empty", "short", "good"], 1), caption_of(["good", "short"], 1)
    (4, 0)
    """
    for step in (1, -1):
        k, seen = j + step, 0
        while 0 <= k < len(kinds) and seen < NEAR_LINES:
            if kinds[k] in _PROSE:
                return k
            seen += kinds[k] != "empty"
            k += step
    return j


def why_gallery(first: int, last: int, end: int) -> str:
    """The note on a gallery kept to its last caption (lines counted from 1)."""
    return (
        f"; the photo gallery whose slide counters start at line {first + 1} is the "
        f"article's: its slides to the caption of its last counter (line {last + 1}, caption "
        f"at line {end + 1}) are kept"
    )


def why_slide(line: str) -> str:
    """The note on a slide counter removed inside the content (``slide-lines``).

    >>> why_slide("Foto 3 di 8")
    "a photo gallery's slide counter inside the content: 'Foto 3 di 8' (slide-lines)"
    """
    return (
        f"a photo gallery's slide counter inside the content: {line.strip()[:40]!r} (slide-lines)"
    )

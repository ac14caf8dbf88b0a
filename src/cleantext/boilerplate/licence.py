"""A licence's own copyright line, kept by the ``light`` and ``extract`` presets.

"Copyright (c) 2024 Jane Doe. All rights reserved." under an article is a page's footer, UI;
at the top of a licence ("Permission is hereby granted, free of charge, ...", the MIT
licence), of a BSD or Apache header or of a source file's header comment it is the licence's
content: whom the grant is from. The sign is the licence's own prose right under the
copyright lines, blank or comment-only lines between (``licence_opener``: the opening words
of the common licences, the data file's ``[licence_prose] openers``). A footer's copyright
line has the page's links or nothing under it, never a grant. Off with
``Weights.licence_copyright=False`` (``extract_off = ["licence-copyright"]``).

>>> rows = ["Copyright (c) 2024 Jane Doe. All rights reserved.", "",
...         "Permission is hereby granted, free of charge, to any person obtaining a copy"]
>>> licence_copyright(rows, lambda i: i == 0, 0)
True
>>> licence_copyright(["© 2024 Daily News. All rights reserved.", "", "Home | About"],
...                   lambda i: i == 0, 0)
False
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo

__all__ = ["BELOW_LINES", "licence_copyright", "licence_opener", "licence_top", "why_licence"]

#: the lines looked at under a copyright line for the licence's prose (blank, comment-only
#: and further copyright lines between: "Copyright 2019 A", "Copyright 2020 B", "All rights
#: reserved.")
BELOW_LINES = 6
#: the characters of a line's start compared with the openers (the longest has 75)
_OPENER_CHARS = 80
#: the marks a comment's line starts with ("# ", " * ", "// ", "-- ", "; ", "REM" is none)
_COMMENT_MARKS = "#*/;-!%' \t"


@lru_cache(maxsize=1)
def _openers() -> tuple[str, ...]:
    """The data file's ``[licence_prose] openers``, case-folded."""
    return tuple(w.casefold() for w in boilerplate_table()["licence_prose"]["openers"])


def licence_opener(line: str) -> bool:
    """``line`` starts a licence's own prose (comment marks before it aside).

    >>> licence_opener(" * Licensed under the Apache License, Version 2.0 (the \\"License\\");")
    True
    >>> licence_opener("Licensed to sell alcohol since 1990, the shop ...")
    False
    """
    # (the line's start only is case-folded: the longest opener's length, ``_OPENER_CHARS``)
    return line.lstrip(_COMMENT_MARKS)[:_OPENER_CHARS].casefold().startswith(_openers())


def licence_copyright(rows: Sequence[str], copyright: Callable[[int], bool], i: int) -> bool:
    """Line ``i`` of ``rows`` (a copyright line) is over a licence's prose: the first line
    under it that is not blank, comment-only or a copyright line (``copyright(j)``), within
    ``BELOW_LINES`` lines, starts a licence (``licence_opener``)."""
    for j in range(i + 1, min(len(rows), i + 1 + BELOW_LINES)):
        row = rows[j]
        if not row.strip(_COMMENT_MARKS) or copyright(j):
            continue
        return licence_opener(row)
    return False


def _copyright_text(text: str) -> bool:
    """A line that names a copyright: "Copyright", "©" or "All rights reserved" in it."""
    low = text.casefold()
    return "copyright" in low or "©" in low or "all rights reserved" in low


def licence_top(infos: Sequence[LineInfo], first: int) -> int:
    """The first of the copyright lines right above line ``first`` of ``infos`` (the page's
    non-blank lines, ``extract``'s) if ``first`` starts a licence (``licence_opener``), else
    ``first``: a copyright line is of the ``copyright`` UI category or names one
    (``_copyright_text``); comment-only lines between are passed, ``BELOW_LINES`` lines up at
    most.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> lines = ["Home", "Copyright 2023 Acme Corp.", "", "Licensed under the Apache License"]
    >>> licence_top(classify_lines("\\n".join(lines)), 2)  # (no blank line is one of them)
    1
    >>> lines = ["© 2024 News", "", "The council met on Tuesday."]
    >>> licence_top(classify_lines("\\n".join(lines)), 1)
    1
    """
    if first <= 0 or not licence_opener(infos[first].block.text):
        return first
    top = first
    for j in range(first - 1, max(-1, first - 1 - BELOW_LINES), -1):
        text = infos[j].block.text
        if not text.strip(_COMMENT_MARKS):
            continue
        if infos[j].ui != "copyright" and not _copyright_text(text):
            break
        top = j
    return top


def why_licence(lines: str) -> str:
    """The head note's words for a licence's copyright lines kept above its prose (``lines``:
    where they are, "line 1" or "lines 1-2")."""
    return f"the copyright at {lines} is the licence's under it (licence-copyright)"

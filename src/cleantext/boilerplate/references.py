"""A reading list inside the article, for the ``extract`` preset.

An academic or a family historian's blog post may list the books it draws on between its
paragraphs ("Further reading" over "Tate, W. E. The Parish Chest", "Gibson, J. and Hampson,
E. Marriage Indexes ..."), then go on. Each reference is a line of 5 to 16 words without a
sentence end, the shape of a teaser's headline, so ``headline_box`` took the list for a box of
teasers and cut the article before it when the paragraph under it shared few words with the
intro (issue 14, pattern 2).

A box is such a list when most of its lines (``2 * refs > lines``) open with an author written
as a reference writes one: a surname, a comma, then one to three initials ("Tate, W. E.",
"Humphery-Smith, C. R.", "Müller, H."). A teaser's headline never opens so. Each line is
matched once, at its start: linear. Off with ``Weights.reference_lists=False``
(``extract_off = ["reference-lists"]``).

>>> reference_list(["Tate, W. E. The Parish Chest", "Gibson, J. and Hampson, E. Indexes",
...     "Steel, D. J. National Index", "Old mill to reopen"])
True
>>> reference_list(["Bakery closes, owners say", "Smith, the mayor, resigns",
...     "Lifeboat called out", "Bus timetable changes"])
False
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = ["reference_list"]

#: a reference's author: a surname (hyphens and apostrophes inside), a comma, 1-3 initials
_AUTHOR = regex.compile(r"\p{Lu}[\p{L}'’-]*,[ \t]+(?:\p{Lu}\.[ \t]*){1,3}(?![\p{L}\p{N}])")


def reference_list(lines: Sequence[str]) -> bool:
    """Most of ``lines`` (a box's) open with a reference's author (see the module's doc)."""
    refs = sum(1 for line in lines if _AUTHOR.match(line.strip()) is not None)
    return 2 * refs > len(lines)

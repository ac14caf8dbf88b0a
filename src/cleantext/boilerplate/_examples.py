"""Article paragraphs for the examples of the one-line extract rules (sign-up boxes,
appeals, photo credits and captions): enough prose around a removed line for the main
content to be found. A rule's example is ``PROSE + line + "\\n\\n" + PROSE_END`` before and
``PROSE + PROSE_END`` after.
"""

from __future__ import annotations

__all__ = ["PROSE", "PROSE_END"]

#: two paragraphs before the line a rule removes
PROSE = (
    "The council voted on Tuesday to close the old bridge over the river, which is now too "
    "weak for the buses.\n\nResidents said that they were worried about the long detour that "
    "the closure would mean for them and the shops.\n\n"
)
#: the paragraph after it
PROSE_END = (
    "The mayor said that a new bridge would be built by the end of the decade, and that a "
    "ferry would run until then.\n"
)

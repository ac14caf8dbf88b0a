"""Numbered steps with sub-steps inside the article, for the ``extract`` preset.

A how-to numbers its steps ("1. Choose a bank", "2. Prove who you are") and lists each step's
details under it ("- enter your name", "a) take a photo of your ID"). Plain text lost the
bullets and the indent, so the run of short lines between the intro and the next paragraph
looked like a menu, and when no line above announced it (no ':') the article was cut at the
list: its intro went with the head (issue 14, pattern 2).

A run of short lines between two paragraphs is the article's list of steps when every line is
an item, each a step numbered in order from 1 ("1.", "2)") or a sub-step under one (a bullet,
"a)", "1.1"), with ``MIN_STEPS`` steps or more and a sub-step under at least one of them. A
numbered "Most read" box has no sub-steps; a box of bulleted links has no numbered steps.
Each line is matched once, at its start: linear. Off with ``Weights.nested_steps=False``
(``extract_off = ["nested-steps"]``).

>>> nested_steps(["1. Open the form", "- enter your name", "2. Sign it", "3. Send it"])
True
>>> nested_steps(["1. Storm closes bypass", "2. New head named", "3. Mill to reopen"])
False
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = ["MIN_STEPS", "nested_steps"]

MIN_STEPS = 2  # numbered steps in the run (a sub-step under one of them besides)
#: a step's number ("1.", "12)") before a space and its words
_STEP = regex.compile(r"(\p{Nd}{1,2})[.)]\s+\S")
#: a sub-step: a bullet, a letter ("a)", "b.") or a second-level number ("1.1", "2.3.") first
_SUB = regex.compile(r"(?:[-–—•·▪●◦*]|\p{Ll}[.)]|\p{Nd}{1,2}\.\p{Nd}{1,2}\.?)\s+\S")


def nested_steps(lines: Sequence[str]) -> bool:
    """The ``lines`` (a run of short lines between two paragraphs) are numbered steps with
    sub-steps (see the module's doc)."""
    steps, subs = 0, 0
    for line in lines:
        text = line.strip()
        step = _STEP.match(text)
        if step is not None:
            if int(step[1]) != steps + 1:
                return False  # (numbered out of order: no list of steps)
            steps += 1
        elif steps and _SUB.match(text) is not None:
            subs += 1
        else:
            return False  # (a line that is no item, or a sub-step before the first step)
    return steps >= MIN_STEPS and subs > 0

"""A newsletter's pitch paragraph right above its form's e-mail field, for ``extract``.

A site's newsletter box under a short article is a heading ("Mis niets meer uit je buurt"),
a paragraph that sells the newsletter ("Wil je elke vrijdagochtend het belangrijkste nieuws
... in je mailbox?") and the form: a field ("Je e-mailadres") and a button ("Aanmelden").
When the heading is no known sign-up phrase the paragraph scores as prose and joins the short
article's run over the share bar. The form tells it: a ``good`` line whose next line (blank
lines aside) is a short line of at most ``FIELD_WORDS`` words naming a form field of the data
file (``signup.names_field``: "e-mail address", "Adres e-mail"), whose line above is no
paragraph (a heading, a share bar: the paragraph stands apart), with a paragraph further up
(the article), is the form's pitch and is scored as a blank line: the article ends before its
box. An article's last paragraph comes under another paragraph, and a comment form after it
opens with its heading ("Leave a Reply"), not a field. Off with ``Weights.form_pitch=False``
(``extract_off = ["form-pitch"]``).

>>> kinds = ["good", "ui", "short", "good", "short", "short"]
>>> keys = ["the hives open", "share", "never miss", "every friday we", "je e mailadres", "go"]
>>> form_pitch_rows(kinds, keys, [30, 1, 3, 60, 2, 1])
[3]
>>> form_pitch_rows(["good", "good", "short"], keys[2:5], [30, 60, 2])
[]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cleantext.boilerplate.signup import names_field

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo

__all__ = ["FIELD_WORDS", "FORM_PITCH", "form_pitch_rows", "why_form_pitch"]

FIELD_WORDS = 4  # a form field's label ("Je e-mailadres", "Your email address")
FORM_PITCH = "form-pitch"  # the ``ui`` mark of a pitch's line, scored as blank


def form_pitch_rows(kinds: Sequence[str], keys: Sequence[str], counts: Sequence[int]) -> list[int]:
    """The lines that are a form's pitch paragraph (the module's test), in order."""
    goods = [j for j, kind in enumerate(kinds) if kind == "good"]
    found: list[int] = []
    for j in goods[1:]:  # (a paragraph further up: the article)
        above = j - 1
        while kinds[above] == "empty":
            above -= 1
        if kinds[above] == "good":
            continue  # (the article's paragraphs, one under another)
        below = j + 1
        while below < len(kinds) and kinds[below] == "empty":
            below += 1
        if below < len(kinds) and 0 < counts[below] <= FIELD_WORDS and names_field(keys[below]):
            found.append(j)
    return found


def why_form_pitch(infos: Sequence[LineInfo], lo: int, hi: int) -> str:
    """The tail note's part for the first form pitch among lines ``lo`` to ``hi``; ``""`` if
    there is none."""
    for j in range(lo, hi + 1):
        if infos[j].ui == FORM_PITCH:
            return (
                f"; the paragraph at line {infos[j].block.index + 1} is a newsletter's pitch "
                "right above its form's field, scored as blank (form-pitch)"
            )
    return ""

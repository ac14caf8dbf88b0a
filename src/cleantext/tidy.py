"""The ``tidy`` step: close the gaps that removals leave behind.

It runs only when an earlier step removed text, so a text that needed no cleaning is never
touched by it.

>>> from cleantext.edits import apply_edits
>>> t = "\\n\\nA\\n\\n\\n\\nB\\n\\n\\n"
>>> apply_edits(t, tidy_gaps(t))
'A\\n\\nB\\n'
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleantext.config import Config
from cleantext.edits import Edit
from cleantext.normalizers._probe import positions
from cleantext.rules import Rule, register

RULE = register(
    Rule(
        "tidy-gaps",
        "tidy",
        "After removals: collapse runs of blank lines, drop blank lines at the start, end the "
        "text with at most one line break.",
        examples=(("A\n\n\n\nB\n\n", "A\n\nB\n"),),
    )
)

_GAPS = regex.compile(r"\A(?:[ \t]*\r?\n)+|\r?\n(?:[ \t]*\r?\n){2,}|(?<=\S)\s*\n\s*\Z")
# Where a gap can start, found without trying _GAPS at every character: blank lines at the
# start; a line break that two more follow with only spaces between (or the CR before it:
# the normalize probe's "blank" event, ``\n(?=[ \t]*\r?\n[ \t]*\r?\n)``); the whitespace
# that ends the text (matched backwards).
_LEADING = regex.compile(r"[ \t]*\r?\n")
_TRAILING = regex.compile(r"(?r)\s*")


def line_ending(text: str) -> str:
    r"""The text's line break: ``\r\n`` if most of its line breaks are CRLF, else ``\n``.

    >>> line_ending("a\r\nb\r\n"), line_ending("a\nb\r\n"), line_ending("a")
    ('\r\n', '\n', '\n')
    """
    crlf = text.count("\r\n") if "\r" in text else 0  # (one quick search proves most texts LF)
    return "\r\n" if crlf and 2 * crlf > text.count("\n") else "\n"


def tidy_gaps(text: str) -> list[Edit]:
    r"""Edits that close blank-line gaps and trim the text's edges, with the text's own line
    break (CRLF stays CRLF).

    >>> from cleantext.edits import apply_edits
    >>> t = "A\r\n\r\n\r\n\r\nB\r\n\r\n"
    >>> apply_edits(t, tidy_gaps(t))
    'A\r\n\r\nB\r\n'
    """
    nl = line_ending(text)
    edits = []
    for m in _gaps(text):
        if m.start() == 0:
            new = ""
        elif m.end() == len(text):
            new = nl
        else:
            new = nl + nl
        if new != m.group():
            edits.append(Edit(RULE.name, m.start(), m.end(), m.group(), new))
    return edits


def _gaps(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_GAPS.finditer(text)``, searched for only from where one can start.

    Every match starts at a place :func:`_gap_starts` lists (or at the ``\\r`` just before
    it), and one starts there, so a search from each listed place that no earlier match has
    passed returns the next match of the whole-text search.
    """
    end = 0
    for start in _gap_starts(text):
        if start < end:
            continue
        m = _GAPS.search(text, max(end, start - 1))
        if m is None:  # pragma: no cover - a gap starts at every listed place
            break
        yield m
        end = m.end()


def _gap_starts(text: str) -> list[int]:
    """Sorted places where a match of ``_GAPS`` starts (or one character later, after a CR).

    >>> _gap_starts("\\n\\nA\\n\\n\\n\\nB\\n \\n")
    [0, 3, 4, 8]
    """
    starts = [0] if _LEADING.match(text) else []
    # (in one C pass where the kernel is built)
    starts += positions(text, "\n", "blank")
    trail = _TRAILING.match(text)
    if trail is not None and trail.start() > 0 and "\n" in trail.group():
        starts.append(trail.start())  # may come before blank runs inside that whitespace
    return sorted(set(starts))


def run_step(text: str, config: Config) -> list[list[Edit]]:
    """The ``tidy`` step for the pipeline (the pipeline calls it only after a removal)."""
    if not config.rule_enabled(RULE.name):
        return []
    edits = tidy_gaps(text)
    return [edits] if edits else []

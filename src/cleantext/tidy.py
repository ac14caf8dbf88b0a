"""The ``tidy`` step: close the gaps that removals leave behind.

It runs only when an earlier step removed text, so a text that needed no cleaning is never
touched by it.

>>> from cleantext.edits import apply_edits
>>> t = "\\n\\nA\\n\\n\\n\\nB\\n\\n\\n"
>>> apply_edits(t, tidy_gaps(t))
'A\\n\\nB\\n'
"""

from __future__ import annotations

import regex

from cleantext.config import Config
from cleantext.edits import Edit
from cleantext.normalizers._util import regex_edits
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


def line_ending(text: str) -> str:
    r"""The text's line break: ``\r\n`` if most of its line breaks are CRLF, else ``\n``.

    >>> line_ending("a\r\nb\r\n"), line_ending("a\nb\r\n"), line_ending("a")
    ('\r\n', '\n', '\n')
    """
    crlf = text.count("\r\n")
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

    def repl(m: regex.Match[str]) -> str:
        if m.start() == 0:
            return ""
        if m.end() == len(m.string):
            return nl
        return nl + nl

    return regex_edits(RULE.name, _GAPS, text, repl)


def run_step(text: str, config: Config) -> list[list[Edit]]:
    """The ``tidy`` step for the pipeline (the pipeline calls it only after a removal)."""
    if not config.rule_enabled(RULE.name):
        return []
    edits = tidy_gaps(text)
    return [edits] if edits else []

"""The ``light`` preset: remove only text that is certainly UI, never article sentences.

A line is removed when, as a whole, it is a known UI string (``Read more``, ``197 Shares``,
``Advertisement``) or part of a widget: a run of UI lines such as ``What's Your Reaction?``
followed by ``like / dislike / love ...``. Weak items such as ``like`` are removed only inside
such a run (or as a run of three or more), never on their own.

>>> from cleantext.edits import apply_edits
>>> t = "Article text.\\n\\nWhat's Your Reaction?\\n\\nlike\\n\\ndislike\\n\\nwow\\n"
>>> apply_edits(t, find_ui_lines(t, Patterns.builtin()))
'Article text.\\n'
>>> find_ui_lines("I like it.\\nlike\\n", Patterns.builtin())
[]
"""

from __future__ import annotations

from cleantext.boilerplate.patterns import Match, Patterns
from cleantext.edits import Edit
from cleantext.rules import Rule, register
from cleantext.segment import Block, lines, removal_span

UI_LINES = register(
    Rule(
        "ui-strings",
        "boilerplate",
        "Remove whole lines that are known UI text (share bars, counters, 'Read more', "
        "cookie and newsletter prompts, reaction widgets) in many languages.",
        examples=(
            ("Story.\n\nRead more", "Story."),
            ("Story.\n\n12 Comments\n\nEnd.", "Story.\n\nEnd."),
        ),
    )
)

MIN_WORD_RUN = 3


def _runs(blocks: list[Block], hits: list[Match | None]) -> list[list[int]]:
    """Maximal runs of consecutive matching non-blank lines (blank lines do not break a run)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, b in enumerate(blocks):
        if b.is_blank:
            continue
        if hits[i] is not None:
            current.append(i)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _continues(blocks: list[Block], i: int) -> bool:
    """True if line ``i`` is the start of a wrapped sentence: the next line follows it directly
    and starts in lower case ("Share" + "the cake with friends")."""
    nxt = blocks[i + 1].text.lstrip() if i + 1 < len(blocks) else ""
    return bool(nxt) and nxt[0].islower()


_ENDS = (".", "!", "?", "…", "。", "！", "？", '"', "”", "»", ")")


def _is_prose(line: str) -> bool:
    """A sentence: ten words or more, ending with terminal punctuation."""
    return len(line.split()) >= 10 and line.rstrip().endswith(_ENDS)


def _keep_inner_copyright(blocks: list[Block], hits: list[Match | None]) -> None:
    """Copyright lines count as UI only at the edges: not between two prose lines."""
    prose = [i for i, b in enumerate(blocks) if hits[i] is None and _is_prose(b.text)]
    if len(prose) < 2:
        return
    for i in range(prose[0] + 1, prose[-1]):
        hit = hits[i]
        if hit is not None and hit.category == "copyright":
            hits[i] = None


def _strong(m: Match | None) -> Match | None:
    """Menu hints ("Home", "Sports") are never removed by the light preset."""
    return None if m is None or m.strength == "hint" else m


def find_ui_lines(text: str, patterns: Patterns) -> list[Edit]:
    """Edits that remove UI lines and widget runs from ``text``."""
    blocks = lines(text)
    hits = [None if b.is_blank else _strong(patterns.match(b.text)) for b in blocks]
    _keep_inner_copyright(blocks, hits)
    edits: list[Edit] = []
    for run in _runs(blocks, hits):
        found = [m for m in (hits[i] for i in run) if m is not None]
        if all(m.strength == "word" for m in found) and len(run) < MIN_WORD_RUN:
            continue
        if _continues(blocks, run[-1]):
            continue
        start, end = removal_span(text, blocks[run[0]].start, blocks[run[-1]].end)
        if edits and start < edits[-1].end:
            start = edits[-1].end
        cats = sorted({m.category for m in found})
        edits.append(
            Edit(UI_LINES.name, start, end, text[start:end], note="UI text: " + ", ".join(cats))
        )
    return edits

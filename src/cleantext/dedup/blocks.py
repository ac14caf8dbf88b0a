"""The ``dedup-blocks`` step: remove later copies of repeated blocks inside one document.

Paragraphs are shingled (word n-grams after light normalisation), MinHash/LSH proposes
earlier paragraphs that may be copies, and each candidate is verified with the exact Jaccard
similarity of the shingle sets before anything is removed. The first copy is kept.

A paragraph of ``min_words`` or more words is removed on its own when it is a copy; shorter
paragraphs (a title, a byline) go only as part of a repeated run, next to a removed paragraph,
and only if they repeat an earlier paragraph exactly (after normalisation).

>>> art = "Title\\n\\n" + " ".join(f"word{i}" for i in range(30)) + "."
>>> from cleantext.edits import apply_edits
>>> from cleantext.config import BlockDedupOptions
>>> doc = art + "\\n\\n" + art
>>> apply_edits(doc, find_repeated_blocks(doc, BlockDedupOptions())) == art
True
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from datasketch import MinHash, MinHashLSH

from cleantext.config import BlockDedupOptions, Config
from cleantext.edits import Edit
from cleantext.rules import Rule, register
from cleantext.segment import Block, paragraphs, removal_span

RULE = register(
    Rule(
        "repeated-block",
        "dedup-blocks",
        "Remove a later copy of a paragraph or run of paragraphs (near-duplicates included); "
        "the first copy stays.",
        examples=(("Intro.\n\n<30 words>\n\nIntro.\n\n<30 words>", "Intro.\n\n<30 words>"),),
    )
)

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def words(text: str) -> list[str]:
    """Normalised words used for comparing blocks (case-folded, quotes and dashes folded).

    >>> words("L’Iran — «OK»")
    ['l', 'iran', 'ok']
    """
    return list(_WORD.findall(text.translate(_FOLD).casefold()))


def shingles(ws: list[str], n: int) -> set[str]:
    """Word n-grams of ``ws`` (the words themselves when there are fewer than ``n``).

    >>> sorted(shingles(["a", "b", "c"], 2))
    ['a b', 'b c']
    """
    if len(ws) < n:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i : i + n]) for i in range(len(ws) - n + 1)}


@dataclass
class _Para:
    block: Block
    words: list[str]
    shingles: set[str]
    copy_of: int | None = None


def _find_copies(paras: list[_Para], opts: BlockDedupOptions) -> None:
    lsh = MinHashLSH(threshold=opts.threshold, num_perm=opts.num_perm)
    exact: dict[str, int] = {}
    for i, p in enumerate(paras):
        key = " ".join(p.words)
        if key in exact:
            p.copy_of = exact[key]
            continue
        exact[key] = i
        if len(p.words) < opts.min_words:
            continue
        mh = MinHash(num_perm=opts.num_perm)
        mh.update_batch([s.encode("utf-8") for s in p.shingles])
        best, best_j = None, 0.0
        for j in lsh.query(mh):
            q = paras[j]
            jac = len(p.shingles & q.shingles) / len(p.shingles | q.shingles)
            if jac >= opts.threshold and jac > best_j:
                best, best_j = j, jac
        if best is not None:
            p.copy_of = best
        else:
            lsh.insert(i, mh)


def _removable(paras: list[_Para], opts: BlockDedupOptions) -> list[bool]:
    long_copy = [p.copy_of is not None and len(p.words) >= opts.min_words for p in paras]
    remove = list(long_copy)
    # extend each run of removed paragraphs over neighbouring short exact copies
    changed = True
    while changed:
        changed = False
        for i, p in enumerate(paras):
            if remove[i] or p.copy_of is None:
                continue
            if (i > 0 and remove[i - 1]) or (i + 1 < len(paras) and remove[i + 1]):
                remove[i] = True
                changed = True
    return remove


def find_repeated_blocks(text: str, opts: BlockDedupOptions) -> list[Edit]:
    """Edits that remove later copies of repeated paragraphs from ``text``."""
    paras = []
    for b in paragraphs(text):
        ws = words(b.text)
        paras.append(_Para(b, ws, shingles(ws, opts.shingle)))
    if len(paras) < 2:
        return []
    _find_copies(paras, opts)
    remove = _removable(paras, opts)
    edits: list[Edit] = []
    for run in _runs(remove):
        first, last = paras[run[0]], paras[run[-1]]
        start, end = removal_span(text, first.block.start, last.block.end)
        sources = [c for c in (paras[i].copy_of for i in run) if c is not None]
        ref = (paras[min(sources)].block.start, paras[max(sources)].block.end)
        edits.append(
            Edit(
                RULE.name,
                start,
                end,
                text[start:end],
                note=f"{len(run)} paragraph(s) repeating offsets {ref[0]}-{ref[1]}",
                ref=ref,
            )
        )
    return edits


def _runs(flags: list[bool]) -> list[list[int]]:
    """Indices of consecutive ``True`` flags, grouped.

    >>> _runs([False, True, True, False, True])
    [[1, 2], [4]]
    """
    runs: list[list[int]] = []
    for i, flag in enumerate(flags):
        if not flag:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def run_step(text: str, config: Config) -> list[list[Edit]]:
    """The ``dedup-blocks`` step for the pipeline."""
    if not config.rule_enabled(RULE.name):
        return []
    edits = find_repeated_blocks(text, config.dedup)
    return [edits] if edits else []

"""The ``dedup-blocks`` step: remove later copies of repeated blocks inside one document.

Copies are found on content, not on lines, so a re-wrapped copy, a copy with other quotes or
dashes, a copy with a few words changed and a truncated copy are all found:

1. The text becomes a stream of normalised words, cut into sentence windows
   (:func:`cleantext.blocks.align.units`) that do not depend on line breaks.
2. Each window gets a MinHash of its word shingles; an LSH index of the earlier windows
   proposes candidates, and a candidate counts only if the exact Jaccard similarity of the
   two shingle sets reaches ``candidate_threshold``.
3. Matched windows whose earlier copies follow each other in the same order are chained into
   a run; the run is extended word by word over its edges (a title, a short line, a sentence
   with an edit), tolerating a dropped, inserted or replaced word.
4. The run is verified before anything is removed: it must have ``min_words`` words and be
   identical to the earlier copy (and, inside one paragraph, be a whole paragraph), or (for
   a run of several paragraphs) reach ``threshold`` Jaccard similarity and share
   ``1.5 * min_words`` consecutive words verbatim.
5. The run is trimmed to whole lines and removed as one edit whose ``ref`` is the earlier copy.

The first copy is kept. Short lines repeated on their own are not runs of ``min_words`` words,
so they stay (the boilerplate step handles "Advertisement" and the like).

>>> art = "Title\\n\\n" + " ".join(f"word{i}" for i in range(30)) + "."
>>> from cleantext.edits import apply_edits
>>> doc = art + "\\n\\n" + art
>>> apply_edits(doc, find_repeated_blocks(doc, BlockDedupOptions())) == art
True
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import numpy as np
import regex
from numpy.typing import NDArray

from cleantext.blocks.align import (
    Tokens,
    anchor,
    compare,
    extend,
    shingle_sets,
    tokenize,
    units,
    word_bytes,
)
from cleantext.blocks.align import words as align_words
from cleantext.blocks.refrain import is_refrain
from cleantext.blocks.sections import families, in_parallel_sections
from cleantext.config import BlockDedupOptions, Config
from cleantext.edits import Edit, apply_edits
from cleantext.minhash.lsh import BandTable, band_keys, optimal_params
from cleantext.minhash.shingle import _kernels, word_bound_hashes, word_run_hashes
from cleantext.minhash.signatures import MinHasher
from cleantext.rules import Rule, register
from cleantext.segment import removal_span
from cleantext.sentences import SPACED_CLOSING, SPACED_ENDS

__all__ = ["RULE", "find_repeated_blocks", "run_step", "words"]

_EXAMPLE = (
    "Rain closes the pass\n\nHeavy rain closed the mountain pass again on Sunday, forcing "
    "drivers to take a detour of almost two hours through the valley towns."
)
RULE = register(
    Rule(
        "repeated-block",
        "dedup-blocks",
        "Remove a later copy of a paragraph or run of paragraphs (re-wrapped, retyped, slightly "
        "edited or truncated copies included); the first copy stays.",
        examples=(
            (_EXAMPLE + "\n\n" + _EXAMPLE.replace("Sunday, forcing", "Sunday,\nforcing"), _EXAMPLE),
        ),
    )
)

#: words walked at most when a run is extended over its edges
_EXTEND_LIMIT = 120
#: unmatched words tolerated between two matched windows of one run
_MAX_GAP = 60
#: LSH candidates verified per window at most
_MAX_CANDIDATES = 32
#: fuzzy edge alignment may walk this many words per word of the text, in total
_FUZZY_BUDGET = 1


def words(text: str) -> list[str]:
    """Normalised words used for comparing blocks (case-folded; punctuation is not a word).

    >>> words("L’Iran — «OK»")
    ['l', 'iran', 'ok']
    """
    return tokenize(text).words


@dataclass(frozen=True)
class _Match:
    """Window ``unit`` (later) is a copy of window ``source`` (earlier)."""

    unit: int
    source: int


@dataclass(frozen=True, kw_only=True)
class _Run:
    """Later words ``[later_start, later_end)`` repeat earlier words
    ``[earlier_start, earlier_end)`` (word indices; ``hits``: matched windows)."""

    later_start: int
    later_end: int
    earlier_start: int
    earlier_end: int
    hits: int = 1


@lru_cache(maxsize=4)
def _hasher(num_perm: int) -> MinHasher:
    """Permutations shared by all windows (datasketch's defaults for ``num_perm``, seed 1)."""
    return MinHasher(num_perm=num_perm)


def _band_keys(
    w: list[str], wins: list[tuple[int, int]], opts: BlockDedupOptions
) -> tuple[NDArray[np.uint64], list[bool]]:
    """LSH band keys of every window, ``(len(wins), bands)``, and whether each window shares
    a band key with another one (only those can be candidates).

    A window's signature equals ``datasketch.MinHash(num_perm, hashfunc=ngram_hash)`` updated
    with the UTF-8 of its shingles (corpus dedup's shingle hash); the signatures of all
    windows are computed in one batch."""
    keys = _keys(w, wins, opts)
    return keys, _shared_rows(keys)


def _keys(
    w: list[str],
    wins: list[tuple[int, int]],
    opts: BlockDedupOptions,
    bounds: tuple[NDArray[np.int64], NDArray[np.int64]] | None = None,
) -> NDArray[np.uint64]:
    """The LSH band keys of :func:`_band_keys` (mixed by the kernel ``band_mix`` where it
    is built; :func:`~cleantext.minhash.lsh.band_keys` is its twin). ``bounds``: the
    windows' first and end words as arrays, if the caller has them."""
    if bounds is None:
        hashes, offsets = word_run_hashes(w, wins, opts.shingle)
    else:
        hashes, offsets = word_bound_hashes(w, *bounds, opts.shingle)
    bands, rows = optimal_params(opts.candidate_threshold, opts.num_perm)
    sigs = _hasher(opts.num_perm).signatures(hashes, offsets)
    if _BAND_MIX is None or sigs.ndim != 2 or not sigs.flags.c_contiguous:
        return band_keys(sigs, bands, rows)
    keys = np.empty((len(sigs), bands), dtype=np.uint64)
    _BAND_MIX(sigs, sigs.shape[1], bands, rows, keys)
    return keys


_BAND_MIX = getattr(_kernels, "band_mix", None) if _kernels is not None else None


_SHARED_ROWS = getattr(_kernels, "shared_rows", None) if _kernels is not None else None


def _shared_rows(keys: NDArray[np.uint64]) -> list[bool]:
    """Whether each row of ``keys`` holds a value that occurs twice in ``keys`` (in one C
    pass with a hash table where the kernel is built; :func:`_shared_rows_sorted` is its
    twin).

    >>> _shared_rows(np.array([[1, 2], [3, 4], [5, 2]], dtype=np.uint64))
    [True, False, True]
    """
    if _SHARED_ROWS is None or keys.size == 0:
        return _shared_rows_sorted(keys)
    out = np.empty(len(keys), dtype=np.uint8)
    _SHARED_ROWS(np.ascontiguousarray(keys, dtype=np.uint64), keys.shape[1], out)
    return [bool(x) for x in out.tolist()]


def _shared_rows_sorted(keys: NDArray[np.uint64]) -> list[bool]:
    """:func:`_shared_rows` by sorting the values."""
    flat = keys.ravel()
    order = np.argsort(flat)
    same = flat[order[1:]] == flat[order[:-1]]  # neighbours in key order
    seen_twice = np.zeros(len(flat), dtype=bool)
    seen_twice[order[1:][same]] = True
    seen_twice[order[:-1][same]] = True
    shared: NDArray[np.bool_] = np.any(seen_twice.reshape(keys.shape), axis=1)
    return [bool(x) for x in shared]


def _jaccard(x: set[Any], y: set[Any]) -> float:
    return len(x & y) / len(x | y) if x or y else 0.0


_MATCH_WINDOWS = getattr(_kernels, "match_windows", None) if _kernels is not None else None


def _find_matches(
    w: list[str], wins: list[tuple[int, int]], opts: BlockDedupOptions, plain: bool = False
) -> list[_Match]:
    """Windows that copy an earlier window: exact look-up first, then MinHash/LSH candidates
    verified with the exact Jaccard similarity. Only windows that are not copies are indexed,
    so every match points at a first occurrence. Windows sharing no band key with any other
    window (so no other window has their words either) are never candidates nor copies:
    they are skipped. ``plain``: no word holds a space (see :func:`shingle_sets`).

    Where the kernels are built and ``plain`` holds, the C kernel ``match_windows`` runs the
    loop (:func:`_python_matches` is its twin)."""
    if _MATCH_WINDOWS is None or not plain or not wins or _SHARED_ROWS is None:
        return _python_matches(w, wins, opts, plain)
    bounds = np.array(wins, dtype=np.int64).reshape(-1, 2)
    firsts, ends = np.ascontiguousarray(bounds[:, 0]), np.ascontiguousarray(bounds[:, 1])
    keys = np.ascontiguousarray(_keys(w, wins, opts, (firsts, ends)), dtype=np.uint64)
    shared = np.empty(len(wins), dtype=np.uint8)
    _SHARED_ROWS(keys, keys.shape[1], shared)
    found = _MATCH_WINDOWS(
        w,
        firsts,
        ends,
        keys,
        shared,
        opts.shingle,
        opts.candidate_threshold,
        _MAX_CANDIDATES,
    )
    return [_Match(u, source) for u, source in found]


def _python_matches(
    w: list[str], wins: list[tuple[int, int]], opts: BlockDedupOptions, plain: bool = False
) -> list[_Match]:
    """:func:`_find_matches` in Python (the twin of the kernel ``match_windows``)."""
    keys, shared = _band_keys(w, wins, opts)
    shingles_of = shingle_sets(plain)
    table = BandTable()
    filed_under, file_under = table.members, table.add
    exact: dict[tuple[str, ...], int] = {}
    sets: dict[int, set[Any]] = {}
    out: list[_Match] = []
    prev: _Match | None = None
    for u in itertools.compress(range(len(wins)), shared):  # the others: no other window
        a, b = wins[u]  # has the same words either
        key = tuple(w[a:b])
        if key in exact:
            prev = _Match(u, exact[key])
            out.append(prev)
            continue
        if b - a < opts.shingle:
            continue
        sh = shingles_of(key, opts.shingle)
        bands = keys[u].tolist()
        candidates = filed_under(bands)
        best = _best_candidate(sh, sets, candidates, opts, prev)
        if best is None:
            exact[key] = u
            if len(candidates) < _MAX_CANDIDATES:  # a crowded neighbourhood is not indexed
                sets[u] = sh
                file_under(u, bands)
        else:
            prev = _Match(u, best)
            out.append(prev)
    return out


def _best_candidate(
    sh: set[Any],
    sets: dict[int, set[Any]],
    candidates: Collection[int],
    opts: BlockDedupOptions,
    prev: _Match | None,
) -> int | None:
    """The verified candidate, preferring the one that continues the previous match. Of
    many candidates (rows of a long table), only the latest ``_MAX_CANDIDATES`` count."""
    if len(candidates) > _MAX_CANDIDATES:
        near = [prev.source + 1, prev.source + 2] if prev is not None else []
        candidates = [j for j in near if j in sets] + heapq.nlargest(_MAX_CANDIDATES, candidates)
    scored = [(j, _jaccard(sh, sets[j])) for j in candidates]
    ok = [(j, s) for j, s in scored if s >= opts.candidate_threshold]
    if not ok:
        return None
    if prev is not None:
        follows = [j for j, _ in ok if 0 < j - prev.source <= 2]
        if follows:
            return min(follows)
    return max(ok, key=lambda js: (js[1], -js[0]))[0]


def _chains(matches: list[_Match], wins: list[tuple[int, int]], w: list[str]) -> list[_Run]:
    """Group matches into runs: later and earlier windows advance together, small gaps only."""
    groups: list[list[_Match]] = []
    for m in matches:
        if groups and _continues(groups[-1][-1], m, groups[-1][0], wins):
            groups[-1].append(m)
        else:
            groups.append([m])
    runs = _merge([_as_run(g[0], g[-1], wins, w, len(g)) for g in groups])
    return [r for r in runs if r.earlier_end <= r.later_start]


def _merge(runs: list[_Run]) -> list[_Run]:
    """Join runs that overlap or nearly touch on the same diagonal (a window matched to a
    wrong earlier window splits one copy into two chains).

    >>> runs = [
    ...     _Run(later_start=300, later_end=380, earlier_start=0, earlier_end=80),
    ...     _Run(later_start=350, later_end=460, earlier_start=50, earlier_end=160),
    ...     _Run(later_start=500, later_end=530, earlier_start=0, earlier_end=30),
    ... ]
    >>> _merge(runs)  # doctest: +NORMALIZE_WHITESPACE
    [_Run(later_start=300, later_end=460, earlier_start=0, earlier_end=160, hits=2),
     _Run(later_start=500, later_end=530, earlier_start=0, earlier_end=30, hits=1)]
    """
    out: list[_Run] = []
    for r in runs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.later_start <= r.later_start <= prev.later_end + _MAX_GAP
            and abs((r.later_start - r.earlier_start) - (prev.later_start - prev.earlier_start))
            <= _MAX_GAP
            and max(prev.earlier_end, r.earlier_end) <= prev.later_start
        ):
            out[-1] = _Run(
                later_start=prev.later_start,
                later_end=max(prev.later_end, r.later_end),
                earlier_start=prev.earlier_start,
                earlier_end=max(prev.earlier_end, r.earlier_end),
                hits=prev.hits + r.hits,
            )
        else:
            out.append(r)
    return out


def _continues(last: _Match, m: _Match, first: _Match, wins: list[tuple[int, int]]) -> bool:
    if m.source <= last.source:
        return False
    gap_later = wins[m.unit][0] - wins[last.unit][1]
    gap_earlier = wins[m.source][0] - wins[last.source][1]
    return (
        gap_later <= _MAX_GAP
        and gap_earlier <= _MAX_GAP
        and wins[m.source][1] <= wins[first.unit][0]
    )


def _as_run(
    first: _Match, last: _Match, wins: list[tuple[int, int]], w: list[str], hits: int
) -> _Run:
    """The words of a chain, from the first to the last word the copies share (a window can
    hold a few words more than its match, e.g. a title run into the first sentence)."""
    a, c, b, d = (
        wins[first.unit][0],
        wins[first.source][0],
        wins[last.unit][1],
        wins[last.source][1],
    )
    head = anchor(w, wins[first.unit], wins[first.source])
    tail = head if last == first else anchor(w, wins[last.unit], wins[last.source])
    if head is not None:
        a, c = head[0], head[1]
    if tail is not None:
        b, d = tail[2], tail[3]
    return _Run(
        later_start=a, later_end=max(a, b), earlier_start=c, earlier_end=max(c, d), hits=hits
    )


def _extend_run(run: _Run, w: list[str], floor: int, fuzzy: bool) -> _Run:
    """Grow ``run`` over its edges while the later and earlier words keep agreeing."""
    n = len(w)
    a, c = extend(
        w,
        run.later_start,
        run.earlier_start,
        -1,
        (max(floor, run.earlier_end), n, 0, run.earlier_start),
        _EXTEND_LIMIT,
        fuzzy,
    )
    b, d = extend(
        w,
        run.later_end,
        run.earlier_end,
        +1,
        (run.later_end, n, run.earlier_end, a),
        _EXTEND_LIMIT,
        fuzzy,
    )
    return _Run(later_start=a, later_end=b, earlier_start=c, earlier_end=d)


def _verified(
    lines: _LineIndex, chain: _Run, floor: int, opts: BlockDedupOptions, fuzzy_ok: bool
) -> tuple[_Run | None, str, int]:
    """The chain extended (over edited words first if ``fuzzy_ok``, then over equal words
    only), trimmed to whole lines and verified; also returns how far the later words were
    examined."""
    examined = chain.later_end
    tried: _Run | None = None
    for fuzzy in (True, False) if fuzzy_ok else (False,):
        extended = _extend_run(chain, lines.toks.words, floor, fuzzy)
        if extended == tried:  # the same words as the fuzzy extension: refused already
            break
        tried = extended
        examined = max(examined, extended.later_end)
        run = _snap(lines, extended, floor)
        if run is None:
            continue
        ok, how = _accept(lines, run, opts)
        if ok:
            return run, how, examined
    return None, "", examined


class _LineIndex:
    """Line look-ups for word indices of one text (the line breaks are found once, so a
    look-up costs a binary search, not a scan of a long line)."""

    def __init__(self, text: str, toks: Tokens) -> None:
        self.text = text
        self.toks = toks
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        self.breaks: list[int] = np.flatnonzero(cps == 10).tolist()

    def start(self, i: int) -> int:
        """Character offset of the start of word ``i``'s line."""
        k = bisect.bisect_left(self.breaks, self.toks.starts[i])
        return self.breaks[k - 1] + 1 if k else 0

    def end(self, i: int) -> int:
        """Character offset of the end of word ``i``'s line (before its newline)."""
        k = bisect.bisect_left(self.breaks, self.toks.ends[i])
        return self.breaks[k] if k < len(self.breaks) else len(self.text)

    def first(self, i: int) -> int:
        """Index of the first word on word ``i``'s line."""
        return self.toks.index_at(self.start(i))

    def after_last(self, i: int) -> int:
        """Index after the last word on word ``i``'s line."""
        return self.toks.index_at(self.end(i))


#: a run edge may move over this many differing words (or a tenth of the line's words, if
#: more) to reach the start or end of a line
_EDGE_SLACK = 3


def _snap(lines: _LineIndex, run: _Run, floor: int) -> _Run | None:
    """Make the later words of ``run`` whole lines: move an edge to its line's start or end
    when few words lie between (on both copies), else drop the partial line. The later
    copy's start may not move before ``floor`` or the earlier copy's end."""
    a, b, c, d = run.later_start, run.later_end, run.earlier_start, run.earlier_end
    la, lc = a - lines.first(a), c - lines.first(c)
    slack = max(_EDGE_SLACK, (lines.after_last(a) - lines.first(a)) // 10)
    if 0 < la <= slack and lc <= slack and a - la >= max(floor, d):
        a, c, la = a - la, c - lc, 0
    elif la:
        a = lines.after_last(a)
    rb, rd = lines.after_last(b - 1) - b, min(lines.after_last(d - 1), a) - d
    slack = max(_EDGE_SLACK, (lines.after_last(b - 1) - lines.first(b - 1)) // 10)
    if 0 < rb <= slack and 0 <= rd <= slack:
        b, d, rb = b + rb, d + rd, 0
    elif rb:
        b = lines.first(b - 1)
    if a >= b:
        return None
    if la or rb:  # a partial line was dropped: find where the rest starts and ends earlier
        edges = anchor(lines.toks.words, (a, b), (c, d))
        if edges is None:
            return None
        p0, q0, p1, q1 = edges
        c, d = max(c, q0 - (p0 - a)), min(d, q1 + (b - p1))
    if c >= d:
        return None
    return _Run(later_start=a, later_end=b, earlier_start=c, earlier_end=d)


def _aligned(lines: _LineIndex, a: int, b: int) -> bool:
    """Whether words ``[a, b)`` are whole lines."""
    return lines.first(a) == a and lines.after_last(b - 1) == b


#: a sentence's end in spaced text, or a closing mark after one
_CLOSERS = frozenset(SPACED_ENDS + SPACED_CLOSING)


def _edge_ok(text: str, pos: int) -> bool:
    """Whether a paragraph can end at ``pos``: the space around it holds a blank line or
    reaches the text's edge, or the text before it ends a sentence."""
    i, j = pos, pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while j < len(text) and text[j].isspace():
        j += 1
    if i == 0 or j == len(text) or text.count("\n", i, j) >= 2:
        return True
    return text[i - 1] in _CLOSERS


def _whole_paragraph(lines: _LineIndex, a: int, b: int) -> bool:
    """Whether words ``[a, b)`` begin and end a paragraph (not just a wrapped line)."""
    return _edge_ok(lines.text, lines.start(a)) and _edge_ok(lines.text, lines.end(b - 1))


def _spans_paragraphs(lines: _LineIndex, a: int, b: int) -> bool:
    """Whether words ``[a, b)`` cross a blank line (belong to several paragraphs)."""
    start, end = lines.toks.span(a, b)
    return "\n\n" in lines.text[start:end].replace("\r", "").replace(" ", "").replace("\t", "")


def _accept(lines: _LineIndex, run: _Run, opts: BlockDedupOptions) -> tuple[bool, str]:
    """Verify a run; returns whether to remove it and a description for the edit note.

    Within one paragraph (in both copies), the run must be a whole paragraph repeating whole
    earlier lines word for word. A run over several paragraphs (in either copy: a copy
    re-wrapped without blank lines still repeats several paragraphs) may differ a little:
    shingle Jaccard >= ``threshold`` and at least ``1.5 * min_words`` consecutive words in
    common (rows of a table that differ in one number each share many words, but not long
    stretches)."""
    if run.later_end - run.later_start < opts.min_words:
        return False, ""
    w = lines.toks.words
    identical = w[run.later_start : run.later_end] == w[run.earlier_start : run.earlier_end]
    several = _spans_paragraphs(lines, run.later_start, run.later_end) or _spans_paragraphs(
        lines, run.earlier_start, run.earlier_end
    )
    if identical and (
        several
        or (
            _aligned(lines, run.earlier_start, run.earlier_end)
            and _whole_paragraph(lines, run.later_start, run.later_end)
        )
    ):
        return True, "same words"
    if identical or not several:  # no near-duplicate inside one paragraph
        return False, ""
    cmp = compare(
        w,
        (run.later_start, run.later_end),
        (run.earlier_start, run.earlier_end),
        opts.shingle,
        lines.toks.plain,
    )
    ok = cmp.jaccard >= opts.threshold and 2 * cmp.longest >= 3 * opts.min_words
    return ok, f"near-duplicate, shingle Jaccard {cmp.jaccard:.2f}"


_WORDLESS_LINE = regex.compile(
    r"(?>(?:[ \t\r]*\n)+)[ \t]*+[^\p{L}\p{N}\s][^\p{L}\p{N}\n]*+(?=\n|\Z)"
)
_SPACE = regex.compile(r"\s+")


def _trailing_wordless(lines: _LineIndex, b: int, d: int) -> int:
    """Where a removal whose last word is ``b - 1`` ends: its line's end, or further over
    lines without words ("]", "___") when they end the text, or when the earlier copy (last
    word ``d - 1``) is followed by the same characters."""
    text, toks = lines.text, lines.toks
    end = lines.end(b - 1)
    tail = _SPACE.sub("", text[toks.ends[b - 1] : end])
    nxt = toks.starts[d] if d < len(toks) else len(text)
    earlier_tail = _SPACE.sub("", text[toks.ends[d - 1] : nxt])
    m = _WORDLESS_LINE.match(text, end)
    while m is not None:
        cand = tail + _SPACE.sub("", m.group())
        if not text[m.end() :].strip() or earlier_tail.startswith(cand):
            end, tail = m.end(), cand
            m = _WORDLESS_LINE.match(text, end)
        else:
            break
    return end


@dataclass
class _Removal:
    """An accepted run and the characters it removes."""

    run: _Run
    how: str
    start: int
    end: int


def _find_runs(text: str, toks: Tokens, opts: BlockDedupOptions) -> list[_Removal]:
    """Verified runs, in order, as whole lines (plus word-less lines they carry along)."""
    w = toks.words
    lines = _LineIndex(text, toks)
    wins = units(text, toks)
    out: list[_Removal] = []
    floor, examined = 0, 0
    sections: list[list[tuple[int, str]]] | None = None  # sibling headings (blocks/sections)
    budget = _FUZZY_BUDGET * len(w) + 4 * _EXTEND_LIMIT  # fuzzy alignment walks, linear cost
    for chain in _chains(_find_matches(w, wins, opts, toks.plain), wins, w):
        if chain.later_end <= max(floor, examined):
            continue  # inside a removed run, or inside the extension of a run already tried
        if chain.later_start < floor:
            chain = replace(
                chain,
                later_start=floor,
                earlier_start=min(
                    chain.earlier_start + floor - chain.later_start, chain.earlier_end
                ),
            )
        fuzzy = budget > 0 and chain.hits > 1  # one window alone must be an exact copy
        run, how, examined = _verified(lines, chain, floor, opts, fuzzy)
        budget -= 2 * _EXTEND_LIMIT if fuzzy else 0
        if run is not None:
            end = _trailing_wordless(lines, run.later_end, run.earlier_end)
            start = lines.start(run.later_start)
            if is_refrain(text, start, end, lines.end(run.earlier_end - 1), opts.refrain_lines):
                continue  # a chorus between a song's verses: the text's own
            if sections is None:  # looked for once, at the first removal
                sections = families(text, opts.sibling_headings)
            if in_parallel_sections(sections, start, lines.start(run.earlier_start)):
                continue  # "Plan B" repeats meals of "Plan A": each section is read alone
            out.append(_Removal(run, how, start, end))
            floor = run.later_end
    return out


def _take_whitespace(text: str, removals: list[_Removal]) -> None:
    """Let each removal take the blank lines after it; removals that end the text take the
    blank lines before them instead, so the output does not end in blank lines."""
    for r in removals:
        r.start, r.end = removal_span(text, r.start, r.end)
    for prev, r in itertools.pairwise(removals):
        r.start = max(r.start, prev.end)
    if not removals or removals[-1].end < len(text):
        return
    k = len(removals) - 1
    while k > 0 and removals[k - 1].end >= removals[k].start:
        k -= 1
    first = removals[k]
    first.start = len(text[: first.start].rstrip(" \t\r\n"))
    for r in removals[k + 1 :]:
        r.start = max(r.start, first.start)
    for prev, r in itertools.pairwise(removals[k:]):
        prev.end = r.start


def _run_hashes(ws: Sequence[str], k: int) -> NDArray[np.uint32]:
    """A 32-bit hash of every run of ``k`` words of ``ws`` (:func:`ngram_hash` of the words
    joined by spaces; ``len(ws) - k + 1`` of them, ``len(ws) >= k``)."""
    data = " ".join(ws).encode("utf-8", "surrogatepass")
    if _kernels is not None and data.count(b" ") == len(ws) - 1:  # words without spaces
        hashes = np.empty(len(ws), dtype=np.uint32)
        offsets = np.empty(2, dtype=np.int64)
        starts = np.array([0, len(data) + 1], dtype=np.int64)
        count = _kernels.word_hashes(np.frombuffer(data, np.uint8), starts, k, hashes, offsets)
        return hashes[:count]
    h = np.fromiter(map(hash, ws), dtype=np.int64, count=len(ws)).view(np.uint64)
    n = len(ws) - k + 1
    with np.errstate(over="ignore"):
        run = h[:n].copy()
        for j in range(1, k):
            run *= np.uint64(0x9E3779B97F4A7C15)
            run += h[j : j + n]
    return run.astype(np.uint32)


def _has_repeat(ws: Sequence[str], k: int) -> bool:
    """Whether some ``k >= 1`` consecutive words occur twice in ``ws`` without overlapping
    (at positions ``k`` or more apart): a hash of every run of ``k`` words, then an exact
    check of the runs whose hashes meet (the C kernel's ``has_repeat`` in numpy).

    >>> _has_repeat("a b c d a b c".split(), 3), _has_repeat("a b c d a b x".split(), 3)
    (True, False)
    >>> _has_repeat("a a a a a".split(), 3), _has_repeat("a a a a a a".split(), 3)
    (False, True)
    """
    if len(ws) - k + 1 < 2:
        return False
    run = _run_hashes(ws, k)
    ranked = np.sort(run)
    same = ranked[1:] == ranked[:-1]
    if not same.any():
        return False
    values = np.unique(ranked[1:][same])
    if len(values) <= 64:  # a few meetings (32-bit hashes do meet by chance in long texts)
        where = np.concatenate([np.flatnonzero(run == v) for v in values])
    else:  # neighbours in hash order, pair by pair: a real repeat is usually found at once
        order = np.argsort(run, kind="stable")
        meet = np.flatnonzero(run[order[1:]] == run[order[:-1]])
        where = np.stack([order[meet], order[meet + 1]], axis=-1).ravel()
    seen: dict[tuple[str, ...], int] = {}  # where each run was first seen
    return any(i - seen.setdefault(tuple(ws[i : i + k]), i) >= k for i in where.tolist())


#: runs of words a part of ``repeat_in_parts`` holds (its table, 8 bytes a run, stays in
#: cache); shorter texts go to ``has_repeat`` in one part
_PART_RUNS = 1 << 15
_REPEAT_IN_PARTS = getattr(_kernels, "repeat_in_parts", None) if _kernels is not None else None


def _has_repeat_bytes(data: bytes, n: int) -> bool:
    """The C kernel's ``has_repeat`` of word bytes; for a long text, ``repeat_in_parts``,
    which gives the same answer and checks the runs in parts that stay in cache."""
    assert _kernels is not None
    if _REPEAT_IN_PARTS is not None and len(data) > 8 * _PART_RUNS:
        found: bool = _REPEAT_IN_PARTS(data, n, _PART_RUNS)
        return found
    return _kernels.has_repeat(data, n)


def _nothing_repeats(text: str, opts: BlockDedupOptions) -> bool:
    """A whole-text check, linear in the text, that proves no block is removed.

    A removed run has at least ``min_words`` words and either equals its earlier copy word
    for word or shares ``1.5 * min_words`` consecutive words with it (:func:`_accept`), and
    the two copies do not overlap. So if no ``min_words`` consecutive words occur twice
    ``min_words`` or more words apart, nothing is removed. (It says nothing when
    ``min_words`` is below 1.) The C kernel checks the words' bytes
    (:func:`~cleantext.blocks.align.word_bytes`) in one call; a word they split in two
    (NFKC) splits all its copies alike, so a repeated run of words is still found. Without
    the kernel, the word list is hashed in numpy.
    """
    if opts.min_words < 1:
        return False
    if _kernels is not None:
        return not _has_repeat_bytes(word_bytes(text), opts.min_words)
    ws = align_words(text)
    return len(ws) < 2 * opts.min_words or not _has_repeat(ws, opts.min_words)


def find_repeated_blocks(text: str, opts: BlockDedupOptions) -> list[Edit]:
    """Edits that remove later copies of repeated blocks from ``text``."""
    if _nothing_repeats(text, opts):
        return []
    toks = tokenize(text)
    if len(toks) < 2 * opts.min_words:
        return []
    removals = _find_runs(text, toks, opts)
    _take_whitespace(text, removals)
    edits = []
    for r in removals:
        ref = toks.span(r.run.earlier_start, r.run.earlier_end)
        head = toks.span(r.run.earlier_start, min(r.run.earlier_start + 6, r.run.earlier_end))
        preview = " ".join(text[head[0] : head[1]].split())
        n = r.run.later_end - r.run.later_start
        note = f"{n} words repeating offsets {ref[0]}-{ref[1]} (“{preview}…”; {r.how})"
        edits.append(Edit(RULE.name, r.start, r.end, text[r.start : r.end], note=note, ref=ref))
    return edits


#: passes of the step at most (a pass finds nothing new in all but odd texts)
_MAX_PASSES = 4


def run_step(text: str, config: Config) -> list[list[Edit]]:
    """The ``dedup-blocks`` step for the pipeline: passes of :func:`find_repeated_blocks`
    until one removes nothing, so that the step's output has no copy left to remove (a
    removal can make a copy that a run glued to a false match hid stand on its own; each
    pass is one group of edits, on the text the pass before left)."""
    if not config.rule_enabled(RULE.name):
        return []
    groups: list[list[Edit]] = []
    while len(groups) < _MAX_PASSES:
        edits = find_repeated_blocks(text, config.dedup)
        if not edits:
            break
        groups.append(edits)
        text = apply_edits(text, edits)
    return groups

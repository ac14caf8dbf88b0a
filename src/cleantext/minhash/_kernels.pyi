"""Optional compiled kernels of the MinHash core (``_kernels.c``); see shingle.py, signatures.py."""

from array import array
from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

def word_hashes(
    data: NDArray[np.uint8],
    starts: NDArray[np.int64],
    n: int,
    hashes: NDArray[np.uint32],
    offsets: NDArray[np.int64],
) -> int: ...
def word_xxh32(
    data: NDArray[np.uint8] | bytes,
    starts: NDArray[np.int64],
    n: int,
    hashes: NDArray[np.uint32],
    offsets: NDArray[np.int64],
) -> int: ...
def has_repeat(data: NDArray[np.uint8] | bytes, n: int) -> bool: ...
def fold_words(
    data: NDArray[np.uint8] | bytes, table: NDArray[np.uint8], out: NDArray[np.uint8]
) -> tuple[int, bool]: ...
def char_hashes(
    stream: NDArray[np.uint8],
    bounds: NDArray[np.int64],
    n: int,
    hashes: NDArray[np.uint32],
    offsets: NDArray[np.int64],
) -> int: ...
def minhash(
    hashes: NDArray[np.uint32],
    offsets: NDArray[np.int64],
    a: NDArray[np.uint32],
    b: NDArray[np.uint32],
    out: NDArray[np.uint32],
) -> None: ...

# ---- extract feature kernels (w-xfast) ----
def line_words(
    text: str,
    classes: bytes,
    slots: NDArray[np.int32],
    chars: NDArray[np.int32],
    bounds: NDArray[np.int32],
    masks: NDArray[np.int32],
    n_lists: int,
    out: NDArray[np.int32],
) -> bool: ...

# ---- light pipeline kernels (w-light) ----
def class_hits(text: str, table: bytes) -> list[int]: ...
def xdrop(
    xs: Sequence[object],
    ys: Sequence[object],
    match: int,
    mismatch: int,
    gap: int,
    drop: int,
    band: int,
) -> tuple[int, int]: ...
def char_events(text: str, char: str, lo: int, hi: int, kinds: int, where: bool) -> Any: ...
def has_pair(text: str, char: str, lo: int, hi: int) -> bool: ...
def shared_rows(keys: NDArray[np.uint64], width: int, out: NDArray[np.uint8]) -> None: ...
def fold_str(text: str, table: NDArray[np.uint8]) -> tuple[bytes, bool] | None: ...
def sentence_marks(text: str, table: bytes) -> tuple[list[int], list[int]]: ...
def repeat_in_parts(data: NDArray[np.uint8] | bytes, n: int, part: int) -> bool: ...

# ---- dedup tokenizer kernel (w-lspeed) ----
def word_spans(
    text: str, table: NDArray[np.uint8], starts: NDArray[np.int64], ends: NDArray[np.int64]
) -> int: ...

# ---- normalize gate kernel (w-nspeed) ----
def gate_scan(
    text: str,
    table: bytes,
    pairs: NDArray[np.uint64],
    triples: NDArray[np.uint64],
    lo: int,
    hi: int,
    probe: str,
    wanted: bytes,
) -> tuple[int, int]: ...

# ---- light step scan (w-lspeed2) ----
def ui_table(
    exact: list[str],
    firsts: list[str],
    anchors: list[str],
    prefixes: list[str],
    first_values: list[int],
    prefix_values: list[int],
) -> bytes: ...
def ui_scan(
    text: str,
    folded: str | None,
    fold: NDArray[np.uint32],
    more: NDArray[np.uint32],
    classes: bytes,
    max_line: int,
    table: bytes,
    needs: tuple[tuple[str, ...], ...],
    marks: str,
) -> tuple[list[tuple[int, str]], list[tuple[int, str]], int] | None: ...

# ---- dedup-blocks window matching (w-lspeed3) ----
def match_windows(
    words: list[str],
    firsts: NDArray[np.int64],
    ends: NDArray[np.int64],
    keys: NDArray[np.uint64],
    shared: NDArray[np.uint8],
    k: int,
    threshold: float,
    most: int,
) -> list[tuple[int, int]]: ...
def sentence_windows(
    starts: NDArray[np.intp],
    ends: NDArray[np.intp],
    end_at: list[int],
    blank_at: list[int],
    min_len: int,
    max_len: int,
) -> list[tuple[int, int]]: ...
def band_mix(
    sigs: NDArray[np.uint32], width: int, bands: int, rows: int, out: NDArray[np.uint64]
) -> None: ...
def casefold_utf8(
    data: bytes, fold: NDArray[np.uint32], more: NDArray[np.uint32]
) -> bytes | None: ...
def casefold_str(text: str, fold: NDArray[np.uint32], more: NDArray[np.uint32]) -> str | None: ...
def compare_words(
    words: list[str], a: int, b: int, c: int, d: int, n: int, k: int
) -> tuple[int, int, int]: ...

# ---- script scan (w-xspeed4) ----
def in_ranges(text: str, bounds: NDArray[np.int32] | array[int]) -> bool: ...

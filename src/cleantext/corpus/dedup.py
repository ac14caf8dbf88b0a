"""Corpus near-duplicates, end to end, from small pure pieces.

``texts -> signatures -> band keys -> candidate pairs -> verified edges -> clusters -> kept``

Each arrow is a function here (:func:`sign_texts`, :func:`~cleantext.minhash.lsh.band_keys`,
:func:`candidate_pairs`, :func:`verify_pairs`, :func:`~cleantext.corpus.cluster.components`,
:func:`~cleantext.corpus.cluster.choose_kept`), so a Dask job can run the same steps per
partition and shuffle on band keys. :func:`dedup_corpus` chains them for one machine;
:func:`dedup_incremental` asks a persistent index "seen before?" instead.

>>> base = " ".join(f"word{i}" for i in range(60))
>>> texts = [base, "Menu\\n\\n" + base + " the end", "something else entirely " * 5]
>>> res = dedup_corpus(texts)
>>> res.kept.tolist(), res.duplicate.tolist()
([0, 0, 2], [False, True, False])
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from cleantext.corpus.cluster import KEEP_POLICIES, choose_kept, components
from cleantext.errors import ConfigError, check_number, did_you_mean, keywords_checked
from cleantext.minhash.lsh import (
    Scheme,
    band_keys,
    estimate_containments,
    optimal_params,
    similarity,
)
from cleantext.minhash.shingle import ShingleOptions, shingles
from cleantext.minhash.signatures import Signatures, Signer
from cleantext.workers import bounded_map, chunks

if TYPE_CHECKING:
    from cleantext.corpus.index import DedupIndex

__all__ = [
    "MAX_NGRAM",
    "MAX_NUM_PERM",
    "DedupOptions",
    "DedupResult",
    "bucket_pairs",
    "candidate_pairs",
    "clustered",
    "dedup_corpus",
    "dedup_incremental",
    "exact_similarity",
    "exact_similarity_of_sets",
    "first_copies",
    "identical",
    "neighbour_pairs",
    "shingle_set",
    "sign_batches",
    "sign_texts",
    "verify_pairs",
]

#: largest ``num_perm`` (signatures take 4 bytes per permutation and document; the LSH band
#: search grows faster than that)
MAX_NUM_PERM = 1024
#: largest shingle size (words or characters)
MAX_NGRAM = 1000

_MAX_BUCKET = 200  # pairs are formed between members at most this far apart in a bucket


@keywords_checked
@dataclass(frozen=True)
class DedupOptions:
    """How documents are compared.

    Attributes:
        threshold: minimum similarity of a verified pair.
        measure: ``containment`` (default: estimated share of the smaller document's shingles
            found in the larger; a truncated copy counts) or ``jaccard``.
        lsh_threshold: Jaccard level the LSH bands aim at (defaults to a level low enough to
            find the pairs that ``threshold`` and ``measure`` accept, see :meth:`candidate_level`).
        num_perm: MinHash permutations.
        seed: permutation seed.
        shingle: shingling options.
        hash: shingle hash (see :data:`cleantext.minhash.signatures.HASHES`).
        exact: verify candidates with the exact shingle sets instead of the estimate.
        keep: ``first`` or ``longest`` (a user key goes to :func:`dedup_corpus` as ``scores``).
        strip_boilerplate: run cleantext's boilerplate step on each text before shingling.
        batch_size: texts signed per numpy batch.
        workers: processes that sign batches (1: in this process).
    """

    threshold: float = 0.5
    measure: str = "containment"
    lsh_threshold: float | None = None
    num_perm: int = 128
    seed: int = 1
    shingle: ShingleOptions = field(default_factory=ShingleOptions)
    hash: str = "ngram-xxh32"
    exact: bool = False
    keep: str = "first"
    strip_boilerplate: bool = False
    batch_size: int = 256
    workers: int = 1

    def __post_init__(self) -> None:
        # (ConfigError is a ValueError; a value of the wrong type is named before a comparison)
        check_number("threshold", self.threshold)
        if self.lsh_threshold is not None:
            check_number("lsh_threshold", self.lsh_threshold)
        for name in ("num_perm", "seed", "batch_size", "workers"):
            check_number(name, getattr(self, name), integer=True)
        if not 0.0 < self.threshold <= 1.0:  # (NaN fails too)
            raise ConfigError(f"threshold must be in (0, 1], not {self.threshold}")
        if not 1 <= self.num_perm <= MAX_NUM_PERM:
            raise ConfigError(f"num_perm must be in 1..{MAX_NUM_PERM}, not {self.num_perm}")
        if self.shingle.n > MAX_NGRAM:
            raise ConfigError(f"the shingle size must be in 1..{MAX_NGRAM}, not {self.shingle.n}")
        if self.batch_size < 1 or self.workers < 1:
            raise ConfigError("batch_size and workers must be positive")
        if self.measure not in ("jaccard", "containment"):
            hint = did_you_mean(self.measure, ("jaccard", "containment"))
            raise ConfigError(f"measure must be 'jaccard' or 'containment'{hint}")
        if self.keep not in (*KEEP_POLICIES, "key"):
            hint = did_you_mean(self.keep, KEEP_POLICIES)
            raise ConfigError(f"keep must be one of {', '.join(KEEP_POLICIES)} or 'key'{hint}")

    def candidate_level(self) -> float:
        """The Jaccard level the LSH bands are tuned to.

        For containment ``c`` of a copy cut to half of the original, Jaccard is about ``c/2``;
        candidates are sought down to ``0.5 * threshold`` for containment, ``threshold`` for
        Jaccard (both capped to [0.05, 0.95]).

        >>> DedupOptions(threshold=0.6).candidate_level()
        0.3
        """
        if self.lsh_threshold is not None:
            return self.lsh_threshold
        level = self.threshold * (0.5 if self.measure == "containment" else 1.0)
        return min(0.95, max(0.05, level))

    def scheme(self) -> Scheme:
        """The signature scheme (stored by persistent indexes)."""
        bands, rows = optimal_params(self.candidate_level(), self.num_perm)
        return Scheme(
            num_perm=self.num_perm,
            seed=self.seed,
            hash=self.hash,
            shingle=self.shingle.describe() + (":noboiler" if self.strip_boilerplate else ""),
            bands=bands,
            rows=rows,
        )

    def signer(self) -> Signer:
        """A signer for these options."""
        return Signer(self.num_perm, self.seed, self.shingle, self.hash)


@dataclass(frozen=True)
class DedupResult:
    """What :func:`dedup_corpus` found.

    Attributes:
        kept: for each document, the index of the document its cluster keeps.
        duplicate: True for every document that is not kept.
        pairs: verified pairs ``(i, j)``, ``i < j``, with their ``similarity``.
        stats: counts (documents, candidates, clusters, removed).
    """

    kept: NDArray[np.int64]
    duplicate: NDArray[np.bool_]
    pairs: NDArray[np.int64]
    similarity: NDArray[np.float64]
    stats: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_kept(
        cls,
        kept: NDArray[np.int64],
        pairs: NDArray[np.int64],
        similarity: NDArray[np.float64],
        **counts: int,
    ) -> DedupResult:
        """The result for a keep choice: ``duplicate`` and the summary counts follow from it."""
        duplicate = kept != np.arange(len(kept))
        stats = {
            "documents": len(kept),
            **counts,
            "clusters": len(np.unique(kept)),
            "removed": int(np.count_nonzero(duplicate)),
        }
        return cls(kept, duplicate, pairs, similarity, stats)


def prepare(text: str, strip_boilerplate: bool) -> str:
    """The text that is shingled (boilerplate lines removed when asked)."""
    if not strip_boilerplate:
        return text
    cleaned: str = _boilerplate_cleaner().clean(text)
    return cleaned


@lru_cache(maxsize=1)
def _boilerplate_cleaner() -> Any:
    from cleantext.pipeline import Cleaner

    return Cleaner(steps=["boilerplate"])


@lru_cache(maxsize=4)
def _worker_signer(opts: DedupOptions) -> Signer:
    """One signer per options in each worker process (its permutations and power tables are
    built once, not per batch)."""
    return opts.signer()


def _sign_batch(args: tuple[DedupOptions, list[str]]) -> Signatures:
    opts, batch = args
    if opts.strip_boilerplate:
        cleaner = _boilerplate_cleaner()
        batch = [cleaner.clean(t) for t in batch]
    return _worker_signer(opts).sign(batch)


def sign_batches(texts: Iterable[str], opts: DedupOptions | None = None) -> Iterator[Signatures]:
    """Signatures of ``texts``, one :class:`Signatures` per batch of ``opts.batch_size``, in
    order (computed in ``opts.workers`` processes when > 1; the input is read lazily)."""
    opts = opts or DedupOptions()
    jobs = ((opts, b) for b in chunks(texts, opts.batch_size))
    yield from bounded_map(_sign_batch, jobs, min(opts.workers, os.cpu_count() or 1))


def sign_texts(texts: Iterable[str], opts: DedupOptions | None = None) -> Signatures:
    """Signatures of all ``texts`` (see :func:`sign_batches`)."""
    opts = opts or DedupOptions()
    parts = list(sign_batches(texts, opts))
    total = sum(map(len, parts))
    # parts are copied into place and let go one by one: the values are held about once, not
    # twice as with np.concatenate (np.empty's pages are taken only as they are written)
    values = np.empty((total, opts.num_perm), dtype=np.uint32)
    sizes = np.empty(total, dtype=np.int64)
    parts.reverse()
    at = 0
    while parts:
        part = parts.pop()
        values[at : at + len(part)], sizes[at : at + len(part)] = part.values, part.sizes
        at += len(part)
    return Signatures(values, sizes)


def neighbour_pairs(sorted_keys: Sequence[NDArray[Any]], max_bucket: int) -> NDArray[np.int64]:
    """Positions ``(p, p + d)``, ``1 <= d <= max_bucket``, of rows that share their key, in
    rows sorted by key: a bucket of more than ``max_bucket`` rows pairs each row with its
    ``max_bucket`` next neighbours (a run of copies still links up). The key of a row is the
    tuple of its values in ``sorted_keys`` (equal-length arrays); ``(m, 2)``.

    >>> neighbour_pairs([np.array([3, 3, 3, 5])], 1).tolist()
    [[0, 1], [1, 2]]
    >>> neighbour_pairs([np.array([0, 0, 1]), np.array([7, 7, 7])], 4).tolist()
    [[0, 1]]
    """
    n = len(sorted_keys[0])
    found = [np.empty((0, 2), dtype=np.int64)]
    for d in range(1, min(max_bucket, n - 1) + 1):
        same = np.ones(n - d, dtype=bool)
        for col in sorted_keys:
            same &= col[d:] == col[:-d]
        pos = np.flatnonzero(same)
        if len(pos) == 0:
            break  # keys are sorted: no pair at distance d, none further
        found.append(np.stack([pos, pos + d], axis=1))
    return np.concatenate(found).astype(np.int64)


def bucket_pairs(
    keys: Sequence[NDArray[Any]],
    max_bucket: int = _MAX_BUCKET,
    ids: NDArray[np.int64] | None = None,
) -> NDArray[np.int64]:
    """Pairs ``(ids[p], ids[q])`` of rows that share their key (the tuple of their values in
    ``keys``, equal-length arrays): within a bucket, ordered by ``ids`` (default: the row
    index), each row is paired with its next ``max_bucket`` members (see
    :func:`neighbour_pairs`), so the first id of a pair is the smaller; ``(m, 2)``, a pair
    once per bucket it shares. :func:`candidate_pairs` (one band at a time) and the Dask job
    (rows ``(band, key, doc)`` of one shuffled partition) both pair buckets here.

    >>> bucket_pairs([np.array([7, 3, 7, 7])], 1).tolist()
    [[0, 2], [2, 3]]
    >>> bucket_pairs([np.array([1, 1]), np.array([5, 5])], ids=np.array([40, 12])).tolist()
    [[12, 40]]
    """
    if ids is None and len(keys) == 1:
        order = np.argsort(keys[0], kind="stable")
        ordered_ids = order
    else:
        ids = np.arange(len(keys[0]), dtype=np.int64) if ids is None else ids
        order = np.lexsort((ids, *keys[::-1]))
        ordered_ids = ids[order]
    pos = neighbour_pairs([k[order] for k in keys], max_bucket)
    return np.stack([ordered_ids[pos[:, 0]], ordered_ids[pos[:, 1]]], axis=1).astype(np.int64)


def candidate_pairs(keys: NDArray[np.uint64], max_bucket: int = _MAX_BUCKET) -> NDArray[np.int64]:
    """Unique pairs ``(i, j)``, ``i < j``, of rows sharing a band key: ``(m, 2)``.

    In a bucket of more than ``max_bucket`` documents, a document is paired with its
    ``max_bucket`` nearest neighbours in index order (see :func:`bucket_pairs`).

    >>> keys = np.array([[1, 7], [2, 7], [1, 8]], dtype=np.uint64)
    >>> candidate_pairs(keys).tolist()
    [[0, 1], [0, 2]]
    """
    n = keys.shape[0]
    found: list[NDArray[np.int64]] = []
    for col in keys.T:
        pairs = bucket_pairs([col], max_bucket)
        found.append(pairs[:, 0] * n + pairs[:, 1])
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(found))
    return np.stack([codes // n, codes % n], axis=1).astype(np.int64)


def first_copies(full: NDArray[np.uint64], values: NDArray[np.uint32]) -> NDArray[np.int64]:
    """For rows sorted by their 64-bit signature key ``full``, the position of the first row
    with the same signature (``values``): itself unless an earlier row is an exact copy (rows
    whose keys collide but whose values differ are not copies).

    >>> full = np.array([5, 5, 9], dtype=np.uint64)
    >>> first_copies(full, np.array([[1, 2], [1, 2], [3, 4]], dtype=np.uint32)).tolist()
    [0, 0, 2]
    >>> first_copies(full, np.array([[1, 2], [1, 3], [3, 4]], dtype=np.uint32)).tolist()
    [0, 1, 2]
    """
    n = len(full)
    starts = np.flatnonzero(np.concatenate(([True], full[1:] != full[:-1])))
    rep = np.repeat(starts, np.diff(np.append(starts, n))).astype(np.int64)
    differ = (values != values[rep]).any(axis=1)  # a 64-bit key collision
    rep[differ] = np.flatnonzero(differ)
    return rep


def identical(
    values: NDArray[np.uint32], full: NDArray[np.uint64] | None = None
) -> NDArray[np.int64]:
    """For each signature, the index of the first signature equal to it (``full``: the
    one-band keys of ``values``, if already computed).

    Exact copies (and empty texts) are grouped here once, so that LSH buckets stay small.

    >>> identical(np.array([[1, 2], [3, 4], [1, 2]], dtype=np.uint32)).tolist()
    [0, 1, 0]
    """
    n = values.shape[0]
    if n == 0:
        return np.empty(0, dtype=np.int64)
    if full is None:
        full = band_keys(values, 1, values.shape[1])[:, 0]
    order = np.argsort(full, kind="stable")
    rep = np.empty(n, dtype=np.int64)
    rep[order] = order[first_copies(full[order], values[order])]
    return rep


def _estimates(pairs: NDArray[np.int64], sigs: Signatures, measure: str) -> NDArray[np.float64]:
    out = np.empty(len(pairs), dtype=np.float64)
    step = 1 << 14
    for lo in range(0, len(pairs), step):
        i, j = pairs[lo : lo + step, 0], pairs[lo : lo + step, 1]
        jac = np.count_nonzero(sigs.values[i] == sigs.values[j], axis=1) / sigs.values.shape[1]
        if measure == "containment":
            jac = estimate_containments(jac, sigs.sizes[i], sigs.sizes[j])
        out[lo : lo + step] = jac
    return out


def exact_similarity(a: set[bytes], b: set[bytes], measure: str = "jaccard") -> float:
    """Exact Jaccard or containment (of the smaller set) of two shingle sets.

    Containment follows the same guard as
    :func:`~cleantext.minhash.lsh.estimate_containment` (small sets fall back to Jaccard):
    :func:`~cleantext.minhash.lsh.similarity` computes it.

    >>> a = {bytes([i]) for i in range(40)}
    >>> b = set(list(a)[:30])
    >>> exact_similarity(a, b), exact_similarity(a, b, "containment")
    (0.75, 1.0)
    """
    return similarity(len(a & b), len(a), len(b), measure)


def shingle_set(text: str, opts: DedupOptions) -> NDArray[np.uint64]:
    """The distinct shingles of ``text`` as sorted 64-bit hashes (``xxh3_64``): what
    ``opts.exact`` compares (8 bytes a shingle, not a bytes object in a set).

    >>> opts = DedupOptions(shingle=ShingleOptions(n=2))
    >>> len(shingle_set("a b a b c", opts))  # 'a b', 'b a', 'b c'
    3
    """
    import xxhash

    cut = shingles(prepare(text, opts.strip_boilerplate), opts.shingle)
    hashes = np.fromiter(map(xxhash.xxh3_64_intdigest, cut), dtype=np.uint64, count=len(cut))
    return np.unique(hashes)


def exact_similarity_of_sets(
    a: NDArray[np.uint64], b: NDArray[np.uint64], measure: str = "jaccard"
) -> float:
    """:func:`exact_similarity` of two :func:`shingle_set` arrays (the same value).

    >>> a, b = np.arange(40, dtype=np.uint64), np.arange(30, dtype=np.uint64)
    >>> exact_similarity_of_sets(a, b), exact_similarity_of_sets(a, b, "containment")
    (0.75, 1.0)
    """
    common = len(np.intersect1d(a, b, assume_unique=True)) if len(a) and len(b) else 0
    return similarity(common, len(a), len(b), measure)


#: for the documents asked (indexes), their :func:`shingle_set` (e.g. from a re-read file)
ShingleSets = Callable[[Sequence[int]], Mapping[int, NDArray[np.uint64]]]


def verify_pairs(
    pairs: NDArray[np.int64],
    sigs: Signatures,
    opts: DedupOptions,
    texts: Sequence[str] | None = None,
    *,
    shingle_sets: ShingleSets | None = None,
) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """The pairs whose similarity reaches ``opts.threshold``, and their similarity.

    Estimated from the signatures (and sizes, for containment); with ``opts.exact`` and the
    ``texts`` (or ``shingle_sets``, asked once for all documents in a pair), computed from the
    shingle sets (as 64-bit hashes, built only for the documents in a pair).
    """
    if opts.exact and (texts is not None or shingle_sets is not None):
        needed: list[int] = np.unique(pairs).tolist()
        if shingle_sets is not None:
            table = shingle_sets(needed)
        else:
            assert texts is not None
            table = {i: shingle_set(texts[i], opts) for i in needed}
        sims = np.array(
            [exact_similarity_of_sets(table[i], table[j], opts.measure) for i, j in pairs.tolist()],
            dtype=np.float64,
        )
    else:
        sims = _estimates(pairs, sigs, opts.measure)
    ok = sims >= opts.threshold
    return pairs[ok], sims[ok]


def dedup_corpus(
    texts: Sequence[str],
    opts: DedupOptions | None = None,
    *,
    signatures: Signatures | None = None,
    lengths: NDArray[np.int64] | None = None,
    scores: NDArray[np.float64] | None = None,
    shingle_sets: ShingleSets | None = None,
) -> DedupResult:
    """Cluster near-duplicate ``texts`` and choose one document per cluster.

    ``signatures`` may be given (e.g. computed elsewhere); ``lengths`` are used by ``keep=
    "longest"`` (default: characters of each text); ``scores`` by ``keep="key"``;
    ``shingle_sets`` gives ``exact`` the shingle sets without ``texts`` (see :func:`verify_pairs`).
    """
    _check_call(texts, opts)
    opts = opts or DedupOptions()
    if not isinstance(texts, Sequence) and (opts.exact or opts.keep == "longest"):
        texts = list(texts)  # (a generator: read again to verify or to measure; see _check_call)
    sigs = signatures if signatures is not None else sign_texts(texts, opts)
    scheme = opts.scheme()
    rep = identical(sigs.values)
    uniq = np.flatnonzero(rep == np.arange(len(rep)))
    copies = np.flatnonzero(rep != np.arange(len(rep)))
    keys = band_keys(sigs.values, scheme.bands, scheme.rows)[uniq]  # (no copy of the values)
    cands = uniq[candidate_pairs(keys)].reshape(-1, 2)
    given = texts if not isinstance(texts, Sized) or len(texts) else None  # (a numpy array too)
    edges, sims = verify_pairs(cands, sigs, opts, given, shingle_sets=shingle_sets)
    if opts.keep == "longest" and lengths is None:
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    copy_pairs = np.stack([rep[copies], copies], axis=1)
    return clustered(
        len(sigs), copy_pairs, edges, sims, opts, lengths=lengths, scores=scores, cands=len(cands)
    )


def _check_call(texts: object, opts: object) -> None:
    """Raise ``TypeError`` saying what was given for a single text (whose characters would be
    the documents) or options that are no :class:`DedupOptions`. (Any iterable of texts is
    fine: a numpy array of strings, from a DataFrame's ``.to_numpy()``, raised "the truth value
    of an array is ambiguous"; a generator, with ``exact`` or ``keep="longest"``, "has no
    len()" once every text was signed: it is read into a list first for those.)

    >>> _check_call("one text", None)
    Traceback (most recent call last):
    ...
    TypeError: texts must be a list of str, not one str
    """
    if isinstance(texts, str | bytes):
        raise TypeError(f"texts must be a list of str, not one {type(texts).__name__}")
    if opts is not None and not isinstance(opts, DedupOptions):
        raise TypeError(f"opts must be DedupOptions, not {type(opts).__name__}")


def clustered(
    n: int,
    copies: NDArray[np.int64],
    edges: NDArray[np.int64],
    sims: NDArray[np.float64],
    opts: DedupOptions,
    *,
    lengths: NDArray[np.int64] | None = None,
    scores: NDArray[np.float64] | None = None,
    cands: int | None = None,
) -> DedupResult:
    """The result for ``n`` documents: the exact copies ``(first, copy)`` (similarity 1, in
    copy order) and the verified LSH ``edges`` with their ``sims`` (in pair order) make the
    clusters (connected components), each keeps one document by ``opts.keep``. ``cands``:
    the candidate pairs verified, if counted. :func:`dedup_corpus` and the Dask job end here.
    """
    pairs = np.concatenate([copies, edges]).astype(np.int64, copy=False).reshape(-1, 2)
    similarity = np.concatenate([np.ones(len(copies)), sims]).astype(np.float64, copy=False)
    kept = choose_kept(components(n, pairs), opts.keep, lengths=lengths, scores=scores)
    counts = {"identical": len(copies)}
    if cands is not None:
        counts["candidate_pairs"] = cands
    counts["verified_pairs"] = len(pairs)
    return DedupResult.from_kept(kept, pairs, similarity, **counts)


def dedup_incremental(
    keys: Iterable[str],
    texts: Iterable[str],
    index: DedupIndex,
    opts: DedupOptions | None = None,
    progress: Callable[[int], None] | None = None,
    *,
    insert_duplicates: bool = True,
) -> Iterator[str | None]:
    """For each document in order, the key of the most similar earlier duplicate in ``index``
    (earlier runs' documents count too), or ``None``. New documents are added to the index;
    so are duplicates when ``insert_duplicates`` (a later copy that matches only the copy, e.g.
    a different cut of a truncated article, is then still found). The index is asked once per
    batch of ``opts.batch_size`` documents (:meth:`~cleantext.corpus.index.DedupIndex.check_batch`),
    with the same answers as one document at a time."""
    opts = opts or DedupOptions()
    index.scheme.check(opts.scheme())
    done = 0
    key_iter = iter(keys)
    for sigs in sign_batches(texts, opts):  # one index round trip per batch
        batch = list(islice(key_iter, len(sigs)))
        yield from index.check_batch(
            batch, sigs.values, sigs.sizes.tolist(), insert_duplicates=insert_duplicates
        )
        done += len(sigs)
        if progress is not None:
            progress(done)

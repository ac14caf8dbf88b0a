"""Dask: clean bags and dataframes partition by partition; corpus dedup as a Dask job.

Cleaning needs no coordination: each partition is cleaned where it lives by the library's
batch engine (:func:`cleantext.batch.clean_records` for dicts, :func:`~cleantext.batch.clean_values`
for strings and dataframe columns: what ``cleantext clean`` runs on each JSONL record); the
cleaner is a small picklable value, sent once per task.

Corpus dedup (:func:`dedup_bag`, :func:`dedup_dataframe`) runs the steps of
:func:`cleantext.corpus.dedup.dedup_corpus` as a Dask graph and gives the same clusters:

1. signatures per partition (:func:`~cleantext.corpus.dedup.sign_texts`): one row per
   document ``(doc, size, length, full, h0..h{num_perm-1})``; ``doc`` is
   ``partition << 32 | position``, so sorting by it is the input order, ``full`` is the
   one-band key of the whole signature;
2. identical signatures: a shuffle on ``full``, then
   :func:`~cleantext.corpus.dedup.identical` in each partition; each exact copy gets an edge
   to the first document with its signature and is left out of LSH;
3. one row per band ``(band, key, doc)`` for the other documents, a shuffle on the band key;
   in each bucket a document is paired with its next ``max_bucket`` members in input order
   (:func:`~cleantext.corpus.dedup.bucket_pairs`, what
   :func:`~cleantext.corpus.dedup.candidate_pairs` runs per band), and pairs are
   de-duplicated (a shuffle);
4. each pair is joined with both signatures (two shuffles) and verified with
   :func:`~cleantext.corpus.dedup.verify_pairs`;
5. the edges (16 bytes each) and the document lengths are gathered by the client, which
   finds the clusters and the document each keeps as ``dedup_corpus`` does
   (:func:`~cleantext.corpus.dedup.clustered`).

>>> import dask.bag as db
>>> bag = db.from_sequence(["a  b", "c ,d"], npartitions=2)
>>> clean_bag(bag).compute(scheduler="sync")
['a b', 'c,d']
>>> docs = db.from_sequence([{"id": 1, "text": "x  y"}], npartitions=1)
>>> clean_bag(docs, field="text").compute(scheduler="sync")
[{'id': 1, 'text': 'x y'}]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
from numpy.typing import NDArray

from cleantext._extras import require
from cleantext.batch import BatchOptions, clean_records, clean_values
from cleantext.corpus.dedup import (
    _MAX_BUCKET,
    DedupOptions,
    DedupResult,
    bucket_pairs,
    clustered,
    identical,
    sign_texts,
    verify_pairs,
)
from cleantext.integrations.dataframes import clean_series
from cleantext.minhash.lsh import band_keys
from cleantext.minhash.signatures import Signatures
from cleantext.pipeline import Cleaner

__all__ = ["clean_bag", "clean_dataframe", "dedup_bag", "dedup_dataframe"]


def _clean_records(
    records: Iterable[Any], cleaner: Cleaner, field: str | None, output_field: str | None
) -> list[Any]:
    if field is None:
        return clean_values(records, cleaner)
    return clean_records(
        cleaner, records, BatchOptions(text_field=field), output_field=output_field
    )


def clean_bag(
    bag: Any,
    cleaner: Cleaner | None = None,
    *,
    field: str | None = None,
    output_field: str | None = None,
) -> Any:
    """Clean a ``dask.bag.Bag`` of strings, or of dicts when ``field`` names the text.

    Dicts are copied; the cleaned text replaces ``field`` or goes to ``output_field``.
    """
    c = cleaner if cleaner is not None else Cleaner()
    return bag.map_partitions(_clean_records, c, field, output_field)


def _check_column(ddf: Any, column: str) -> None:
    """A ``KeyError`` that names the frame's columns when ``column`` is none of them (pandas
    said only ``KeyError: 'text'``)."""
    if column not in ddf.columns:
        names = ", ".join(map(str, ddf.columns)) or "none"
        raise KeyError(f"no column {column!r} in the DataFrame (its columns: {names})")


def _clean_partition(part: Any, column: str, output: str, cleaner: Cleaner) -> Any:
    out = part.copy()
    out[output] = clean_series(part[column], cleaner)
    return out


def clean_dataframe(
    ddf: Any,
    column: str = "text",
    cleaner: Cleaner | None = None,
    *,
    output_column: str | None = None,
) -> Any:
    """Clean ``column`` of a ``dask.dataframe.DataFrame``; other columns pass through.

    The cleaned text replaces ``column``, or goes to ``output_column`` (same dtype).
    """
    _check_column(ddf, column)
    c = cleaner if cleaner is not None else Cleaner()
    output = output_column or column
    meta = ddf._meta.copy()
    meta[output] = meta[column]
    if str(meta[output].dtype) == "category":  # cleaning renames the categories: the meta's
        from dask.dataframe.utils import clear_known_categories  # are no longer known

        meta[output] = clear_known_categories(meta[output])  # type: ignore[no-untyped-call]
    return ddf.map_partitions(_clean_partition, column, output, c, meta=meta)


# -- corpus dedup ------------------------------------------------------------------------------


def _texts_of(records: Iterable[Any], field: str | None, part: int = 0) -> list[str]:
    """The texts of partition ``part``: its items, or the ``field`` of each record. A record
    without ``field`` or a text that is no string is a ``TypeError`` naming the partition and
    the document in it (a bare ``KeyError: 'text'`` or "the text at 0" said neither).

    >>> _texts_of([{"text": "a"}, {"id": 2}], "text", 3)
    Traceback (most recent call last):
    ...
    TypeError: partition 3, document 1: no field 'text' (a dict without it)
    """
    texts = []
    for i, r in enumerate(records):
        if field is not None:
            if not isinstance(r, Mapping) or field not in r:
                what = "a dict without it" if isinstance(r, Mapping) else type(r).__name__
                raise TypeError(f"partition {part}, document {i}: no field {field!r} ({what})")
            r = r[field]
        texts.append(r)
    return _strings(texts, part)


def _series_texts(series: Any, part: int = 0) -> list[str]:
    return _strings(list(series.tolist()), part)


def _strings(texts: list[Any], part: int) -> list[str]:
    """``texts``, or a ``TypeError`` naming the partition and document of one that is no string.

    >>> _strings(["a", None], 2)
    Traceback (most recent call last):
    ...
    TypeError: partition 2, document 1: the text is NoneType, not str (a missing value?)
    """
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            kind = type(t).__name__
            raise TypeError(
                f"partition {part}, document {i}: the text is {kind}, not str (a missing value?)"
            )
    return texts


def _sig_columns(num_perm: int) -> list[str]:
    return [f"h{i}" for i in range(num_perm)]


def _sign_partition(texts: list[str], part: int, opts: DedupOptions) -> Any:
    """One row per document: ``doc, size, length, full, h0..`` (a pandas DataFrame)."""
    pd = require("pandas", "dask")

    sigs = sign_texts(texts, dataclasses.replace(opts, workers=1))
    docs = (np.int64(part) << np.int64(32)) + np.arange(len(texts), dtype=np.int64)
    head = pd.DataFrame(
        {
            "doc": docs,
            "size": sigs.sizes.astype(np.int64),
            "length": np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)),
            "full": band_keys(sigs.values, 1, opts.num_perm)[:, 0],
        }
    )
    hashes = pd.DataFrame(sigs.values, columns=_sig_columns(opts.num_perm))
    return pd.concat([head, hashes], axis=1)


def _identical_partition(rows: Any, num_perm: int) -> Any:
    """``(doc, rep)`` for each exact copy: ``rep`` is the first document with its signature."""
    pd = require("pandas", "dask")

    rows = rows.sort_values("doc")  # positions in input order, as identical() expects
    values = rows[_sig_columns(num_perm)].to_numpy().astype(np.uint32, copy=False)
    rep = identical(values, rows["full"].to_numpy().astype(np.uint64, copy=False))
    same = rep != np.arange(len(rep))
    doc = rows["doc"].to_numpy()
    return pd.DataFrame({"doc": doc[same], "rep": doc[rep[same]]})


def _band_rows(table: Any, copies: NDArray[np.int64], opts: DedupOptions) -> Any:
    """``(band, key, doc)`` rows of the documents that are not exact copies."""
    pd = require("pandas", "dask")

    scheme = opts.scheme()
    table = table[~np.isin(table["doc"].to_numpy(), copies)]
    values = table[_sig_columns(opts.num_perm)].to_numpy().astype(np.uint32)
    keys = band_keys(values, scheme.bands, scheme.rows)
    return pd.DataFrame(
        {
            "band": np.tile(np.arange(scheme.bands, dtype=np.int16), len(table)),
            "key": keys.reshape(-1),
            "doc": np.repeat(table["doc"].to_numpy(), scheme.bands),
        }
    )


def _bucket_pairs(rows: Any, max_bucket: int) -> Any:
    """Pairs ``(a, b)``, ``a < b``, of documents sharing a band bucket in this partition."""
    pd = require("pandas", "dask")

    keys = [rows["band"].to_numpy(), rows["key"].to_numpy()]
    pairs = np.unique(bucket_pairs(keys, max_bucket, ids=rows["doc"].to_numpy()), axis=0)
    return pd.DataFrame({"a": pairs[:, 0], "b": pairs[:, 1]})


def _verify_partition(joined: Any, opts: DedupOptions) -> Any:
    """Verified edges of a partition of pairs joined with both signatures."""
    pd = require("pandas", "dask")

    cols = _sig_columns(opts.num_perm)
    m = len(joined)
    values = np.concatenate(
        [joined[[c + "_a" for c in cols]].to_numpy(), joined[[c + "_b" for c in cols]].to_numpy()]
    ).astype(np.uint32)
    sizes = np.concatenate([joined["size_a"].to_numpy(), joined["size_b"].to_numpy()])
    local = np.stack([np.arange(m), m + np.arange(m)], axis=1).astype(np.int64)
    edges, sims = verify_pairs(local, Signatures(values, sizes.astype(np.int64)), opts)
    a, b = joined["a"].to_numpy(), joined["b"].to_numpy()
    return pd.DataFrame({"a": a[edges[:, 0]], "b": b[edges[:, 0]], "similarity": sims})


def _suffixed(table: Any, suffix: str, cols: list[str]) -> Any:
    renamed = {c: c + suffix for c in cols}
    renamed["doc"] = suffix[1:]
    return table[["doc", "size", *cols]].rename(columns={**renamed, "size": "size" + suffix})


def _signature_table(parts: list[Any], opts: DedupOptions) -> Any:
    """The persisted Dask frame of signature rows, one partition per input partition."""
    dd = require("dask.dataframe", "dask")
    delayed = require("dask.delayed", "dask").delayed

    signed = [delayed(_sign_partition)(p, i, opts) for i, p in enumerate(parts)]
    meta = _sign_partition([], 0, opts)
    return dd.from_delayed(signed, meta=meta, verify_meta=False).persist()


def _copies(table: Any, opts: DedupOptions) -> Any:
    """The ``(doc, rep)`` frame of exact copies, gathered (one row per copy)."""
    cols = ["doc", "full", *_sig_columns(opts.num_perm)]
    found = table[cols].shuffle(on="full", npartitions=table.npartitions)
    meta = {"doc": "int64", "rep": "int64"}
    return found.map_partitions(_identical_partition, opts.num_perm, meta=meta).compute()


def _verified_edges(
    table: Any, copy_docs: NDArray[np.int64], opts: DedupOptions, max_bucket: int
) -> Any:
    """The Dask frame of verified LSH edges ``(a, b, similarity)`` between non-copies."""
    dd = require("dask.dataframe", "dask")
    delayed = require("dask.delayed", "dask").delayed

    copies = delayed(copy_docs)
    band_parts = [delayed(_band_rows)(t, copies, opts) for t in table.to_delayed()]
    meta = _band_rows(table._meta, copy_docs[:0], opts)
    bands = dd.from_delayed(band_parts, meta=meta, verify_meta=False)
    npart = table.npartitions
    pairs = bands.shuffle(on="key", npartitions=npart).map_partitions(
        _bucket_pairs, max_bucket, meta={"a": "int64", "b": "int64"}
    )
    pairs = pairs.drop_duplicates(split_out=npart)
    cols = _sig_columns(opts.num_perm)
    joined = pairs.merge(_suffixed(table, "_a", cols), on="a").merge(
        _suffixed(table, "_b", cols), on="b"
    )
    edge_meta = {"a": "int64", "b": "int64", "similarity": "float64"}
    return joined.map_partitions(_verify_partition, opts, meta=edge_meta)


def _dedup_parts(parts: list[Any], opts: DedupOptions | None, max_bucket: int) -> DedupResult:
    compute = require("dask.base", "dask").compute

    opts = opts or DedupOptions()
    if opts.exact or opts.keep not in ("first", "longest"):
        raise ValueError("the Dask job verifies with signatures and keeps 'first' or 'longest'")
    table = _signature_table(parts, opts)
    copies = _copies(table, opts)
    copy_docs = np.sort(copies["doc"].to_numpy().astype(np.int64))
    edges, docs = compute(
        _verified_edges(table, copy_docs, opts, max_bucket), table[["doc", "length"]]
    )
    ids = np.sort(docs["doc"].to_numpy())
    lengths = docs.set_index("doc")["length"].reindex(ids).to_numpy().astype(np.int64)
    return _result(ids, lengths, copies, edges, opts)


def _result(
    ids: NDArray[np.int64], lengths: NDArray[np.int64], copies: Any, edges: Any, opts: DedupOptions
) -> DedupResult:
    """The :class:`DedupResult` of gathered pieces, ordered as ``dedup_corpus`` orders them."""
    copy_idx = np.searchsorted(ids, copies["doc"].to_numpy())
    rep_idx = np.searchsorted(ids, copies["rep"].to_numpy())
    order = np.argsort(copy_idx, kind="stable")
    copy_pairs = np.stack([rep_idx[order], copy_idx[order]], axis=1)
    a = np.searchsorted(ids, edges["a"].to_numpy())
    b = np.searchsorted(ids, edges["b"].to_numpy())
    by_pair = np.lexsort((b, a))
    lsh_pairs = np.stack([a[by_pair], b[by_pair]], axis=1)
    sims = edges["similarity"].to_numpy()[by_pair]
    return clustered(len(ids), copy_pairs, lsh_pairs, sims, opts, lengths=lengths)


def dedup_bag(
    bag: Any,
    opts: DedupOptions | None = None,
    *,
    field: str | None = None,
    max_bucket: int = _MAX_BUCKET,
) -> DedupResult:
    """Corpus dedup of a ``dask.bag.Bag`` of texts (or of dicts, ``field`` naming the text).

    Runs on the current Dask scheduler (a ``distributed.Client`` if one is active). The result
    indexes documents in bag order and equals :func:`cleantext.corpus.dedup.dedup_corpus` on
    the same texts and options (``pairs`` and ``similarity`` included; ``stats`` has no
    candidate count).
    """
    delayed = require("dask.delayed", "dask").delayed

    parts = [delayed(_texts_of)(p, field, i) for i, p in enumerate(bag.to_delayed())]
    return _dedup_parts(parts, opts, max_bucket)


def dedup_dataframe(
    ddf: Any,
    column: str = "text",
    opts: DedupOptions | None = None,
    *,
    max_bucket: int = _MAX_BUCKET,
) -> DedupResult:
    """Corpus dedup of the ``column`` of a ``dask.dataframe.DataFrame``; see :func:`dedup_bag`.

    Documents are indexed in the frame's order (partition by partition).
    """
    delayed = require("dask.delayed", "dask").delayed

    _check_column(ddf, column)
    parts = [delayed(_series_texts)(p, i) for i, p in enumerate(ddf[column].to_delayed())]
    return _dedup_parts(parts, opts, max_bucket)

"""Dask: clean bags and dataframes partition by partition; corpus dedup as a Dask job.

Cleaning needs no coordination: each partition is cleaned by :class:`cleantext.Cleaner` where
it lives (the cleaner is a small picklable value, sent once per task).

>>> import dask.bag as db
>>> bag = db.from_sequence(["a  b", "c ,d"], npartitions=2)
>>> clean_bag(bag).compute(scheduler="sync")
['a b', 'c,d']
>>> docs = db.from_sequence([{"id": 1, "text": "x  y"}], npartitions=1)
>>> clean_bag(docs, field="text").compute(scheduler="sync")
[{'id': 1, 'text': 'x y'}]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cleantext.integrations.dataframes import clean_series, clean_values
from cleantext.pipeline import Cleaner

__all__ = ["clean_bag", "clean_dataframe"]


def _clean_records(
    records: Iterable[Any], cleaner: Cleaner, field: str | None, output_field: str | None
) -> list[Any]:
    items = list(records)
    if field is None:
        return clean_values(items, cleaner)
    out = []
    for rec in items:
        new = dict(rec)
        new[output_field or field] = clean_values([rec.get(field)], cleaner)[0]
        out.append(new)
    return out


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
    c = cleaner if cleaner is not None else Cleaner()
    output = output_column or column
    meta = ddf._meta.copy()
    meta[output] = meta[column]
    return ddf.map_partitions(_clean_partition, column, output, c, meta=meta)

"""Clean text columns of pandas and Polars frames and Hugging Face datasets.

None of the three libraries is imported at module import; each helper uses the objects it is
given, so this module imports without the ``dataframes`` extra. Missing values (``None``,
``NaN``, ``pandas.NA``, Polars nulls) stay missing; any other non-string value is a
:class:`TypeError` (:func:`cleantext.batch.clean_values`, the batch engine's loop over
in-memory values, cleans them).

Hugging Face ``datasets`` (``Dataset.map(batched=True)`` calls a function on a dict of lists):

>>> fn = batch_fn("text")
>>> fn({"id": [1, 2], "text": ["a  b", None]})
{'id': [1, 2], 'text': ['a b', None]}
>>> batch_fn("text", output_field="clean")({"text": ["x ,  y"]})
{'text': ['x ,  y'], 'clean': ['x, y']}

pandas (index and name are kept) and Polars::

    df["text"] = clean_series(df["text"])
    df = df.with_columns(polars_expr("text"))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cleantext._extras import require
from cleantext.batch import clean_values
from cleantext.pipeline import Cleaner

__all__ = ["CleanBatch", "batch_fn", "clean_polars", "clean_series", "clean_values", "polars_expr"]

Batch = dict[str, list[Any]]


def batch_fn(
    field: str = "text", cleaner: Cleaner | None = None, *, output_field: str | None = None
) -> Callable[[Batch], Batch]:
    """A function for ``datasets.Dataset.map(fn, batched=True)`` that cleans ``field``.

    The cleaned texts replace ``field``, or go to ``output_field`` when given (the input column
    is then kept). Other columns pass through unchanged. The function is a picklable object, so
    ``num_proc`` and the datasets cache fingerprint work.
    """
    return CleanBatch(field, cleaner if cleaner is not None else Cleaner(), output_field)


@dataclass(frozen=True)
class CleanBatch:
    """Callable returned by :func:`batch_fn`: cleans one column of a batch dict."""

    field: str
    cleaner: Cleaner
    output_field: str | None = None

    def __call__(self, batch: Batch) -> Batch:
        if self.field not in batch:
            raise KeyError(f"batch has no column {self.field!r}; columns: {', '.join(batch)}")
        out = dict(batch)
        out[self.output_field or self.field] = clean_values(batch[self.field], self.cleaner)
        return out


def clean_series(series: Any, cleaner: Cleaner | None = None) -> Any:
    """Clean a pandas ``Series`` of strings; a new Series with the same index, name and dtype.

    A categorical Series has its categories cleaned, each once (see :func:`_clean_categorical`).
    """
    pd = require("pandas", "dataframes")

    if isinstance(series.dtype, pd.CategoricalDtype):
        return _clean_categorical(series, cleaner)
    values = clean_values(series.tolist(), cleaner)
    return pd.Series(values, index=series.index, name=series.name, dtype=series.dtype)


def _clean_categorical(series: Any, cleaner: Cleaner | None) -> Any:
    """A categorical ``series`` with its categories cleaned: categories that clean to the same
    text become one; missing values stay missing; ``ordered`` is kept. (Given back with the
    input's dtype, each cleaned value was no category of it: every value became NaN.)

    >>> import pandas as pd
    >>> s = pd.Series(["a  b", "a b", None, "c ,d"], dtype="category", name="t")
    >>> out = _clean_categorical(s, None)
    >>> out.tolist(), list(out.cat.categories), out.name
    (['a b', 'a b', nan, 'c,d'], ['a b', 'c,d'], 't')
    """
    pd = require("pandas", "dataframes")

    cleaned = clean_values(list(series.cat.categories), cleaner)
    new_codes, categories = pd.factorize(pd.Index(cleaned, dtype=object))
    codes = series.cat.codes.to_numpy()
    merged = new_codes[codes.clip(0)]
    merged[codes < 0] = -1
    values = pd.Categorical.from_codes(merged, categories, ordered=series.cat.ordered)
    return pd.Series(values, index=series.index, name=series.name)


def clean_polars(series: Any, cleaner: Cleaner | None = None) -> Any:
    """Clean a Polars ``Series`` of strings (nulls stay null); returns a ``pl.String`` Series."""
    pl = require("polars", "dataframes")

    return pl.Series(series.name, clean_values(series.to_list(), cleaner), dtype=pl.String)


def polars_expr(column: str, cleaner: Cleaner | None = None) -> Any:
    """A Polars expression cleaning ``column``, for ``df.with_columns(...)`` or ``select``.

    It keeps the column name; use ``.alias(...)`` for another one.
    """
    pl = require("polars", "dataframes")

    c = cleaner if cleaner is not None else Cleaner()
    return pl.col(column).map_batches(lambda s: clean_polars(s, c), return_dtype=pl.String)

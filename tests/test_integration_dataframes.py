"""pandas, Polars and Hugging Face datasets with the real libraries, on small in-memory data."""

from __future__ import annotations

import math

import datasets
import pandas as pd
import polars as pl
import pytest

import cleantext
from cleantext import Cleaner
from cleantext.integrations.dataframes import (
    batch_fn,
    clean_polars,
    clean_series,
    polars_expr,
)

DIRTY = "Caf\u00c3\u00a9 &amp; bar ,  open.\n\nRead more"
CLEAN = "Café & bar, open."


def test_hf_dataset_map_batched(example_text: str) -> None:
    ds = datasets.Dataset.from_dict(
        {"id": [1, 2, 3], "text": [DIRTY, example_text, None]}, features=None
    )
    out = ds.map(batch_fn("text", output_field="clean"), batched=True, batch_size=2)
    assert out.column_names == ["id", "text", "clean"]
    assert out["clean"][0] == CLEAN
    assert out["clean"][1] == cleantext.clean(example_text)
    assert "What's Your Reaction?" not in out["clean"][1]
    assert out["clean"][2] is None
    assert out["text"][0] == DIRTY  # input column kept


def test_hf_dataset_map_with_two_processes() -> None:
    ds = datasets.Dataset.from_dict({"text": [DIRTY] * 8})
    out = ds.map(batch_fn("text"), batched=True, batch_size=2, num_proc=2)
    assert out["text"] == [CLEAN] * 8


def test_hf_missing_column_is_clear() -> None:
    with pytest.raises(KeyError, match="no column 'body'"):
        batch_fn("body")({"text": ["x"]})


def test_pandas_series_keeps_index_name_and_missing() -> None:
    s = pd.Series([DIRTY, None, "already clean."], index=[10, 20, 40], name="t", dtype=object)
    s[30] = float("nan")
    out = clean_series(s, Cleaner(disable=["capitalize-sentence"]))
    assert list(out.index) == [10, 20, 40, 30]
    assert out.name == "t"
    assert out[10] == CLEAN
    assert pd.isna(out[20])
    assert math.isnan(out[30])
    assert out[40] == "already clean."


def test_pandas_series_map_with_cleaner() -> None:
    df = pd.DataFrame({"text": [DIRTY, "ok"]})
    df["clean"] = df["text"].map(Cleaner().clean)
    assert df["clean"].tolist() == [CLEAN, "ok"]


def test_pandas_non_string_is_an_error() -> None:
    with pytest.raises(TypeError, match="type int"):
        clean_series(pd.Series([1, 2]))


def test_polars_series_and_expression() -> None:
    df = pl.DataFrame({"id": [1, 2, 3], "text": [DIRTY, None, "Fine."]})
    out = df.with_columns(polars_expr("text").alias("clean"))
    assert out.columns == ["id", "text", "clean"]
    assert out["clean"].to_list() == [CLEAN, None, "Fine."]
    s = clean_polars(df["text"])
    assert s.name == "text"
    assert s.dtype == pl.String
    assert s.to_list() == [CLEAN, None, "Fine."]

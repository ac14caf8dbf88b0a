"""Dask cleaning and corpus dedup on a real distributed.LocalCluster with 2 worker processes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask", reason="extra 'dask' (dask, distributed) not installed")
pytest.importorskip("distributed", reason="extra 'dask' (dask, distributed) not installed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

import cleantext
from cleantext import Cleaner
from cleantext.integrations.dask import clean_bag, clean_dataframe

CORPUS = Path("/work/shared/data/dedup/corpus_dev.jsonl")
DIRTY = "Caf\u00c3\u00a9 &amp; bar ,  open.\n\nRead more"


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_clean_bag_of_strings_and_dicts(client: Client, example_text: str) -> None:
    texts = [DIRTY, example_text, "fine.", ""] * 3
    got = clean_bag(db.from_sequence(texts, npartitions=4)).compute()
    assert got == [cleantext.clean(t) for t in texts]
    records = [{"id": i, "body": t} for i, t in enumerate(texts)] + [{"id": 99, "body": None}]
    cleaner = Cleaner(disable=["capitalize-sentence"])
    bag = db.from_sequence(records, npartitions=3)
    out = clean_bag(bag, cleaner, field="body", output_field="clean").compute()
    assert [r["clean"] for r in out] == [*cleaner.clean_many(texts), None]
    assert [r["body"] for r in out] == [*texts, None]  # input kept


def test_clean_dataframe_keeps_other_columns(client: Client, example_text: str) -> None:
    pdf = pd.DataFrame({"id": range(8), "text": [DIRTY, example_text, None, "ok."] * 2})
    ddf = dd.from_pandas(pdf, npartitions=3)
    out = clean_dataframe(ddf, "text", output_column="clean").compute().sort_values("id")
    assert list(out.columns) == ["id", "text", "clean"]
    assert out["clean"].iloc[0] == "Café & bar, open."
    assert out["clean"].iloc[1] == cleantext.clean(example_text)
    assert out["clean"].isna().iloc[2]
    assert out["text"].iloc[0] == DIRTY


def _corpus(n: int) -> list[dict[str, Any]]:
    if not CORPUS.exists():
        pytest.skip(f"shared dev corpus not found at {CORPUS}")
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for _, line in zip(range(n), f, strict=False)]

"""Dask cleaning and corpus dedup on a real distributed.LocalCluster with 2 worker processes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import numpy as np
import pandas as pd
import pytest
from distributed import Client, LocalCluster

import cleantext
from cleantext import Cleaner
from cleantext.corpus.dedup import DedupOptions, DedupResult, dedup_corpus
from cleantext.integrations.dask import clean_bag, clean_dataframe, dedup_bag, dedup_dataframe

CLI = str(Path(sys.executable).with_name("cleantext"))
# the shared dev corpus beside the repository (../shared), when it is there
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "dedup" / "corpus_dev.jsonl"
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


def _synthetic(n_articles: int = 120, seed: int = 3) -> list[str]:
    """Articles of random words, and re-scraped variants: edited, truncated, with boilerplate,
    plus a bucket of 230 identical pages (larger than the 200-neighbour bucket cap)."""
    rng = np.random.default_rng(seed)
    vocab = [f"w{i}" for i in range(3000)]
    texts: list[str] = []
    for _ in range(n_articles):
        words = list(rng.choice(vocab, size=int(rng.integers(60, 200))))
        texts.append(" ".join(words))
        for _ in range(int(rng.integers(0, 4))):
            v = list(words)
            for k in rng.choice(len(v), size=len(v) // 20, replace=False):
                v[k] = str(rng.choice(vocab))
            if rng.random() < 0.4:
                v = v[: int(len(v) * rng.uniform(0.5, 0.9))]
            extra = "Menu\n\nSign in\n\n" if rng.random() < 0.5 else ""
            texts.append(extra + " ".join(v))
    texts += ["Page not found. Please check the address and try again later."] * 230
    order = rng.permutation(len(texts))
    return [texts[i] for i in order]


def _assert_same(got: DedupResult, want: DedupResult) -> None:
    assert got.kept.tolist() == want.kept.tolist()
    assert got.pairs.tolist() == want.pairs.tolist()
    assert np.array_equal(got.similarity, want.similarity)
    assert got.stats["clusters"] == want.stats["clusters"]


def test_dedup_bag_equals_single_machine(client: Client) -> None:
    texts = _synthetic()
    opts = DedupOptions()
    want = dedup_corpus(texts, opts)
    assert 100 < want.stats["removed"] < len(texts) - 100  # a real mix of clusters
    got = dedup_bag(db.from_sequence(texts, npartitions=5), opts)
    _assert_same(got, want)


def test_dedup_dev_corpus_sample_equals_cli(client: Client, tmp_path: Path) -> None:
    docs = _corpus(600)
    src = tmp_path / "sample.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    opts = DedupOptions(keep="longest")
    want = dedup_corpus([d["text"] for d in docs], opts)
    ddf = dd.from_pandas(pd.DataFrame(docs), npartitions=4)
    got = dedup_dataframe(ddf, "text", opts)
    _assert_same(got, want)
    assert want.stats["removed"] > 100
    # the same clusters and kept documents as `cleantext dedup` on the same input
    out = tmp_path / "marked.jsonl"
    subprocess.run(
        [CLI, "dedup", str(src), "--mark", "--keep", "longest", "-o", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    marked = {r["id"]: r["cluster"] for r in map(json.loads, out.read_text().splitlines())}
    assert marked == {d["id"]: docs[k]["id"] for d, k in zip(docs, got.kept.tolist(), strict=True)}


TEXT = "one two three four five six seven eight nine ten"


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([{"text": TEXT}, {"text": TEXT}, {"id": 3}], r"partition 1, document 0: no field 'text'"),
        ([{"text": TEXT}, {"text": TEXT}, "bare"], r"partition 1, document 0: no field .*\(str\)"),
        ([{"text": TEXT}, {"text": TEXT}, {"text": 5}], r"partition 1, document 0: .* int, not"),
    ],
)
def test_dedup_bag_names_the_partition_and_document_of_a_bad_record(
    client: Client, records: list[Any], message: str
) -> None:
    bag = db.from_sequence(records, npartitions=2)  # partitions [0, 1] and [2]
    with pytest.raises(TypeError, match=message):
        dedup_bag(bag, field="text")
    good = db.from_sequence(records[:2], npartitions=2)  # near miss: the sound records
    assert dedup_bag(good, field="text").duplicate.tolist() == [False, True]


def test_dedup_dataframe_names_the_partition_of_a_missing_value(client: Client) -> None:
    frame = pd.DataFrame({"text": [TEXT, TEXT, TEXT, None]})
    ddf = dd.from_pandas(frame, npartitions=2)  # rows [0, 1] and [2, 3]
    with pytest.raises(TypeError, match=r"partition 1, document 1: .* not str"):
        dedup_dataframe(ddf)
    assert dedup_dataframe(ddf.dropna()).duplicate.tolist() == [False, True, True]

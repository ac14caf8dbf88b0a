"""Indexes: "seen before?" in memory and in SQLite, across runs and crashes."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from cleantext.corpus.dedup import DedupOptions
from cleantext.corpus.index import DedupIndex, MemoryIndex, SQLiteIndex
from cleantext.minhash.lsh import Scheme, SchemeError

OPTS = DedupOptions(threshold=0.5)
SCHEME = OPTS.scheme()


def article(seed: int, n_words: int = 200) -> str:
    rng = random.Random(seed)
    return " ".join(f"w{rng.randrange(5000)}" for _ in range(n_words))


def signed(*texts: str):
    sigs = OPTS.signer().sign(list(texts))
    return list(zip(sigs.values, sigs.sizes.tolist(), strict=True))


@pytest.fixture(params=["memory", "sqlite"])
def index(request, tmp_path):
    if request.param == "memory":
        idx: DedupIndex = MemoryIndex(SCHEME, OPTS.threshold, OPTS.measure)
    else:
        idx = SQLiteIndex(tmp_path / "seen.db", SCHEME, OPTS.threshold, OPTS.measure)
    yield idx
    idx.close()


def test_check_and_insert_finds_near_duplicates(index):
    base, other = article(1), article(2)
    truncated = " ".join(base.split()[:120])
    (s_base, n_base), (s_trunc, n_trunc), (s_other, n_other) = signed(base, truncated, other)
    assert index.check_and_insert("base", s_base, n_base) is None
    assert index.check_and_insert("trunc", s_trunc, n_trunc) == "base"
    assert index.check_and_insert("other", s_other, n_other) is None
    assert len(index) == 2
    assert "base" in index and "other" in index and "trunc" not in index


def test_query_returns_candidates_and_duplicates_are_verified(index):
    (sig, size), (osig, osize) = signed(article(3), article(4))
    index.insert("a", sig, size)
    assert index.query(sig) == ["a"]
    assert index.duplicates(osig, osize) == []
    hits = index.duplicates(sig, size)
    assert [k for k, _ in hits] == ["a"] and hits[0][1] == pytest.approx(1.0)


def test_wrong_signature_length_is_refused(index):
    with pytest.raises(SchemeError):
        index.insert("x", np.zeros(64, dtype=np.uint32))


def test_sqlite_index_survives_across_runs_and_is_inspectable(tmp_path):
    path = tmp_path / "seen.db"
    (s1, n1), (s2, n2) = signed(article(5), article(6))
    with SQLiteIndex(path, SCHEME, 0.5, "containment") as idx:
        assert idx.check_and_insert("first", s1, n1) is None
    with SQLiteIndex(path, SCHEME, 0.5, "containment") as idx:
        assert idx.check_and_insert("again", s1, n1) == "first"
        assert idx.check_and_insert("second", s2, n2) is None
        assert len(idx) == 2
    con = sqlite3.connect(path)
    keys = [r[0] for r in con.execute("SELECT key FROM docs ORDER BY id")]
    scheme = con.execute("SELECT value FROM meta WHERE name='scheme'").fetchone()[0]
    n_bands = con.execute("SELECT COUNT(*) FROM bands").fetchone()[0]
    con.close()
    assert keys == ["first", "second"]
    assert Scheme.parse(scheme) == SCHEME
    assert n_bands == 2 * SCHEME.bands


def test_sqlite_index_refuses_another_scheme(tmp_path):
    path = tmp_path / "seen.db"
    SQLiteIndex(path, SCHEME).close()
    other = DedupOptions(num_perm=64).scheme()
    with pytest.raises(SchemeError):
        SQLiteIndex(path, other)


def test_sqlite_index_is_intact_after_a_crash(tmp_path):
    path = tmp_path / "seen.db"
    script = textwrap.dedent(
        f"""
        import os, random
        from cleantext.corpus.dedup import DedupOptions
        from cleantext.corpus.index import SQLiteIndex
        opts = DedupOptions(threshold=0.5)
        idx = SQLiteIndex({str(path)!r}, opts.scheme(), 0.5, "containment", commit_every=10)
        texts = [" ".join(f"w{{random.Random(i).randrange(5000)}}{{j}}" for j in range(80))
                 for i in range(25)]
        sigs = opts.signer().sign(texts)
        for i, (s, n) in enumerate(zip(sigs.values, sigs.sizes.tolist())):
            idx.check_and_insert(f"doc{{i}}", s, n)
        os._exit(3)  # dies without closing: the last 5 inserts were never committed
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 3, proc.stderr
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    with SQLiteIndex(path, SCHEME, 0.5, "containment") as idx:
        assert len(idx) == 20
        assert "doc19" in idx and "doc20" not in idx


def test_insert_replaces_a_key(index):
    (s1, n1), (s2, n2) = signed(article(7), article(8))
    index.insert("k", s1, n1)
    index.insert("k", s2, n2)
    assert len(index) == 1
    assert [k for k, _ in index.duplicates(s2, n2)] == ["k"]
    assert index.duplicates(s1, n1) == []


def test_sqlite_index_in_the_earlier_layout_still_works(tmp_path):
    """Files made before the bands table became WITHOUT ROWID (a rowid table and two indexes)
    are read, extended and updated in place."""
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.executescript(
        """
        CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE docs (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
                           size INTEGER NOT NULL, signature BLOB NOT NULL);
        CREATE TABLE bands (bkey INTEGER NOT NULL, doc INTEGER NOT NULL);
        CREATE INDEX bands_bkey ON bands (bkey);
        CREATE INDEX bands_doc ON bands (doc);
        """
    )
    con.close()
    (s1, n1), (s2, n2), (s3, n3) = signed(article(11), article(12), article(13))
    with SQLiteIndex(path, SCHEME, 0.5, "containment") as idx:
        assert idx.check_and_insert("a", s1, n1) is None
        idx.insert("b", s2, n2)
        idx.insert("b", s3, n3)  # replaced: the old bands go
    with SQLiteIndex(path, SCHEME, 0.5, "containment") as idx:
        assert idx.check_and_insert("a-copy", s1, n1) == "a"
        assert idx.duplicates(s2, n2) == [] and [k for k, _ in idx.duplicates(s3, n3)] == ["b"]
    con = sqlite3.connect(path)
    assert con.execute("SELECT COUNT(*) FROM bands").fetchone()[0] == 2 * SCHEME.bands
    con.close()


def _sequential(index: DedupIndex, keys, sigs, sizes, insert_duplicates: bool) -> list:
    """The one-document-at-a-time answers check_batch must reproduce."""
    out = []
    for key, sig, size in zip(keys, sigs, sizes, strict=True):
        hits = index.duplicates(sig, size)
        if not hits or insert_duplicates:
            index.insert(key, sig, size)
        out.append(hits[0][0] if hits else None)
    return out


@pytest.mark.parametrize("insert_duplicates", [True, False])
def test_check_batch_answers_like_one_document_at_a_time(tmp_path, insert_duplicates):
    rng = random.Random(5)
    texts, keys = [], []
    for i in range(160):
        r = rng.random()
        if texts and r < 0.3:  # a cut copy of an earlier text
            words = rng.choice(texts).split()
            texts.append(" ".join(words[: int(len(words) * rng.uniform(0.5, 1.0))]))
        elif texts and r < 0.4:
            texts.append(rng.choice(texts))  # an exact copy
        elif r < 0.45:
            texts.append("")
        else:
            texts.append(article(1000 + i, rng.randrange(20, 200)))
        # keys repeat: within a batch, across batches and with the stored documents
        keys.append(f"k{rng.randrange(60)}" if rng.random() < 0.4 else f"d{i}")
    sigs = OPTS.signer().sign(texts)
    old = OPTS.signer().sign([article(i) for i in range(1000, 1030)])
    ref = MemoryIndex(SCHEME, OPTS.threshold, OPTS.measure)
    for k in range(30):
        ref.insert(f"k{k}", old.values[k], int(old.sizes[k]))
    sizes = sigs.sizes.tolist()
    want = _sequential(ref, keys, sigs.values, sizes, insert_duplicates)
    assert sum(w is not None for w in want) > 40
    for batch in (1, 7, 64, 160):
        for kind in ("memory", "sqlite"):
            if kind == "memory":
                idx: DedupIndex = MemoryIndex(SCHEME, OPTS.threshold, OPTS.measure)
            else:
                idx = SQLiteIndex(tmp_path / f"b{batch}{insert_duplicates}.db", SCHEME, 0.5,
                                  OPTS.measure, commit_every=None)  # fmt: skip
            for k in range(30):
                idx.insert(f"k{k}", old.values[k], int(old.sizes[k]))
            got = []
            for lo in range(0, len(keys), batch):
                got += idx.check_batch(
                    keys[lo : lo + batch],
                    sigs.values[lo : lo + batch],
                    sizes[lo : lo + batch],
                    insert_duplicates=insert_duplicates,
                )
            assert got == want, (kind, batch)
            assert len(idx) == len(ref)
            for key in {*keys, *(f"k{k}" for k in range(30))}:
                assert (key in idx) == (key in ref)
                if key in ref:
                    assert ref._fetch([key])[key][0].tolist() == idx._fetch([key])[key][0].tolist()
            idx.close()


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_check_batch_sees_a_key_replaced_earlier_in_the_batch(tmp_path, kind):
    a, b = article(21), article(22)
    sigs = OPTS.signer().sign([a, b, a])
    if kind == "memory":
        idx: DedupIndex = MemoryIndex(SCHEME, OPTS.threshold, OPTS.measure)
    else:
        idx = SQLiteIndex(tmp_path / "r.db", SCHEME, OPTS.threshold, OPTS.measure)
    # "x" is a, then b (replaced): a's copy no longer finds it
    found = idx.check_batch(
        ["x", "x", "y"], sigs.values, sigs.sizes.tolist(), insert_duplicates=True
    )
    assert found == [None, None, None]
    idx.close()

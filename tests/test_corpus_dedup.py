"""Corpus dedup: clusters a user would recognise, keep policies, and the `cleantext dedup` CLI."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import numpy as np
import pytest

from cleantext.cli import main
from cleantext.corpus.cluster import UnionFind, choose_kept, components
from cleantext.corpus.dedup import (
    DedupOptions,
    candidate_pairs,
    dedup_corpus,
    sign_texts,
    verify_pairs,
)
from cleantext.minhash.lsh import band_keys

BOILER = ["Menu", "Sign in", "Advertisement", "Share this article", "© 2024 Example News"]


def article(rng: random.Random, n_paras: int = 6) -> str:
    title = " ".join(f"t{rng.randrange(10_000)}" for _ in range(6)).capitalize()
    paras = [
        " ".join(f"w{rng.randrange(20_000)}" for _ in range(rng.randrange(40, 90))) + "."
        for _ in range(n_paras)
    ]
    return "\n\n".join([title, *paras])


def variant(rng: random.Random, text: str, kind: str) -> str:
    paras = text.split("\n\n")
    if kind == "truncate":
        words = text.split(" ")
        return " ".join(words[: int(len(words) * 0.55)])
    if kind == "boilerplate":
        return "\n\n".join([*BOILER[:3], *paras, *BOILER[3:]])
    if kind == "drop_title":
        return "\n\n".join(paras[1:])
    if kind == "typography":
        return text.replace(".", "…").replace("\n\n", "\n").upper()
    if kind == "edit":
        words = text.split(" ")
        for i in rng.sample(range(len(words)), len(words) // 20):
            words[i] = f"e{rng.randrange(10**6)}"
        return " ".join(words)
    if kind == "swap":
        body = paras[1:]
        rng.shuffle(body)
        return "\n\n".join([paras[0], *body])
    raise ValueError(kind)


KINDS = ["truncate", "boilerplate", "drop_title", "typography", "edit", "swap"]


@pytest.fixture(scope="module")
def corpus() -> tuple[list[str], list[int]]:
    rng = random.Random(2024)
    texts: list[str] = []
    labels: list[int] = []
    for cluster in range(40):
        base = article(rng)
        members = [base] + [variant(rng, base, k) for k in rng.sample(KINDS, rng.randrange(0, 4))]
        texts += members
        labels += [cluster] * len(members)
    order = list(range(len(texts)))
    rng.shuffle(order)
    return [texts[i] for i in order], [labels[i] for i in order]


def same_partition(kept: np.ndarray, labels: list[int]) -> bool:
    found = {}
    for k, g in zip(kept.tolist(), labels, strict=True):
        if found.setdefault(g, k) != k:
            return False
    return len(set(found.values())) == len(found)


def test_variants_cluster_with_their_original(corpus):
    texts, labels = corpus
    res = dedup_corpus(texts)
    assert same_partition(res.kept, labels)
    assert res.stats["clusters"] == len(set(labels))
    assert int((~res.duplicate).sum()) == len(set(labels))


def test_jaccard_alone_misses_truncated_copies(corpus):
    texts, labels = corpus
    strict = dedup_corpus(texts, DedupOptions(threshold=0.8, measure="jaccard"))
    assert strict.stats["clusters"] > len(set(labels))


def test_exact_verification_agrees(corpus):
    texts, labels = corpus
    res = dedup_corpus(texts[:60], DedupOptions(exact=True))
    assert same_partition(res.kept, labels[:60])


def test_steps_compose_like_dedup_corpus(corpus):
    texts, _ = corpus
    opts = DedupOptions()
    sigs = sign_texts(texts, opts)
    scheme = opts.scheme()
    pairs = candidate_pairs(band_keys(sigs.values, scheme.bands, scheme.rows))
    edges, sims = verify_pairs(pairs, sigs, opts)
    assert (sims >= opts.threshold).all() and (edges[:, 0] < edges[:, 1]).all()
    kept = choose_kept(components(len(texts), edges), "first")
    np.testing.assert_array_equal(kept, dedup_corpus(texts, opts, signatures=sigs).kept)


def test_real_article_and_its_truncated_rescrape(example_text):
    words = example_text.split(" ")
    rescrape = "Accueil\n\nMenu\n\n" + " ".join(words[: len(words) * 2 // 3])
    other = "Un tout autre article sur la météo de demain, sans rapport aucun. " * 8
    res = dedup_corpus([example_text, other, rescrape])
    assert res.kept.tolist() == [0, 1, 0]


def test_short_page_contained_in_many_articles_does_not_join_them():
    rng = random.Random(9)
    teaser = " ".join(f"teaser{i}" for i in range(40))  # 36 shingles, inside every article
    articles = [article(rng, n_paras=3) + "\n\n" + teaser for _ in range(4)]
    halves = [" ".join(a.split(" ")[: len(a.split(" ")) // 2]) for a in articles]
    texts = [teaser, *articles, *halves]
    opts = DedupOptions()
    sigs = sign_texts(texts, opts)
    all_pairs = np.array([(0, j) for j in range(1, 5)] + [(j, j + 4) for j in range(1, 5)])
    edges, _ = verify_pairs(all_pairs, sigs, opts)
    assert edges.tolist() == [[j, j + 4] for j in range(1, 5)]  # halves yes, teaser no


def test_exact_copies_and_empty_texts_form_one_cluster_each():
    rng = random.Random(4)
    text = article(rng)
    texts = ["", text] * 1500 + ["   "]
    res = dedup_corpus(texts)
    assert res.stats["clusters"] == 2
    assert res.stats["identical"] == len(texts) - 2
    assert set(res.kept.tolist()) == {0, 1}


def test_keep_policies():
    labels = components(6, np.array([[0, 2], [2, 5], [1, 4]]))
    assert labels.tolist() == [0, 1, 0, 3, 1, 0]
    lengths = np.array([10, 50, 30, 5, 50, 30])
    assert choose_kept(labels, "first").tolist() == [0, 1, 0, 3, 1, 0]
    assert choose_kept(labels, "longest", lengths=lengths).tolist() == [2, 1, 2, 3, 1, 2]
    scores = np.array([0.0, 1.0, 0.0, 0.0, 2.0, 9.0])
    assert choose_kept(labels, "key", scores=scores).tolist() == [5, 4, 5, 3, 4, 5]
    with pytest.raises(ValueError):
        choose_kept(labels, "longest")


def test_union_find_roots_are_smallest_members():
    uf = UnionFind(5)
    uf.union(4, 3)
    uf.union(3, 1)
    assert [uf.find(i) for i in range(5)] == [0, 1, 2, 1, 1]


def test_big_bucket_still_links_every_copy():
    sig = np.arange(128, dtype=np.uint32)
    keys = band_keys(np.tile(sig, (30, 1)), 4, 32)
    pairs = candidate_pairs(keys, max_bucket=3)
    labels = components(30, pairs)
    assert set(labels.tolist()) == {0}


# -- the command line ---------------------------------------------------------------------------


def write_jsonl(path: Path, texts: list[str], extra: dict | None = None, start: int = 0) -> None:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as f:
        for i, t in enumerate(texts, start):
            f.write(json.dumps({"id": f"d{i}", "text": t, **(extra or {})}) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_keeps_one_per_cluster(corpus, tmp_path, capsys):
    texts, labels = corpus
    src, out = tmp_path / "in.jsonl.gz", tmp_path / "out.jsonl"
    write_jsonl(src, texts)
    assert main(["dedup", str(src), "-o", str(out)]) == 0
    kept = read_jsonl(out)
    assert len(kept) == len(set(labels))
    assert sorted({labels[int(r["id"][1:])] for r in kept}) == sorted(set(labels))
    report = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert report["documents"] == len(texts)
    assert report["removed"] == len(texts) - len(set(labels))
    assert report["clusters"] == len(set(labels)) and "seconds" in report


def test_cli_mark_adds_cluster_and_duplicate(corpus, tmp_path):
    texts, labels = corpus
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, texts, {"source": "x"})
    assert main(["dedup", str(src), "-o", str(out), "--mark", "--keep", "longest"]) == 0
    rows = read_jsonl(out)
    assert len(rows) == len(texts) and all(r["source"] == "x" for r in rows)
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        kept = by_id[r["cluster"]]
        assert labels[int(kept["id"][1:])] == labels[int(r["id"][1:])]
        assert r["duplicate"] == (r["cluster"] != r["id"])
        assert len(kept["text"]) >= len(r["text"])


def test_cli_index_remembers_earlier_runs(corpus, tmp_path, capsys):
    texts, labels = corpus
    first, second = tmp_path / "day1.jsonl", tmp_path / "day2.jsonl"
    write_jsonl(first, texts[:70])
    write_jsonl(second, texts[70:], start=70)
    db, out = tmp_path / "seen.db", tmp_path / "out.jsonl"
    assert main(["dedup", str(first), "-o", str(out), "--index", str(db)]) == 0
    day1 = {labels[int(r["id"][1:])] for r in read_jsonl(out)}
    assert len(day1) == len(read_jsonl(out)) == len(set(labels[:70]))
    assert main(["dedup", str(second), "-o", str(out), "--index", str(db), "--mark"]) == 0
    rows = read_jsonl(out)
    new = {labels[int(r["id"][1:])] for r in rows if not r["duplicate"]}
    assert new == set(labels[70:]) - day1
    capsys.readouterr()
    assert main(["dedup", str(first), "-o", str(out), "--index", str(db)]) == 0
    assert read_jsonl(out) == []  # everything seen before


def test_cli_keep_key_exact_and_boilerplate_options(corpus, tmp_path):
    texts, labels = corpus
    texts, labels = texts[:40], labels[:40]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": f"d{i}", "text": t, "quality": i % 7}) + "\n")
    args = ["dedup", str(src), "-o", str(out), "--mark", "--keep-key", "quality"]
    assert main([*args, "--exact", "--strip-boilerplate", "--workers", "2"]) == 0
    rows = read_jsonl(out)
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        kept = by_id[r["cluster"]]
        assert labels[int(kept["id"][1:])] == labels[int(r["id"][1:])]
        assert kept["quality"] >= r["quality"]
    assert len({r["cluster"] for r in rows}) == len(set(labels))


def test_cli_index_with_other_settings_is_an_error(tmp_path, capsys):
    src, db = tmp_path / "in.jsonl", tmp_path / "seen.db"
    write_jsonl(src, ["one two three four five six"])
    assert main(["dedup", str(src), "-o", str(tmp_path / "o.jsonl"), "--index", str(db)]) == 0
    args = ["dedup", str(src), "-o", str(tmp_path / "o.jsonl"), "--index", str(db)]
    assert main([*args, "--num-perm", "64"]) == 1
    assert "other settings" in capsys.readouterr().err
    (tmp_path / "junk.db").write_text("not sqlite at all " * 100)
    assert main([*args[:-1], str(tmp_path / "junk.db")]) == 1


def test_cli_empty_input(tmp_path, capsys):
    src, out = tmp_path / "empty.jsonl", tmp_path / "out.jsonl"
    src.write_text("")
    assert main(["dedup", str(src), "-o", str(out), "--mark"]) == 0
    assert out.read_text() == ""
    assert json.loads(capsys.readouterr().err.strip())["documents"] == 0


def test_cli_reads_stdin_and_reports_bad_lines(tmp_path, monkeypatch, capsys):
    import io
    import sys

    lines = '{"id": 1, "text": "alpha beta gamma delta epsilon"}\nnot json\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    out = tmp_path / "out.jsonl"
    assert main(["dedup", "-", "-o", str(out), "--skip-bad"]) == 0
    assert [r["id"] for r in read_jsonl(out)] == [1]
    assert json.loads(capsys.readouterr().err.strip().splitlines()[-1])["skipped"] == 1
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    assert main(["dedup", "-", "-o", str(out)]) == 1


def test_cli_counts_blank_lines(tmp_path, capsys):
    """Blank lines hold no record and are not written, but the report counts them (they were
    dropped without a trace)."""
    src = tmp_path / "in.jsonl"
    src.write_text('\n{"id": 1, "text": "alpha beta gamma delta epsilon"}\n \n\n')
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(src), "-o", str(out)]) == 0
    assert [r["id"] for r in read_jsonl(out)] == [1]
    report = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert report["blank_lines"] == 3 and report["skipped"] == 0


def test_cli_copies_kept_lines_byte_for_byte(corpus, tmp_path):
    """Other fields keep their exact spelling (escapes, spacing, key order) in the output."""
    body = corpus[0][0]
    src = tmp_path / "in.jsonl"
    first = '{"text":  "' + json.dumps(body)[1:-1] + '" ,"n": 1.50, "w": "caf\\u00e9"}'
    copy = json.dumps({"text": body, "n": 2})
    src.write_text(first + "\n" + copy + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(src), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == first + "\n"
    assert main(["dedup", str(src), "-o", str(out), "--mark"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == first[:-1] + ', "cluster": 0, "duplicate": false}'
    assert json.loads(lines[1]) == {"text": body, "n": 2, "cluster": 0, "duplicate": True}


def test_cli_mark_replaces_fields_a_file_marked_before_has(corpus, tmp_path):
    """Marking a marked file again: the old values are replaced in place, the rest kept."""
    texts = corpus[0][:6]
    src, once, twice = (tmp_path / n for n in ("in.jsonl", "once.jsonl", "twice.jsonl"))
    write_jsonl(src, texts)
    assert main(["dedup", str(src), "-o", str(once), "--mark"]) == 0
    stale = once.read_text(encoding="utf-8").replace('"duplicate": false', '"duplicate": 0')
    once.write_text(stale.replace('"cluster": ', '"cluster":  '), encoding="utf-8")
    assert main(["dedup", str(once), "-o", str(twice), "--mark"]) == 0
    again = twice.read_text(encoding="utf-8").splitlines()
    before = once.read_text(encoding="utf-8").splitlines()
    assert len(again) == len(before) == len(texts)
    for old, new in zip(before, again, strict=True):
        rec = json.loads(new)
        assert rec["duplicate"] is (rec["cluster"] != rec["id"])
        assert new.split('"cluster"')[0] == old.split('"cluster"')[0]  # text as it was
        assert list(rec) == list(json.loads(old))  # no field added or moved


def test_cli_index_output_is_valid_utf8_with_a_lone_surrogate(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    line = '{"id": %s, "text": "a b c \\ud800 d e f"}\n'
    src.write_text(line % "1" + line % '"x\\udfff"', encoding="utf-8")  # the copy's id: \udfff
    assert main(["dedup", str(src), "-o", str(out), "--mark", "--index", str(tmp_path / "i")]) == 0
    first, second = map(json.loads, out.read_bytes().decode("utf-8").splitlines())  # strict
    assert first["text"] == "a b c \ud800 d e f" and first["duplicate"] is False
    assert second["id"] == "x\udfff" and second["duplicate"] is True and second["cluster"] == 1


@pytest.mark.parametrize("n, m", [(0, 0), (1, 0), (50, 10), (2000, 1500), (30_000, 40_000)])
def test_scipy_components_give_the_union_find_labels(n, m):
    rng = np.random.default_rng(n + m)
    edges = rng.integers(0, max(n, 1), size=(m, 2)) if n else np.empty((0, 2), np.int64)
    want = components(n, edges, use_scipy=False)
    got = components(n, edges, use_scipy=True)
    assert got.dtype == want.dtype and got.tolist() == want.tolist()


@pytest.mark.parametrize("odd", [None, float("nan"), b"bytes", 3])
def test_a_text_that_is_no_string_is_a_clear_type_error(odd: object) -> None:
    """A missing value (None, NaN from a dataframe) or bytes among the texts failed deep in
    signing ("object of type 'NoneType' has no len()", "'bytes' object has no attribute
    'encode'"); the error now names the type and the text's position."""
    with pytest.raises(TypeError, match=rf"texts must be str, not {type(odd).__name__} "):
        dedup_corpus(["word " * 30, odd, "word " * 30])  # type: ignore[list-item]

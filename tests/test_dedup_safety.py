"""`cleantext dedup` loses nothing: the index commits with its output (kills, errors, Ctrl-C),
inputs read once, concurrent runs, keys across runs, bad options and failing disks."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from subprocess import PIPE

import psutil
import pytest

from cleantext.cli import main

SRC = str(Path(__file__).resolve().parents[1] / "src")


def doc(seed: int, n_words: int = 120) -> str:
    rng = random.Random(seed)
    return " ".join(f"w{rng.randrange(20_000)}" for _ in range(n_words))


def corpus(n: int, seed: int = 0, with_id: bool = True) -> list[dict]:
    """``n`` records; about a third are near-copies (cut) of an earlier one."""
    rng = random.Random(seed)
    texts: list[str] = []
    for i in range(n):
        if texts and rng.random() < 0.35:
            words = rng.choice(texts).split()
            texts.append(" ".join(words[: int(len(words) * rng.uniform(0.7, 1.0))]))
        else:
            texts.append(doc(seed * 100_000 + i))
    return [({"id": f"s{seed}-{i}"} if with_id else {}) | {"text": t} for i, t in enumerate(texts)]


def write(path: Path, records: list[dict], tail: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + tail, encoding="utf-8")
    return path


def cli(*args: str, **kw) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC}
    cmd = [sys.executable, "-m", "cleantext.cli", "dedup", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, **kw)


def start(*args: str, **kw) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": SRC}
    cmd = [sys.executable, "-m", "cleantext.cli", "dedup", *args]
    return subprocess.Popen(cmd, env=env, text=True, **kw)


def index_keys(db: Path) -> list[str]:
    if not db.exists():
        return []
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute("SELECT key FROM docs"))
    finally:
        con.close()


def settle(db: Path) -> None:
    """Open the index as every run does: a stopped run's note is settled."""
    from cleantext.corpus.dedup import DedupOptions
    from cleantext.corpus.index import SQLiteIndex

    opts = DedupOptions()
    SQLiteIndex(db, opts.scheme(), opts.threshold, opts.measure).close()


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


# -- B1: the index commits together with the output ------------------------------------------
def test_rerun_after_sigkill_at_random_points_gives_the_uninterrupted_result(tmp_path):
    day1 = write(tmp_path / "day1.jsonl", corpus(300, seed=1))
    day2 = write(tmp_path / "day2.jsonl", corpus(1800, seed=2) + corpus(200, seed=1))
    base = tmp_path / "base.db"
    assert cli(str(day1), "-o", str(tmp_path / "o1.jsonl"), "--index", str(base)).returncode == 0
    want_db, want_out = tmp_path / "want.db", tmp_path / "want.jsonl"
    want_db.write_bytes(base.read_bytes())
    started = time.monotonic()
    assert cli(str(day2), "-o", str(want_out), "--index", str(want_db)).returncode == 0
    duration = time.monotonic() - started
    expected, expected_keys, base_keys = lines(want_out), index_keys(want_db), index_keys(base)
    assert 0 < len(expected) < 1900 and len(expected_keys) > len(base_keys)

    rng = random.Random(7)
    db, out = tmp_path / "seen.db", tmp_path / "out.jsonl"
    for trial in range(3):
        db.write_bytes(base.read_bytes())
        out.unlink(missing_ok=True)
        proc = start(str(day2), "-o", str(out), "--index", str(db), stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 0.95) * duration)
        proc.send_signal(signal.SIGINT if trial == 2 else signal.SIGKILL)
        proc.wait()
        settle(db)  # (what the next run does first: a stopped run's documents stay or go)
        if out.exists():  # it had renamed its output (the commit point)
            assert lines(out) == expected and index_keys(db) == expected_keys
            continue
        assert index_keys(db) == base_keys
        rerun = cli(str(day2), "-o", str(out), "--index", str(db))
        assert rerun.returncode == 0, rerun.stderr
        assert lines(out) == expected and index_keys(db) == expected_keys


def test_bad_line_leaves_the_index_as_it_was(tmp_path, capsys):
    day1 = write(tmp_path / "day1.jsonl", corpus(50, seed=1))
    good = write(tmp_path / "good.jsonl", corpus(1300, seed=2))
    bad = write(tmp_path / "bad.jsonl", corpus(1300, seed=2), tail="{not json\n")
    db, ref = tmp_path / "seen.db", tmp_path / "ref.db"
    assert main(["dedup", str(day1), "-o", str(tmp_path / "o1.jsonl"), "--index", str(db)]) == 0
    ref.write_bytes(db.read_bytes())
    before = index_keys(db)
    assert main(["dedup", str(bad), "-o", str(tmp_path / "o.jsonl"), "--index", str(db)]) == 1
    assert "bad.jsonl:1301" in capsys.readouterr().err
    assert index_keys(db) == before and not (tmp_path / "o.jsonl").exists()
    assert main(["dedup", str(good), "-o", str(tmp_path / "o.jsonl"), "--index", str(db)]) == 0
    assert main(["dedup", str(good), "-o", str(tmp_path / "r.jsonl"), "--index", str(ref)]) == 0
    assert len(lines(tmp_path / "o.jsonl")) > 500
    assert lines(tmp_path / "o.jsonl") == lines(tmp_path / "r.jsonl")


def test_failed_first_run_leaves_no_index_file(tmp_path, capsys):
    bad = write(tmp_path / "bad.jsonl", corpus(20, seed=3), tail="[1, 2]\n")
    db = tmp_path / "new.db"
    assert main(["dedup", str(bad), "-o", str(tmp_path / "o.jsonl"), "--index", str(db)]) == 1
    capsys.readouterr()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl"]


def test_disk_full_while_writing_the_output_commits_nothing(tmp_path, monkeypatch, capsys):
    src = write(tmp_path / "in.jsonl", corpus(100, seed=4))
    db = tmp_path / "seen.db"

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    assert main(["dedup", str(src), "-o", str(tmp_path / "o.jsonl"), "--index", str(db)]) == 1
    err = capsys.readouterr().err.strip()
    assert "o.jsonl: cannot write (No space left on device)" in err  # (io's one writer)
    assert len(err.splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]
    assert main(["dedup", str(src), "-o", str(tmp_path / "o.jsonl")]) == 1
    assert "No space left on device" in capsys.readouterr().err


# -- B2: inputs that can be read only once --------------------------------------------------
def _feed(path: str, data: bytes) -> threading.Thread:
    def run() -> None:
        with open(path, "wb") as f:
            f.write(data)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


@pytest.mark.parametrize("extra", [[], ["--index", "seen.db"], ["--mark"]])
def test_pipe_and_fifo_inputs_give_the_same_output_as_a_file(tmp_path, extra):
    records = corpus(200, seed=5)
    src = write(tmp_path / "in.jsonl", records)
    data = src.read_bytes()
    opts = [x if x != "seen.db" else str(tmp_path / "a.db") for x in extra]
    assert cli(str(src), "-o", str(tmp_path / "want.jsonl"), *opts).returncode == 0
    want = lines(tmp_path / "want.jsonl")
    assert len(want) > 0

    read, write_end = os.pipe()  # what the shell's <(cat in.jsonl) passes: /dev/fd/N
    feeder = threading.Thread(target=lambda: (os.write(write_end, data), os.close(write_end)))
    feeder.start()
    opts = [x if x != "seen.db" else str(tmp_path / "b.db") for x in extra]
    proc = cli(f"/dev/fd/{read}", "-o", str(tmp_path / "pipe.jsonl"), *opts, pass_fds=(read,))
    os.close(read)
    feeder.join()
    assert proc.returncode == 0, proc.stderr
    assert lines(tmp_path / "pipe.jsonl") == want

    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    feeder = _feed(str(fifo), data)
    opts = [x if x != "seen.db" else str(tmp_path / "c.db") for x in extra]
    proc = cli(str(fifo), "-o", str(tmp_path / "fifo_out.jsonl"), *opts)
    feeder.join(5)
    assert proc.returncode == 0, proc.stderr
    assert lines(tmp_path / "fifo_out.jsonl") == want


# -- B6: concurrent runs on one index --------------------------------------------------------
def test_concurrent_runs_on_one_index_keep_each_text_once(tmp_path):
    shared = corpus(600, seed=6)
    inputs = []
    for n in range(3):
        own = corpus(300, seed=10 + n)
        recs = [{"id": f"p{n}-{i}", "text": r["text"]} for i, r in enumerate(shared + own)]
        inputs.append(write(tmp_path / f"in{n}.jsonl", recs))
    db = tmp_path / "seen.db"
    procs = [
        start(str(p), "-o", str(tmp_path / f"out{n}.jsonl"), "--index", str(db), stderr=PIPE)
        for n, p in enumerate(inputs)
    ]
    errs = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errs
    assert not any("Traceback" in e for e in errs)
    outs = [tmp_path / f"out{n}.jsonl" for n in range(3)]
    kept = [json.loads(line)["text"] for out in outs for line in lines(out)]
    shared_texts = {r["text"] for r in shared}
    assert len(kept) == len(set(kept))  # no text kept by two runs
    assert shared_texts & set(kept)


def test_index_held_by_another_run_is_a_one_line_error(tmp_path):
    src = write(tmp_path / "in.jsonl", corpus(20, seed=7))
    db = tmp_path / "seen.db"
    assert cli(str(src), "-o", str(tmp_path / "o.jsonl"), "--index", str(db)).returncode == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        proc = cli(str(src), "-o", str(tmp_path / "o2.jsonl"), "--index", str(db),
                   "--lock-timeout", "0.5")  # fmt: skip
        assert time.monotonic() - started < 30
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert proc.returncode == 1
    assert "in use by another run" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "o2.jsonl").exists()


# -- B7: keys of records without an id -------------------------------------------------------
def test_records_without_id_do_not_overwrite_earlier_runs(tmp_path, capsys):
    """A nightly crawl.jsonl without ids: day 3 repeats day 1, which must be found as seen."""
    db, crawl, out = tmp_path / "seen.db", tmp_path / "crawl.jsonl", tmp_path / "o.jsonl"
    day1, day2 = corpus(40, seed=8, with_id=False), corpus(40, seed=9, with_id=False)
    for day in (day1, day2):
        write(crawl, day)
        assert main(["dedup", str(crawl), "-o", str(out), "--index", str(db)]) == 0
        assert lines(out)
    write(crawl, day1)  # day 3
    assert main(["dedup", str(crawl), "-o", str(out), "--index", str(db)]) == 0
    assert lines(out) == []
    stdin = write(tmp_path / "x.jsonl", corpus(40, seed=10, with_id=False)).read_text()
    assert cli("-", "-o", str(out), "--index", str(db), input=stdin).returncode == 0
    assert len(lines(out)) > 20
    assert cli("-", "-o", str(out), "--index", str(db), input=json.dumps(day2[0])).returncode == 0
    assert lines(out) == []  # (stdin keys were "-:N": day 2's first record was overwritten)
    assert cli("-", "-o", str(out), "--index", str(db), input=stdin).returncode == 0
    assert lines(out) == []


# -- B10/B12: options and files ---------------------------------------------------------------
@pytest.mark.parametrize(
    "opts",
    [
        ["--num-perm", "0"],
        ["--num-perm", "100000000"],
        ["--ngram", "0"],
        ["--ngram", "10000000"],
        ["--threshold", "nan"],
        ["--threshold", "inf"],
        ["--lock-timeout", "nan"],
        ["--workers", "-1"],
    ],
)
def test_out_of_range_options_are_one_line_errors(tmp_path, capsys, opts):
    src = write(tmp_path / "in.jsonl", corpus(5, seed=1))
    started = time.monotonic()
    assert main(["dedup", str(src), "-o", str(tmp_path / "o.jsonl"), *opts]) == 1
    assert time.monotonic() - started < 5
    err = capsys.readouterr().err.strip()
    assert opts[0] in err and len(err.splitlines()) == 1


def test_keep_key_with_huge_integers(tmp_path):
    text = doc(1)
    recs = [
        {"id": "a", "text": text, "q": 10**400},
        {"id": "b", "text": text + " more", "q": 10**400 + 1},
        {"id": "c", "text": text + " other", "q": 1e308},
        {"id": "d", "text": doc(2), "q": "x"},
        {"id": "e", "text": doc(2) + " z", "q": float("nan")},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["dedup", str(src), "-o", str(out), "--keep-key", "q"]) == 0
    assert [json.loads(x)["id"] for x in lines(out)] == ["b", "d"]


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` cannot be written, even by root (immutable attribute), until the block ends."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def test_read_only_folder_and_index_are_clear_errors(tmp_path, capsys):
    src = write(tmp_path / "in.jsonl", corpus(30, seed=2))
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only(folder):
        assert main(["dedup", str(src), "-o", str(folder / "o.jsonl")]) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1
        assert "ermission" in err or "not permitted" in err
        assert main(["dedup", str(src), "-o", str(tmp_path / "o.jsonl"),
                     "--index", str(folder / "new.db")]) == 1  # fmt: skip
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "not a cleantext index" not in err
        assert "new.db" in err
    db = tmp_path / "seen.db"
    assert main(["dedup", str(src), "-o", str(tmp_path / "o.jsonl"), "--index", str(db)]) == 0
    capsys.readouterr()
    before = index_keys(db)
    more = write(tmp_path / "more.jsonl", corpus(30, seed=3))
    with read_only(db):
        assert main(["dedup", str(more), "-o", str(tmp_path / "o.jsonl"), "--index", str(db)]) == 1
        err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not a cleantext index" not in err
    assert "read-only" in err or "cannot open" in err
    assert index_keys(db) == before


def test_not_an_index_is_still_reported_as_such(tmp_path, capsys):
    src = write(tmp_path / "in.jsonl", corpus(5, seed=2))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    assert main(["dedup", str(src), "-o", str(tmp_path / "o"), "--index", str(junk)]) == 1
    assert "not a cleantext index" in capsys.readouterr().err
    assert junk.read_bytes() == b"this is not sqlite" * 100


@pytest.mark.parametrize("tables", [["orders"], ["docs"], ["meta", "docs"]])
def test_a_database_of_another_program_is_not_used_as_an_index(tmp_path, capsys, tables):
    src = write(tmp_path / "in.jsonl", corpus(5, seed=2))
    other = tmp_path / "app.db"
    with contextlib.closing(sqlite3.connect(other)) as conn:
        for name in tables:
            conn.execute(f"CREATE TABLE {name} (x)")
        conn.commit()
    before = other.read_bytes()
    assert main(["dedup", str(src), "-o", str(tmp_path / "o"), "--index", str(other)]) == 1
    err = capsys.readouterr().err
    assert "not a cleantext index (SQLite tables of another program: " in err
    assert len(err.splitlines()) == 1 and "the index is unchanged" in err
    assert other.read_bytes() == before and not (tmp_path / "o").exists()


def test_an_empty_file_and_an_index_made_before_undo_are_indexes(tmp_path, capsys):
    src = write(tmp_path / "in.jsonl", corpus(5, seed=2))
    empty, old = tmp_path / "empty.db", tmp_path / "old.db"
    empty.touch()
    assert main(["dedup", str(src), "-o", str(tmp_path / "o1"), "--index", str(empty)]) == 0
    assert main(["dedup", str(src), "-o", str(tmp_path / "o2"), "--index", str(old)]) == 0
    with contextlib.closing(sqlite3.connect(old)) as conn:
        conn.execute("DROP TABLE undo")  # as the versions before the undo table left it
        conn.commit()
    assert main(["dedup", str(src), "-o", str(tmp_path / "o3"), "--index", str(old)]) == 0
    capsys.readouterr()
    assert index_keys(empty) == index_keys(old) and len(index_keys(old)) == 5
    assert lines(tmp_path / "o3") == []  # all five were in the index already
    with contextlib.closing(sqlite3.connect(old)) as conn:
        assert conn.execute("SELECT count(*) FROM undo").fetchone() == (0,)


# -- B13: workers die with their parent ------------------------------------------------------
def test_workers_die_when_the_parent_is_killed(tmp_path):
    src = write(tmp_path / "in.jsonl", corpus(6000, seed=11))
    proc = start(str(src), "-o", str(tmp_path / "o.jsonl"), "--workers", "2", stderr=PIPE)
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    children: list = []
    while not children and time.monotonic() < deadline and proc.poll() is None:
        children = parent.children(recursive=True)
        time.sleep(0.05)
    assert children, "no worker started"
    proc.kill()
    proc.wait()
    _gone, alive = psutil.wait_procs(children, timeout=10)
    for p in alive:
        p.kill()
    assert alive == []

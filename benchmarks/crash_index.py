"""Crash test of `cleantext dedup --index`: the cases of issue 17 (B1, B2, B6, B7, B12, B13),
longer than the unit tests.

1. SIGKILL / SIGINT at random points of a run over ``--docs`` documents against an index that
   holds an earlier day; after each kill the index must be exactly as before (or complete, if
   the run had finished) and the rerun must give exactly the uninterrupted output and index.
2. A bad line at the end: exit 1, index unchanged.
3. ``--concurrent`` runs at once on one index, with overlapping inputs: all exit 0, no
   traceback, no text kept twice.
4. The input as a pipe (``/dev/fd/N``) and as a named FIFO: the same output as the file.
5. Records without ids, one file name reused every night: day 3 (= day 1) keeps nothing.
6. Disk full: (as root) a 2 MB tmpfs for output and index; a one-line error, exit 1, no index.
7. ``--workers 2``: the workers die with a SIGKILLed parent.

Prints one line per case and a summary; exit status 1 if any case failed.

    .venv/bin/python benchmarks/crash_index.py --trials 12 --docs 5000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil

SRC = str(Path(__file__).resolve().parents[1] / "src")
ENV = {**os.environ, "PYTHONPATH": SRC}


def corpus(n: int, seed: int, with_id: bool = True) -> list[dict[str, str]]:
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(n):
        if texts and rng.random() < 0.35:
            words = rng.choice(texts).split()
            texts.append(" ".join(words[: int(len(words) * rng.uniform(0.7, 1.0))]))
        else:
            texts.append(" ".join(f"w{rng.randrange(20_000)}" for _ in range(120)))
    recs = [{"text": t} for t in texts]
    if with_id:
        recs = [{"id": f"s{seed}-{i}", **r} for i, r in enumerate(recs)]
    return recs


def write(path: Path, records: list[dict[str, str]], tail: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + tail, encoding="utf-8")
    return path


def dedup(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "cleantext.cli", "dedup", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=ENV, **kw)  # type: ignore[call-overload,no-any-return]


def start(*args: str) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "cleantext.cli", "dedup", *args]
    return subprocess.Popen(cmd, env=ENV, text=True, stderr=subprocess.PIPE)


def keys(db: Path) -> list[str]:
    if not db.exists():
        return []
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute("SELECT key FROM docs"))
    except sqlite3.OperationalError:  # an empty file left by a killed first run
        return []
    finally:
        con.close()


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def kills(work: Path, trials: int, docs: int) -> str:
    day1 = write(work / "day1.jsonl", corpus(docs // 5, 1))
    day2 = write(work / "day2.jsonl", corpus(docs, 2) + corpus(docs // 10, 1))
    base, want_db, want = work / "base.db", work / "want.db", work / "want.jsonl"
    assert dedup(str(day1), "-o", str(work / "o1"), "--index", str(base)).returncode == 0
    want_db.write_bytes(base.read_bytes())
    t0 = time.monotonic()
    assert dedup(str(day2), "-o", str(want), "--index", str(want_db)).returncode == 0
    duration = time.monotonic() - t0
    rng = random.Random(trials)
    db, out = work / "seen.db", work / "out.jsonl"
    finished = 0
    for trial in range(trials):
        db.write_bytes(base.read_bytes())
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        out.unlink(missing_ok=True)
        proc = start(str(day2), "-o", str(out), "--index", str(db))
        time.sleep(rng.uniform(0.05, 1.0) * duration)
        proc.send_signal(signal.SIGINT if trial % 4 == 3 else signal.SIGKILL)
        proc.communicate()
        if keys(db) == keys(want_db):
            assert lines(out) == lines(want), f"trial {trial}: committed, but output differs"
            finished += 1
            continue
        assert keys(db) == keys(base), f"trial {trial}: index changed by a killed run"
        assert dedup(str(day2), "-o", str(out), "--index", str(db)).returncode == 0
        assert lines(out) == lines(want), f"trial {trial}: rerun output differs"
        assert keys(db) == keys(want_db), f"trial {trial}: rerun index differs"
    return f"{trials} kills ({finished} after the commit), every rerun identical"


def bad_line(work: Path, docs: int) -> str:
    db = work / "bad.db"
    assert dedup(str(write(work / "d1.jsonl", corpus(100, 1))), "-o", str(work / "x"),
                 "--index", str(db)).returncode == 0  # fmt: skip
    before = keys(db)
    bad = write(work / "bad.jsonl", corpus(docs, 3), tail="{oops\n")
    proc = dedup(str(bad), "-o", str(work / "o"), "--index", str(db))
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert keys(db) == before and not (work / "o").exists()
    new = work / "new.db"
    assert dedup(str(bad), "-o", str(work / "o"), "--index", str(new)).returncode == 1
    assert not new.exists() and not Path(f"{new}-wal").exists()
    return "index unchanged, no output, a new index file removed"


def concurrent(work: Path, n: int, docs: int) -> str:
    shared = corpus(docs, 6)
    db = work / "conc.db"
    procs = []
    for p in range(n):
        mine = shared + corpus(docs // 2, 10 + p)
        recs = [{"id": f"p{p}-{i}", "text": r["text"]} for i, r in enumerate(mine)]
        src = write(work / f"c{p}.jsonl", recs)
        procs.append(start(str(src), "-o", str(work / f"c{p}.out"), "--index", str(db)))
    errs = [p.communicate()[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), errs
    assert not any("Traceback" in e for e in errs), errs
    kept = [json.loads(x)["text"] for p in range(n) for x in lines(work / f"c{p}.out")]
    assert len(kept) == len(set(kept)), "a text kept by two runs"
    return f"{n} runs at once: all exit 0, {len(kept)} texts kept, none twice"


def _feed_fd(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def once_only(work: Path, docs: int) -> str:
    src = write(work / "once.jsonl", corpus(docs, 5))
    data = src.read_bytes()
    for extra in ([], ["--index", "X"]):

        def opts(tag: str, extra: list[str] = extra) -> list[str]:
            return [str(work / f"{tag}.db") if x == "X" else x for x in extra]

        assert dedup(str(src), "-o", str(work / "f.out"), *opts("f")).returncode == 0
        r, w = os.pipe()
        feeder = threading.Thread(target=_feed_fd, args=(w, data))
        feeder.start()
        proc = dedup(f"/dev/fd/{r}", "-o", str(work / "p.out"), *opts("p"), pass_fds=(r,))
        os.close(r)
        feeder.join()
        assert proc.returncode == 0 and lines(work / "p.out") == lines(work / "f.out"), proc.stderr
        fifo = work / f"fifo{len(extra)}"
        os.mkfifo(fifo)
        feeder = threading.Thread(target=fifo.write_bytes, args=(data,), daemon=True)
        feeder.start()
        proc = dedup(str(fifo), "-o", str(work / "q.out"), *opts("q"), timeout=300)
        assert proc.returncode == 0 and lines(work / "q.out") == lines(work / "f.out"), proc.stderr
    return "pipe and FIFO give the file's output (with and without --index)"


def nightly(work: Path, docs: int) -> str:
    db, crawl, out = work / "night.db", work / "crawl.jsonl", work / "night.out"
    day1, day2 = corpus(docs // 5, 8, with_id=False), corpus(docs // 5, 9, with_id=False)
    for day in (day1, day2):
        write(crawl, day)
        assert dedup(str(crawl), "-o", str(out), "--index", str(db)).returncode == 0
    write(crawl, day1)
    assert dedup(str(crawl), "-o", str(out), "--index", str(db)).returncode == 0
    assert lines(out) == [], f"day 3 kept {len(lines(out))} documents of day 1"
    return "day 3 = day 1 without ids: nothing kept"


def disk_full(work: Path, docs: int) -> str:
    if os.geteuid() != 0:
        return "skipped (needs root to mount a small tmpfs)"
    small = work / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(small)]).returncode:
        return "skipped (mount failed)"
    try:
        src = write(work / "full.jsonl", corpus(docs, 12))
        proc = dedup(str(src), "-o", str(small / "o.jsonl"), "--index", str(small / "i.db"))
        err = proc.stderr.strip()
        assert proc.returncode == 1 and len(err.splitlines()) == 1, err
        assert "full" in err, err
        left = sorted(os.listdir(small))
        # the output may be in place if only the index's commit failed (the error says so)
        assert left in ([], ["o.jsonl"]), left
        assert not left or "output was written" in err, err
        return f"one-line error, no index left: {err[:100]}"
    finally:
        subprocess.run(["umount", str(small)], check=False)


def orphans(work: Path, docs: int) -> str:
    src = write(work / "w.jsonl", corpus(docs, 13))
    proc = start(str(src), "-o", str(work / "w.out"), "--workers", "2")
    parent = psutil.Process(proc.pid)
    children: list[psutil.Process] = []
    deadline = time.monotonic() + 60
    while not children and time.monotonic() < deadline and proc.poll() is None:
        children = parent.children(recursive=True)
        time.sleep(0.05)
    if not children:
        return "skipped (finished before a worker was seen)"
    proc.kill()
    proc.communicate()
    _, alive = psutil.wait_procs(children, timeout=10)
    for p in alive:
        p.kill()
    assert not alive, f"{len(alive)} workers outlived their parent"
    return f"{len(children)} worker(s) died with the parent"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=12)
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--concurrent", type=int, default=3)
    opts = ap.parse_args()
    cases: list[tuple[str, Callable[[Path], str]]] = [
        ("B1 kills", lambda w: kills(w, opts.trials, opts.docs)),
        ("B1 bad line", lambda w: bad_line(w, opts.docs // 2)),
        ("B6 concurrent", lambda w: concurrent(w, opts.concurrent, opts.docs // 3)),
        ("B2 pipe/FIFO", lambda w: once_only(w, opts.docs // 5)),
        ("B7 nightly", lambda w: nightly(w, opts.docs)),
        ("B12 disk full", lambda w: disk_full(w, opts.docs)),
        ("B13 orphans", lambda w: orphans(w, opts.docs * 2)),
    ]
    failed = 0
    for name, case in cases:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.monotonic()
            try:
                result = "ok   " + case(Path(tmp))
            except AssertionError as exc:
                failed += 1
                result = f"FAIL {exc}"
            print(f"{name:14} {time.monotonic() - t0:6.1f} s  {result}", flush=True)
    print(f"{len(cases) - failed}/{len(cases)} cases passed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

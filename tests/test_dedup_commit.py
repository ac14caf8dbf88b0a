"""`cleantext dedup --index`: the output and the index commit as one.

The protocol (``SQLiteIndex.stage``, the output's rename, ``SQLiteIndex.finish``): the
documents are committed with a note of the output's finished temporary file and an undo record;
the rename is the one commit point; whoever opens the index next keeps the documents only if
the output file is that file. Each test stops a run at one point of the protocol (a process
killed by SIGKILL at a marker: ``os.replace`` of the output, before or after it does its work;
or a commit that fails) and checks that, once the index is opened again, the output and the
index agree: no document lost, none kept twice.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cleantext.cli import main
from cleantext.corpus.index import SQLiteIndex
from cleantext.minhash.lsh import Scheme
from test_dedup_safety import SRC, cli, corpus, index_keys, lines, settle, write

#: runs ``cleantext`` with ``os.replace`` of the output (named by its suffix) killing the
#: process before (``before``) or after (``after``) the rename
_KILLER = """
import os, signal, sys
real, (mode, name) = os.replace, sys.argv[1:3]
def replace(src, dst, *a, **k):
    if str(dst).endswith(name) and mode == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    real(src, dst, *a, **k)
    if str(dst).endswith(name) and mode == "after":
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
from cleantext.cli import main
sys.exit(main(sys.argv[3:]))
"""


def killed_at(mode: str, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC}
    cmd = [sys.executable, "-c", _KILLER, mode, out.name, "dedup", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def days(tmp_path: Path) -> dict[str, object]:
    """day1 (already in the index), day2 (the run that is stopped) and day3 (overlapping
    both), with the uninterrupted results: outputs and index keys."""
    day1 = write(tmp_path / "day1.jsonl", corpus(60, seed=1))
    day2 = write(tmp_path / "day2.jsonl", corpus(150, seed=2) + corpus(30, seed=1))
    day3 = write(tmp_path / "day3.jsonl", corpus(40, seed=2) + corpus(60, seed=3))
    base = tmp_path / "base.db"
    assert cli(str(day1), "-o", str(tmp_path / "o1.jsonl"), "--index", str(base)).returncode == 0
    ref = tmp_path / "ref.db"
    ref.write_bytes(base.read_bytes())
    assert cli(str(day2), "-o", str(tmp_path / "want2.jsonl"), "--index", str(ref)).returncode == 0
    keys2 = index_keys(ref)
    assert cli(str(day3), "-o", str(tmp_path / "want3.jsonl"), "--index", str(ref)).returncode == 0
    only3 = tmp_path / "only3.db"  # day3 as if day2 never ran
    only3.write_bytes(base.read_bytes())
    run = cli(str(day3), "-o", str(tmp_path / "only3.jsonl"), "--index", str(only3))
    assert run.returncode == 0
    (tmp_path / "work").mkdir()
    return {
        "day2": day2,
        "day3": day3,
        "base": base,
        "want2": lines(tmp_path / "want2.jsonl"),
        "want3": lines(tmp_path / "want3.jsonl"),
        "keys2": keys2,
        "keys": index_keys(ref),
        "only3": lines(tmp_path / "only3.jsonl"),
        "only3_keys": index_keys(only3),
        "work": tmp_path / "work",
    }


def _stray(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_killed_before_the_rename_its_documents_leave_the_index(days):
    """Killed after the documents were committed, before the output's rename: the next run
    on the index takes them out (and deletes the temporary file), so the rerun and later runs
    give the uninterrupted results. (At the base commit the temporary file stayed.)"""
    work, db = days["work"], days["work"] / "seen.db"
    db.write_bytes(days["base"].read_bytes())
    out, out3 = work / "out.jsonl", work / "out3.jsonl"
    stopped = killed_at("before", out, str(days["day2"]), "-o", str(out), "--index", str(db))
    assert stopped.returncode == -signal.SIGKILL
    assert not out.exists()
    later = cli(str(days["day3"]), "-o", str(out3), "--index", str(db))
    assert later.returncode == 0, later.stderr
    assert "out.jsonl is not in place: the index drops its documents" in later.stderr
    assert lines(out3) == days["only3"] and index_keys(db) == days["only3_keys"]
    assert _stray(work) == []  # (the killed run's temporary file is gone)


def test_killed_after_the_rename_its_documents_stay(days):
    """Killed after the rename, before the note is dropped: the output is in place, so the
    index keeps its documents; a later run does not keep them a second time. (At the base
    commit the index had not committed them: day3 kept day2's documents again.)"""
    work, db = days["work"], days["work"] / "seen.db"
    db.write_bytes(days["base"].read_bytes())
    out, out3 = work / "out.jsonl", work / "out3.jsonl"
    stopped = killed_at("after", out, str(days["day2"]), "-o", str(out), "--index", str(db))
    assert stopped.returncode == -signal.SIGKILL
    assert lines(out) == days["want2"]
    later = cli(str(days["day3"]), "-o", str(out3), "--index", str(db))
    assert later.returncode == 0, later.stderr
    assert "out.jsonl is in place: the index keeps its documents" in later.stderr
    assert lines(out3) == days["want3"] and index_keys(db) == days["keys"]
    assert lines(out) == days["want2"] and _stray(work) == []


def test_killed_before_the_rename_then_rerun_gives_the_uninterrupted_result(days):
    work, db = days["work"], days["work"] / "seen.db"
    db.write_bytes(days["base"].read_bytes())
    out = work / "out.jsonl"
    args = (str(days["day2"]), "-o", str(out), "--index", str(db))
    assert killed_at("before", out, *args).returncode == -signal.SIGKILL
    rerun = cli(*args)
    assert rerun.returncode == 0, rerun.stderr
    assert "not in place" in rerun.stderr
    assert lines(out) == days["want2"] and _stray(work) == []
    assert index_keys(db) == days["keys2"]


def test_a_failed_index_commit_leaves_no_output(days, monkeypatch, capsys):
    """The commit of the documents fails (disk I/O error): no output file, the index as it
    was. (At the base commit the output was renamed first and stayed without its documents.)"""
    work, db = days["work"], days["work"] / "seen.db"
    db.write_bytes(days["base"].read_bytes())
    before = index_keys(db)

    def failing(self: SQLiteIndex) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(SQLiteIndex, "commit", failing)
    out = work / "out.jsonl"
    assert main(["dedup", str(days["day2"]), "-o", str(out), "--index", str(db)]) == 1
    err = capsys.readouterr().err
    assert "disk I/O error" in err and "the index is unchanged" in err
    assert not out.exists() and index_keys(db) == before and _stray(work) == []


# -- the index's part, one object at a time ---------------------------------------------------
def _sig(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 2**32, 128, dtype=np.uint64).astype(np.uint32)


def _staged_run(tmp_path: Path, rename: bool) -> tuple[Path, Scheme]:
    """An index holding "a"; a run that replaces "a" and adds "b", stages its output and
    stops there (its connection closed, as by a kill), with or without the rename."""
    scheme, db = Scheme.create(threshold=0.5), tmp_path / "seen.db"
    with SQLiteIndex(db, scheme, 0.5) as index:
        index.insert("a", _sig(1))
    run = SQLiteIndex(db, scheme, 0.5, commit_every=None)
    run.insert("a", _sig(2))
    run.insert("b", _sig(3))
    tmp, out = tmp_path / ".out.jsonl.1.x.tmp", tmp_path / "out.jsonl"
    tmp.write_text("b\n")
    run.stage(str(tmp), str(out))
    if rename:
        os.replace(tmp, out)
    run._conn.close()  # (stopped: no finish)
    return db, scheme


def test_an_undone_run_puts_replaced_documents_back(tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="cleantext")  # (logged: the library never prints)
    db, scheme = _staged_run(tmp_path, rename=False)
    with SQLiteIndex(db, scheme, 0.5) as index:
        assert "out.jsonl is not in place" in caplog.text
        assert len(index) == 1 and "b" not in index
        assert index.query(_sig(1)) == ["a"] and index.query(_sig(2)) == []
    assert not (tmp_path / ".out.jsonl.1.x.tmp").exists()


def test_a_renamed_output_keeps_the_run(tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="cleantext")
    db, scheme = _staged_run(tmp_path, rename=True)
    with SQLiteIndex(db, scheme, 0.5) as index:
        assert "is in place" in caplog.text
        caplog.clear()
        assert len(index) == 2 and "b" in index
        assert index.query(_sig(2)) == ["a"] and index.query(_sig(1)) == []
    with SQLiteIndex(db, scheme, 0.5):  # settled once
        assert caplog.text == ""


def test_a_live_run_between_its_commits_is_waited_for(tmp_path):
    """A note of a process still running is not settled: the opener waits (here, times out)."""
    scheme, db = Scheme.create(threshold=0.5), tmp_path / "seen.db"
    with SQLiteIndex(db, scheme, 0.5) as index:
        index.insert("a", _sig(1))
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        con = sqlite3.connect(db)
        note = {"pid": sleeper.pid, "output": str(tmp_path / "o"), "temporary": "", "file": [0, 0]}
        with con:
            con.execute(
                "INSERT INTO meta VALUES ('pending_output', ?)", (json.dumps(note | {"top": 1}),)
            )
        con.close()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            SQLiteIndex(db, scheme, 0.5, timeout=0.3)
    finally:
        sleeper.kill()
        sleeper.wait()
    with SQLiteIndex(db, scheme, 0.5) as index:  # gone: settled (its output is not there)
        assert len(index) == 1


def test_a_new_process_with_the_pid_of_a_killed_run_is_not_waited_for(tmp_path, caplog):
    """The note holds the process's start time too: a live process that took the pid of the
    killed run (another start time) does not hold the index."""
    caplog.set_level(logging.WARNING, logger="cleantext")
    scheme, db = Scheme.create(threshold=0.5), tmp_path / "seen.db"
    with SQLiteIndex(db, scheme, 0.5) as index:
        index.insert("a", _sig(1))
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        note = {"pid": sleeper.pid, "started": 1, "output": str(tmp_path / "o")}
        con = sqlite3.connect(db)
        with con:
            con.execute(
                "INSERT INTO meta VALUES ('pending_output', ?)",
                (json.dumps(note | {"temporary": "", "file": [0, 0], "top": 1}),),
            )
        con.close()
        with SQLiteIndex(db, scheme, 0.5, timeout=0.3) as index:
            assert len(index) == 1
        assert "is not in place" in caplog.text
    finally:
        sleeper.kill()
        sleeper.wait()


def test_lock_lost_after_the_documents_commit_is_settled_later(days, monkeypatch, capsys):
    """The documents are committed but taking the lock again fails (so does this run's own
    settling): no output file, and the next opener takes the documents out again."""
    work, db = days["work"], days["work"] / "seen.db"
    db.write_bytes(days["base"].read_bytes())
    before = index_keys(db)
    real = SQLiteIndex._begin

    def begin(self: SQLiteIndex) -> None:
        if not self._conn.in_transaction:
            raise sqlite3.OperationalError("database is locked")
        real(self)

    monkeypatch.setattr(SQLiteIndex, "_begin", begin)
    out = work / "out.jsonl"
    assert main(["dedup", str(days["day2"]), "-o", str(out), "--index", str(db)]) == 1
    assert "in use by another run" in capsys.readouterr().err
    assert not out.exists() and _stray(work) == []
    monkeypatch.setattr(SQLiteIndex, "_begin", real)
    settle(db)
    assert "out.jsonl is not in place" in capsys.readouterr().err
    assert index_keys(db) == before

"""Peak memory of ``cleantext clean`` on huge documents and on long streams.

Each measurement runs the real command in its own process and reports that process tree's peak
RSS (``ru_maxrss`` of the waited children) and the wall time:

1. a single line of ``--big-mb`` MB (default 100), as a text file and as one JSONL record:
   with the default ``--max-doc-mb`` (16) it is refused after reading at most the limit, and
   with ``--skip-bad`` the record is skipped; a line of ``--clean-mb`` MB (default 4 and 16)
   is cleaned with ``--max-doc-mb 0``, which shows how memory grows with one document;
2. JSONL streams of growing size (``--stream-mb``), generated on the fly into stdin, cleaned to
   /dev/null with 1 and 2 workers: streaming means the peak RSS stays flat as the input grows.

Usage: ``python benchmarks/bench_memory.py [--big-mb 100] [--clean-mb 4,16] [--stream-mb 8,32]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import string
import subprocess
import sys
import tempfile
from pathlib import Path

EXE = [sys.executable, "-m", "cleantext.cli"]

_MEASURE = """
import resource, subprocess, sys, time
t = time.perf_counter()
with open(sys.argv[1], "rb") as stdin:
    r = subprocess.run(sys.argv[2:], stdin=stdin, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
took = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
err = r.stderr.decode(errors="replace").strip()[-200:].replace("\\n", " | ")
print(r.returncode, peak, took, err)
"""


def measure(args: list[str], stdin: str = "/dev/null") -> tuple[int, float, float, str]:
    """(exit code, peak RSS in MiB, seconds, end of stderr) of one command."""
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, stdin, *args], capture_output=True, text=True, check=True
    ).stdout
    parts = out.rstrip("\n").split(" ", 3)
    err = parts[3] if len(parts) > 3 else ""
    return int(parts[0]), int(parts[1]) / 1024, float(parts[2]), err


def paragraph(i: int) -> str:
    return (
        f"Paragraph {i} of the article says something  new ,with a few  artifacts &amp; "
        "entities. le next sentence starts lowercase. Read more about it in the report.\n\n"
    )


def _vocabulary(n: int = 5000) -> list[str]:
    rng = random.Random(1)
    return ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9)))
            for _ in range(n)]  # fmt: skip


def write_big_line(path: Path, mb: int, jsonl: bool) -> None:
    """One line of ``mb`` MB of prose-like words (a fixed random vocabulary), no newline."""
    rng, vocab = random.Random(2), _vocabulary()
    chunk = 1 << 20
    with path.open("w", encoding="utf-8") as f:
        if jsonl:
            f.write('{"text": "')
        for _ in range(mb):
            words, size = [], 0
            while size < chunk:
                w = rng.choice(vocab)
                words.append(w)
                size += len(w) + 1
            f.write(" ".join(words)[:chunk] + " ")
        f.write('"}\n' if jsonl else "")


def write_stream(path: Path, mb: int) -> int:
    """A JSONL file of about ``mb`` MB of article-like records; returns the record count."""
    target, n = mb * 1024 * 1024, 0
    with path.open("w", encoding="utf-8") as f:
        while f.tell() < target:
            text = "".join(paragraph(n * 7 + k) for k in range(6)) + "Read more\n\n12 Comments"
            f.write(json.dumps({"id": n, "url": f"https://example.com/{n}", "text": text}) + "\n")
            n += 1
    return n


def row(label: str, result: tuple[int, float, float, str]) -> None:
    code, peak, took, err = result
    note = f"  [{err[:110]}]" if code != 0 else ""
    print(f"  {label:<46} exit {code}  peak RSS {peak:8.1f} MiB  {took:7.1f} s{note}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--big-mb", type=int, default=100)
    ap.add_argument("--clean-mb", default="4,16", help="sizes of the single line to clean")
    ap.add_argument("--stream-mb", default="8,32")
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
        row("baseline: cleantext clean (empty stdin)", measure([*EXE, "clean", "-"]))
        print(f"one {opts.big_mb} MB line, default --max-doc-mb:")
        for jsonl in (False, True):
            path = tmp / ("big.jsonl" if jsonl else "big.txt")
            write_big_line(path, opts.big_mb, jsonl)
            kind = "JSONL record" if jsonl else "text file"
            row(f"{kind}: refused", measure([*EXE, "clean", str(path)]))
            if jsonl:
                row(
                    f"{kind}, --skip-bad: skipped",
                    measure([*EXE, "clean", str(path), "--skip-bad"]),
                )
            path.unlink()
        for mb in (int(x) for x in opts.clean_mb.split(",") if x):
            path = tmp / "big.jsonl"
            write_big_line(path, mb, True)
            args = [*EXE, "clean", str(path), "-o", str(tmp / "out"), "--max-doc-mb", "0"]
            row(f"one {mb} MB JSONL record, --max-doc-mb 0: cleaned", measure(args))
            path.unlink()
        print("JSONL stream on stdin -> /dev/null:")
        for mb in (int(x) for x in opts.stream_mb.split(",")):
            path = tmp / "stream.jsonl"
            n = write_stream(path, mb)
            for workers in (1, 2):
                args = [*EXE, "clean", "-", "--format", "jsonl", "--workers", str(workers)]
                res = measure(args, stdin=str(path))
                rate = mb / max(res[2], 1e-9)
                row(f"{mb:5d} MB, {n} docs, workers {workers} ({rate:.1f} MB/s)", res)
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Pipeline throughput on the real dev texts, robust to a loaded machine.

    python benchmarks/bench_doc_minimum.py [--repeat 3] [--clock cpu|wall]

The texts of ``bench_pipeline.py`` (the boilerplate dev pages plus 1,000 corpus documents).
Each case (``ftfy.fix_text``, ``clean()`` with ``light`` and ``extract``, the ``normalize``
step alone) cleans every document ``--repeat`` times, interleaved; a document's time is its
best run, and a case's time the sum over the documents. A load spike then costs one run of
one document instead of a whole round, so the figures move less with the load than a best
of whole rounds (``bench_pipeline.py``). Printed as MB/s and as the ratio to
``ftfy.fix_text`` measured in the same run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import real_texts

CLOCKS = {"cpu": time.process_time_ns, "wall": time.perf_counter_ns}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs of each document (default 3)")
    ap.add_argument("--clock", choices=sorted(CLOCKS), default="cpu")
    args = ap.parse_args(argv)

    import ftfy

    import cleantext
    from cleantext.config import Config
    from cleantext.pipeline import Cleaner

    texts = real_texts(1000)
    cases: dict[str, Callable[[str], object]] = {
        "ftfy.fix_text (reference)": ftfy.fix_text,
        "clean() light": cleantext.clean,
        "clean() extract": lambda t: cleantext.clean(t, preset="extract"),
        "step normalize": Cleaner(Config(steps=("normalize",))).clean,
    }
    clock = CLOCKS[args.clock]
    best = {name: [2**62] * len(texts) for name in cases}
    for _ in range(args.repeat):
        for name, fn in cases.items():
            row = best[name]
            for i, text in enumerate(texts):
                t0 = clock()
                fn(text)
                row[i] = min(row[i], clock() - t0)
    mb = sum(map(len, texts)) / 1e6
    speed = {name: mb / (sum(row) / 1e9) for name, row in best.items()}
    ref = speed["ftfy.fix_text (reference)"]
    print(
        f"real texts: {len(texts)} docs, {mb:.2f} M chars; each document's best of "
        f"{args.repeat} ({args.clock} time), summed"
    )
    print(f"  {'what':28s} {'MB/s':>8s} {'x ftfy':>8s}")
    for name, value in speed.items():
        print(f"  {name:28s} {value:8.2f} {value / ref:7.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

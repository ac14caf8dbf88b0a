"""Speed of the whole cleaning pipeline against ``ftfy.fix_text``, and how it grows with size.

    python benchmarks/bench_pipeline.py [--quick] [--repeat 3] [--sizes MB,...] [--shape-mb MB]

1. Throughput on real texts: the whole-page texts of the boilerplate dev set plus 1,000
   documents of the corpus dedup dev set (``../shared/data``, next to the repository). Every
   case runs over the same texts in one process, interleaved (one round of every case, then
   the next round), best of ``--repeat``; printed as MB/s and as the ratio to ``ftfy.fix_text``
   measured in the same rounds. Cases: ``clean()`` with the ``light`` and ``extract`` presets,
   and each step on its own (as ``--steps`` runs it): ``normalize``, ``dedup-blocks``, the
   ``boilerplate`` step of ``light`` and of ``extract``. ``dedup-blocks`` and the ``light``
   boilerplate step are also timed on the texts without repeats (those where ``dedup-blocks``
   removes nothing).
2. Size scaling: ``clean()`` (``--scaling-preset``, ``light`` by default) on documents of
   distinct paragraphs (sentences drawn from the dev texts' words) of ``--sizes`` MB, each in
   its own process: seconds, seconds per MB, the ratio of each size's cost per MB to the
   smallest size's, and the process's peak RSS.
3. Input shapes: one huge line of sentences, one huge line of a few repeated words, one huge
   paragraph (wrapped lines, no blank line), thousands of tiny lines, thousands of identical
   lines; each at ``--shape-mb`` / 4 and ``--shape-mb`` MB, in its own process; the ratio of
   the cost per MB of the larger to the smaller shows whether a shape is superlinear.

``--quick`` uses 200 corpus documents, sizes 0.1, 0.4 and 1.6 MB and shapes at 0.25 and 1 MB.
``--clock cpu`` times with the process's CPU time instead of the wall clock (steadier on a
shared, loaded machine; every case runs in one thread).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from _paths import SHARED, need

PAGES = SHARED / "data" / "boilerplate" / "dev.jsonl"
CORPUS = SHARED / "data" / "dedup" / "corpus_dev.jsonl"
MB = 1_000_000
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
SHAPES = (
    "one huge line",
    "one line of repeated words",
    "one huge paragraph",
    "tiny lines",
    "identical lines",
)


def _jsonl(path: Path, limit: int | None = None) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                out.append(json.loads(line)["text"])
            if limit is not None and len(out) >= limit:
                break
    return out


def real_texts(n_corpus: int) -> list[str]:
    """The dev pages and the first ``n_corpus`` corpus documents."""
    need(PAGES, CORPUS)
    return _jsonl(PAGES) + _jsonl(CORPUS, n_corpus)


# --- 1. throughput ---------------------------------------------------------------------------


def _cleaner(preset: str, steps: tuple[str, ...] | None = None) -> Callable[[str], str]:
    from cleantext.config import Config
    from cleantext.pipeline import Cleaner

    return Cleaner(Config(preset=preset, steps=steps)).clean


def throughput(texts: list[str], repeat: int, clock: Callable[[], float]) -> None:
    import ftfy

    import cleantext
    from cleantext.blocks.repeated import find_repeated_blocks
    from cleantext.config import BlockDedupOptions

    opts = BlockDedupOptions()
    plain = [t for t in texts if not find_repeated_blocks(t, opts)]
    cases: list[tuple[str, Callable[[str], object], list[str]]] = [
        ("ftfy.fix_text (reference)", ftfy.fix_text, texts),
        ("clean() light", cleantext.clean, texts),
        ("clean() extract", lambda t: cleantext.clean(t, preset="extract"), texts),
        ("step normalize", _cleaner("light", ("normalize",)), texts),
        ("step dedup-blocks", _cleaner("light", ("dedup-blocks",)), texts),
        ("step dedup-blocks, no repeats", _cleaner("light", ("dedup-blocks",)), plain),
        ("step boilerplate light", _cleaner("light", ("boilerplate",)), texts),
        ("step boilerplate light, no repeats", _cleaner("light", ("boilerplate",)), plain),
        ("step boilerplate extract", _cleaner("extract", ("boilerplate",)), texts),
    ]
    best = [float("inf")] * len(cases)
    for _ in range(repeat):
        for i, (_, fn, docs) in enumerate(cases):
            t0 = clock()
            for t in docs:
                fn(t)
            best[i] = min(best[i], clock() - t0)
    mb_all = sum(map(len, texts)) / MB
    print(
        f"real texts: {len(texts)} docs, {mb_all:.2f} M chars; without repeats: {len(plain)} "
        f"docs, {sum(map(len, plain)) / MB:.2f} M chars; interleaved, best of {repeat}, "
        f"{'CPU' if clock is time.process_time else 'wall'} time"
    )
    ref_speed = mb_all / best[0]
    print(f"  {'what':36s} {'MB/s':>8s} {'x ftfy':>8s}")
    for (name, _, docs), secs in zip(cases, best, strict=True):
        speed = sum(map(len, docs)) / MB / secs
        print(f"  {name:36s} {speed:8.2f} {speed / ref_speed:7.2f}x")


# --- 2 and 3. documents built to a size, each cleaned in its own process ------------------------


def vocabulary() -> tuple[list[str], list[int]]:
    """Words of the dev texts and their cumulative counts (to draw realistic sentences)."""
    counts = Counter(
        w for t in real_texts(1000) for w in re.findall(r"[^\W\d_]+", t) if len(w) < 20
    )
    words = [w for w, _ in counts.most_common()]
    cum, total = [], 0
    for w in words:
        total += counts[w]
        cum.append(total)
    return words, cum


def _sentences(rnd: random.Random, vocab: tuple[list[str], list[int]], size: int) -> list[str]:
    words, cum = vocab
    out, total = [], 0
    while total < size:
        k = rnd.randint(8, 25)
        s = " ".join(rnd.choices(words, cum_weights=cum, k=k))
        out.append(s[:1].upper() + s[1:] + ".")
        total += len(out[-1]) + 1
    return out


def build(shape: str, size: int, seed: int = 0) -> str:
    """About ``size`` characters of the given shape (``paragraphs`` or one of :data:`SHAPES`)."""
    rnd = random.Random(seed)
    vocab = vocabulary()
    if shape == "paragraphs":  # distinct paragraphs of 2-8 sentences, one per line
        sents = _sentences(rnd, vocab, size)
        paras, i = [], 0
        while i < len(sents):
            k = rnd.randint(2, 8)
            paras.append(" ".join(sents[i : i + k]))
            i += k
        text = "\n\n".join(paras)
    elif shape == "one huge line":
        text = " ".join(_sentences(rnd, vocab, size))
    elif shape == "one line of repeated words":
        text = "spam eggs and ham " * (size // 18 + 1)
    elif shape == "one huge paragraph":
        line, lines = [], []
        for word in " ".join(_sentences(rnd, vocab, size)).split(" "):
            line.append(word)
            if sum(map(len, line)) + len(line) > 72:
                lines.append(" ".join(line))
                line = []
        text = "\n".join([*lines, " ".join(line)])
    elif shape == "tiny lines":
        words, cum = vocab
        parts, total = [], 0
        while total < size:
            parts.append(" ".join(rnd.choices(words, cum_weights=cum, k=rnd.randint(1, 3))))
            total += len(parts[-1]) + 1
        text = "\n".join(parts)
    elif shape == "identical lines":
        line = "Subscribe to our newsletter for the latest news and offers.\n"
        text = line * (size // len(line) + 1)
    else:
        raise ValueError(f"unknown shape {shape!r}")
    return text[:size]


def child(shape: str, size: int, preset: str, clock: Callable[[], float]) -> None:
    """Build one document, clean it (best of 3 runs, more while under 0.5 s), print JSON."""
    import cleantext

    text = build(shape, size)
    cleantext.clean("warm up", preset=preset)
    runs: list[float] = []
    while len(runs) < 3 or (len(runs) < 20 and sum(runs) < 0.5):
        # a new str each run: a cache of the last text seen (dedup-blocks keeps its fold)
        # must not make the repeated runs cheaper than one document seen once
        fresh = text[:1] + text[1:]
        t0 = clock()
        cleantext.clean(fresh, preset=preset)
        runs.append(clock() - t0)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux
    print(json.dumps({"secs": min(runs), "rss": rss, "chars": len(text)}))


def measure(shape: str, size: int, preset: str, clock: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", shape, str(size), preset, "--clock", clock],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def scaling(sizes: list[float], preset: str, clock: str) -> None:
    print(f"size scaling: clean() {preset}, distinct paragraphs, one process per size")
    base = None
    for mb in sizes:
        r = measure("paragraphs", int(mb * MB), preset, clock)
        per = r["secs"] / (r["chars"] / MB)
        base = base or per
        print(
            f"  {mb:6.1f} MB  {r['secs']:8.2f} s  {per:7.2f} s/MB  per-MB vs {sizes[0]:g} MB: "
            f"{per / base:5.2f}  peak RSS {r['rss'] / 2**20:6.0f} MiB"
        )


def shapes(mb: float, preset: str, clock: str) -> None:
    small, big = int(mb * MB / 4), int(mb * MB)
    print(f"input shapes: clean() {preset}, {small / MB:g} MB and {big / MB:g} MB")
    for shape in SHAPES:
        a, b = measure(shape, small, preset, clock), measure(shape, big, preset, clock)
        pa, pb = a["secs"] / (a["chars"] / MB), b["secs"] / (b["chars"] / MB)
        print(
            f"  {shape:28s} {pa:7.2f} s/MB  {pb:7.2f} s/MB  ratio {pb / pa:5.2f}  "
            f"peak RSS {b['rss'] / 2**20:6.0f} MiB"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller inputs (a few minutes)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", help="MB sizes of the scaling section, e.g. 0.1,1,4,16")
    ap.add_argument("--shape-mb", type=float, help="larger size of the shapes section (MB)")
    ap.add_argument("--scaling-preset", default="light")
    ap.add_argument("--skip", default="", help="sections to skip: throughput,scaling,shapes")
    ap.add_argument("--clock", choices=sorted(CLOCKS), default="wall")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.child[2], CLOCKS[args.clock])
        return
    skip = set(args.skip.split(","))
    default_sizes = "0.1,0.4,1.6" if args.quick else "0.1,1,4,16"
    sizes = [float(s) for s in (args.sizes or default_sizes).split(",")]
    shape_mb = args.shape_mb or (1.0 if args.quick else 4.0)
    if "throughput" not in skip:
        throughput(real_texts(200 if args.quick else 1000), args.repeat, CLOCKS[args.clock])
    if "scaling" not in skip:
        scaling(sizes, args.scaling_preset, args.clock)
    if "shapes" not in skip:
        shapes(shape_mb, args.scaling_preset, args.clock)


if __name__ == "__main__":
    main()

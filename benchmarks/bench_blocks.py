"""Speed of the ``dedup-blocks`` step: documents per second, and cost as a document grows.

    .venv/bin/python benchmarks/bench_blocks.py [--data PATH] [--repeat N]

1. Throughput on dev-like documents (``indoc_dev.jsonl``: articles with and without repeated
   blocks), as documents per second, next to a reference measured in the same run: exact
   paragraph dedup (split on blank lines, hash, drop seen paragraphs), the cheapest dedup there
   is. The ratio says how many times slower the content-aligning dedup is.
2. Growth: documents of 1 kB to 1 MB made of distinct articles where a fifth of the articles
   appear a second time, re-wrapped. Printed: seconds, microseconds per kB, and the ratio of
   each size's cost per kB to the 10 kB cost (near-linear growth keeps it close to 1).
3. Adversarial 1 MB texts (one paragraph repeated, one word repeated, a table of similar
   rows): microseconds per kB, to compare with the figures of 2.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import textwrap
from pathlib import Path

from _paths import SHARED
from _timing import timed
from cleantext.blocks.repeated import find_repeated_blocks
from cleantext.config import BlockDedupOptions

DATA = SHARED / "data" / "dedup" / "indoc_dev.jsonl"
SIZES = (1_000, 10_000, 100_000, 1_000_000)


def exact_paragraph_dedup(text: str) -> str:
    """Reference: drop paragraphs seen before, byte-exact (what a naive cleaner does)."""
    seen: set[int] = set()
    out = []
    for para in text.split("\n\n"):
        h = hash(para.strip())
        if h in seen and para.strip():
            continue
        seen.add(h)
        out.append(para)
    return "\n\n".join(out)


OPTS = BlockDedupOptions()


def dedup(text: str) -> int:
    return len(find_repeated_blocks(text, OPTS))


def load(path: Path) -> tuple[list[str], list[str]]:
    """Dev documents, and the distinct articles (their expected outputs) to build big ones."""
    docs, articles = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        docs.append(row["text"])
        if row["kind"] not in ("neg_concat",):
            articles.append(row["expected"])
    return docs, list(dict.fromkeys(articles))


def synthetic(n: int, seed: int) -> str:
    """A stand-in article when the shared data is missing."""
    rnd = random.Random(seed)
    vocab = [f"w{i}" for i in range(5000)]
    paras = [" ".join(rnd.choices(vocab, k=rnd.randint(20, 80))) + "." for _ in range(n)]
    return "Title " + str(seed) + "\n\n" + "\n\n".join(paras)


def build(size: int, articles: list[str], seed: int = 0) -> str:
    """About ``size`` characters of distinct articles; a fifth of them repeated re-wrapped."""
    rnd = random.Random(seed)
    pool = list(articles)
    rnd.shuffle(pool)
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        art = pool[i % len(pool)] if i < len(pool) else synthetic(8, i)
        if parts and rnd.random() < 0.2:
            art = "\n\n".join(textwrap.fill(p, 72) for p in rnd.choice(parts).split("\n\n"))
        parts.append(art)
        total += len(art) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if args.data.exists():
        docs, articles = load(args.data)
    else:
        articles = [synthetic(10, s) for s in range(50)]
        docs = [a + "\n\n" + a for a in articles[:25]] + articles[25:]
    kb = sum(len(d) for d in docs) / 1000
    ours = timed(dedup, docs, args.repeat)
    ref = timed(exact_paragraph_dedup, docs, args.repeat)
    print(f"dev-like docs: {len(docs)} docs, {kb:.0f} kB")
    print(f"  dedup-blocks        {len(docs) / ours:9.1f} docs/s  {kb / ours:8.1f} kB/s")
    print(f"  exact-para (ref)    {len(docs) / ref:9.1f} docs/s  ratio ours/ref = {ours / ref:.1f}")
    print("growth (distinct articles, 20% repeated re-wrapped):")
    base = None
    per_kb = []
    for size in SIZES:
        text = build(size, articles)
        reps = args.repeat
        secs = timed(dedup, [text], reps)
        us = secs / (size / 1000) * 1e6
        base = base or (us if size == 10_000 else None)
        per_kb.append(us)
        ratio = f"{us / base:.2f}" if base else "-"
        print(f"  {size / 1000:8.0f} kB  {secs:8.3f} s  {us:8.0f} us/kB  per-kB vs 10 kB: {ratio}")
    print(f"  median us/kB over sizes: {statistics.median(per_kb):.0f}")
    print("adversarial 1 MB texts (best of 1):")
    for name, text in adversarial(1_000_000).items():
        secs = timed(dedup, [text], 1)
        print(f"  {name:28s} {secs:8.3f} s  {secs / (len(text) / 1000) * 1e6:8.0f} us/kB")


def adversarial(size: int) -> dict[str, str]:
    """Texts that make naive block dedup slow: repetition everywhere, near-identical rows."""
    rnd = random.Random(3)
    sentence = "Buy now and save big on everything in the shop today, said the man in a hat.\n\n"
    row = "In {y}, the {r} region reported revenue of {v} million and a margin of {m} percent."
    rows = "\n".join(
        row.format(
            y=2000 + i % 20,
            r=rnd.choice(["north", "south", "east", "west"]),
            v=rnd.randint(1, 999),
            m=rnd.randint(1, 50),
        )
        for i in range(size // 80)
    )
    return {
        "one paragraph repeated": (sentence * (size // len(sentence)))[:size],
        "one word repeated": ("spam " * (size // 5))[:size],
        "table of similar rows": rows[:size],
    }


if __name__ == "__main__":
    main()

"""Hostile HTML at full size: a 50 MB page and 100k nested ``<div>``s, timed, with peak memory.

    python benchmarks/bench_html_hostile.py [--mb 50]

Each case prints seconds, the peak RSS of the process so far, and the characters of text out.
The reference is the same page given to ``trafilatura.extract`` in the same run (when it is
installed), so the ratio says how the HTML path compares on the same machine.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections.abc import Callable

import cleantext

PARA = "The river rose by two metres overnight, and the town closed the lower road, officials said."


def big_page(mb: int) -> str:
    """An article of ``mb`` MB: distinct paragraphs (seeded random words), a menu between
    them, so that the repeated-block step has no copy to find (its worst case is measured
    in its own benchmark)."""
    rng = random.Random(0)
    words = PARA.lower().replace(",", "").replace(".", "").split() + [f"w{i}" for i in range(2000)]
    parts = ["<html><body><article>"]
    size = 0
    while size < mb * 1_000_000:
        para = " ".join(rng.choices(words, k=60)).capitalize() + "."
        block = f"<div class=menu><a href=/a>One</a> <a href=/b>Two</a></div><p>{para}</p>\n"
        parts.append(block)
        size += len(block)
    parts.append("</article></body></html>")
    return "".join(parts)


def nested(n: int) -> str:
    return "<html><body>" + "<div>" * n + PARA + "</div>" * n + "<p>after</p></body></html>"


def run(name: str, fn: Callable[[str], str], html: str) -> float:
    t = time.perf_counter()
    out = fn(html)
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{name:44} {seconds:7.2f} s  peak RSS {peak:6.0f} MB  {len(out):>10} chars out")
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=50)
    args = ap.parse_args()
    cases = {f"{args.mb} MB page": big_page(args.mb), "100k nested <div>": nested(100_000)}
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    for label, html in cases.items():
        ours = run(f"clean_html, {label}", cleantext.clean_html, html)
        if trafilatura is not None:
            ref = run(f"trafilatura.extract, {label}", lambda h: trafilatura.extract(h) or "", html)
            print(f"{'':44} ratio {ref / ours:.1f}x")


if __name__ == "__main__":
    main()

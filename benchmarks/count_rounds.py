"""Run rounds of one pipeline case over the bench texts, for instruction counts.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python benchmarks/count_rounds.py CASE --rounds 1     # and --rounds 0

The texts are those of ``bench_pipeline.py`` (the boilerplate dev pages and 1,000 corpus
documents). The inputs of each case are prepared and one warm-up round is run first (both
in every run), then ``--rounds`` timed rounds: the difference between the instruction
totals of ``--rounds 1`` and ``--rounds 0`` is one round's instructions, steadier than time
on a loaded machine. Cases:

* ``clean-light``: ``Cleaner().clean_document`` of every text;
* ``step-light``: the ``boilerplate`` step (preset light) on every text after
  ``normalize`` and ``dedup-blocks``;
* ``step-dedup``: ``dedup-blocks`` on every text after ``normalize``;
* ``step-dedup-norep``: the same on the texts where it removes nothing;
* ``step-normalize``: ``normalize`` on every text;
* ``clean-extract``: ``Cleaner`` with the ``extract`` preset, every text;
* ``step-extract``: the ``boilerplate`` step (preset extract) on every text after
  ``normalize`` and ``dedup-blocks``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import real_texts

CASES = (
    "clean-light",
    "step-light",
    "step-dedup",
    "step-dedup-norep",
    "step-normalize",
    "clean-extract",
    "step-extract",
)


def _round(case: str, texts: list[str]) -> Callable[[], None]:
    from cleantext import blocks, boilerplate, normalizers
    from cleantext.config import Config
    from cleantext.pipeline import Cleaner

    config = Config(preset="extract") if case.endswith("-extract") else Config()
    step: Callable[[str], object]
    if case.startswith("clean-"):
        step, inputs = Cleaner(config).clean_document, texts
    elif case == "step-normalize":
        step, inputs = (lambda t: normalizers.run_step(t, config)), texts
    elif case.startswith("step-dedup"):
        step = lambda t: blocks.run_step(t, config)  # noqa: E731
        inputs = [Cleaner(steps=("normalize",)).clean(t) for t in texts]
        if case == "step-dedup-norep":
            inputs = [t for t in inputs if not step(t)]
    else:
        step = lambda t: boilerplate.run_step(t, config)  # noqa: E731
        inputs = [Cleaner(steps=("normalize", "dedup-blocks")).clean(t) for t in texts]

    def run() -> None:
        for t in inputs:
            step(t)

    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("case", choices=CASES)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--corpus", type=int, default=1000, help="corpus documents (1000)")
    args = ap.parse_args()
    run = _round(args.case, real_texts(args.corpus))
    run()  # warm-up: caches, compiled patterns, tables
    t0 = time.process_time()
    for _ in range(args.rounds):
        run()
    if args.rounds:
        print(f"{args.case}: {(time.process_time() - t0) / args.rounds * 1e3:.1f} ms a round")


if __name__ == "__main__":
    main()

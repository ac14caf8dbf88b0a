"""Run one case over the bench texts a given number of times: a driver for instruction counts.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p \\
        python benchmarks/callgrind_rounds.py normalize --rounds 2

The texts of ``bench_pipeline.py`` (the boilerplate dev pages plus 1,000 corpus documents).
One warm-up round runs first (imports, compiled patterns, tables); ``--rounds`` more follow.
The instructions of one round are the count with ``--rounds 2`` minus the count with
``--rounds 1`` (start-up and warm-up cancel out). Cases: ``normalize`` (the step as
``--steps normalize`` runs it), ``light`` and ``extract`` (``clean()``), ``ftfy``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import real_texts


def _case(name: str) -> Callable[[str], object]:
    if name == "ftfy":
        import ftfy

        return ftfy.fix_text
    from cleantext.config import Config
    from cleantext.pipeline import Cleaner

    if name == "normalize":
        return Cleaner(Config(steps=("normalize",))).clean
    return Cleaner(Config(preset=name)).clean


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("case", choices=["normalize", "light", "extract", "ftfy"])
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args(argv)
    texts = real_texts(1000)
    fn = _case(args.case)
    for _ in range(1 + args.rounds):
        for t in texts:
            fn(t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

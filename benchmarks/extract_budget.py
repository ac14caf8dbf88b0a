"""Where the ``extract`` preset's time goes, against the budget the issue's 3x target leaves.

    python benchmarks/extract_budget.py [--corpus 1000] [--repeat 3]

On the texts of ``bench_pipeline.py`` (the boilerplate dev pages and 1,000 corpus documents),
in one process, best of ``--repeat`` (CPU time):

* ``ftfy.fix_text`` on every text (F), ``clean()`` with the ``extract`` preset, and the
  ``boilerplate`` step alone on the texts after ``normalize`` and ``dedup-blocks``;
* inside the step: the first ``find_main_content`` pass of each text, the later passes, and
  the C kernels that read the whole text (line keys, UI scan, stopword counts, phrase heads),
  timed by wrapping them (one call per text and kernel: the wrapper's cost is small);
* the budget: for ``clean()`` at 3x ftfy (F/3), what is left for the step once the rest of
  ``clean()`` is paid, and how many times faster the step's Python part would have to be.

Outputs are not changed: the wrappers call the functions they wrap.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import real_texts

_clock = time.process_time
_spent: dict[str, float] = {}


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = _clock()
        try:
            return fn(*args, **kwargs)
        finally:
            _spent[name] = _spent.get(name, 0.0) + _clock() - t0

    return wrapper


def _instrument() -> None:
    """Wrap the whole-text kernels and ``find_main_content`` (first pass, later passes)."""
    import cleantext.boilerplate as bp
    from cleantext.boilerplate import patterns, phrases, stopwords
    from cleantext.minhash.shingle import _kernels

    for module, attr, name in (
        (patterns, "_line_keys", "C: line keys"),
        (_kernels, "ui_scan", "C: UI scan"),
        (stopwords, "_line_words", "C: stopword counts"),
        (phrases, "_phrase_heads", "C: phrase heads"),
    ):
        kernel = getattr(module, attr, None)
        if kernel is not None:  # (not built: the Python fallbacks run inside the passes)
            setattr(module, attr, _timed(name, kernel))
    find = bp.find_main_content
    last: list[object] = [None]  # the page features of the last pass (one per page)

    def passes(text: str, *args: Any) -> Any:
        name = "later passes" if args[-1] is last[0] else "pass 1"
        last[0] = args[-1]
        return _timed(name, find)(text, *args)

    setattr(bp, "find_main_content", passes)  # noqa: B010 (mypy: another signature)


def _best(run: Callable[[], object], repeat: int) -> tuple[float, dict[str, float]]:
    best, parts = float("inf"), {}
    for _ in range(repeat):
        _spent.clear()
        t0 = _clock()
        run()
        took = _clock() - t0
        if took < best:
            best, parts = took, dict(_spent)
    return best, parts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=int, default=1000, help="corpus documents (1000)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import ftfy

    import cleantext.boilerplate as bp
    from cleantext.config import Config
    from cleantext.pipeline import Cleaner

    texts = real_texts(args.corpus)
    config = Config(preset="extract")
    cleaner = Cleaner(config)
    inputs = [Cleaner(steps=("normalize", "dedup-blocks")).clean(t) for t in texts]
    for t in texts[:50]:  # warm-up: compiled patterns, tables
        cleaner.clean(t)
    f, _ = _best(lambda: [ftfy.fix_text(t) for t in texts], args.repeat)
    clean, _ = _best(lambda: [cleaner.clean(t) for t in texts], args.repeat)
    _instrument()
    step, parts = _best(lambda: [bp.run_step(t, config) for t in inputs], args.repeat)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} texts, {mb:.2f} MB; times in units of F = ftfy.fix_text ({f:.3f} s)")
    print(f"clean() extract          {clean / f:5.2f} F   ({f / clean:.2f}x ftfy)")
    print(f"  the boilerplate step   {step / f:5.2f} F   ({f / step:.2f}x ftfy)")
    print(f"  the rest of clean()    {(clean - step) / f:5.2f} F")
    for name in sorted(parts):
        print(f"    {name:<22} {parts[name] / f:5.2f} F   {parts[name] / step:6.1%} of the step")
    kernels = sum(v for k, v in parts.items() if k.startswith("C: "))
    budget = f / 3 - (clean - step)
    print(f"budget for the step at 3x ftfy: {budget / f:.2f} F")
    if budget > kernels:
        need = (step - kernels) / (budget - kernels)
        print(f"  with the C kernels as they are, the rest of the step {need:.1f}x faster")
    else:
        print("  less than the C kernels take alone")


if __name__ == "__main__":
    main()

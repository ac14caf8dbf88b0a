"""The ``light`` boilerplate step's matching (``Patterns.match_lines``) and the whole step
(``find_ui_lines``), per text, against ``ftfy.fix_text`` measured in the same rounds; with
``--before SRC``, also the same functions of another checkout's ``src/`` (e.g. an export of
an older commit: ``git archive <commit> src | tar -x -C /tmp/base``), loaded beside this one.

    python benchmarks/bench_light_step.py --before /tmp/base/src

Texts: the boilerplate dev pages and 1,000 corpus documents (as ``bench_pipeline.py``).
CPU time, cases interleaved, best of ``--repeat``. The two versions must find the same
lines (checked on every text before timing).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import real_texts


def _load_before(src: Path) -> tuple[Any, Any]:
    """The ``Patterns`` and ``find_ui_lines`` of ``src`` (its patterns.py and light.py; the
    modules they import come from this checkout)."""
    path = src / "cleantext" / "boilerplate"
    spec = importlib.util.spec_from_file_location("before_patterns", path / "patterns.py")
    assert spec is not None and spec.loader is not None
    patterns = importlib.util.module_from_spec(spec)
    sys.modules["before_patterns"] = patterns
    spec.loader.exec_module(patterns)
    code = (path / "light.py").read_text(encoding="utf-8")
    code = code.replace("from cleantext.boilerplate.patterns import", "from before_patterns import")
    code = code.replace("UI_LINES = register(", "UI_LINES = (lambda rule: rule)(")  # once only
    light = types.ModuleType("before_light")
    exec(compile(code, str(path / "light.py"), "exec"), light.__dict__)
    return patterns.Patterns.builtin(), light.find_ui_lines


def _plain(matches: list[Any]) -> list[tuple[str, str] | None]:
    return [None if m is None else (m.category, m.strength) for m in matches]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, help="another checkout's src/ to compare with")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    import ftfy

    from cleantext.boilerplate.light import find_ui_lines
    from cleantext.boilerplate.patterns import Patterns

    texts = real_texts(1000)
    versions: list[tuple[str, Any, Any]] = [("", Patterns.builtin(), find_ui_lines)]
    if args.before:
        versions.insert(0, (" before", *_load_before(args.before)))
        (_, p0, f0), (_, p1, f1) = versions
        for t in texts:
            assert _plain(p0.match_lines(t, hints=False)) == _plain(p1.match_lines(t, hints=False))
            assert _plain(p0.match_lines(t)) == _plain(p1.match_lines(t))
            assert f0(t, p0) == f1(t, p1)
    cases: list[tuple[str, Callable[[str], object]]] = [
        ("ftfy.fix_text (reference)", ftfy.fix_text)
    ]
    for tag, p, find in versions:
        cases.append((f"match_lines, no hints{tag}", lambda t, p=p: p.match_lines(t, hints=False)))
        cases.append((f"match_lines, hints{tag}", lambda t, p=p: p.match_lines(t)))
        cases.append((f"find_ui_lines{tag}", lambda t, p=p, find=find: find(t, p)))
    best = [float("inf")] * len(cases)
    for _ in range(args.repeat):
        for i, (_, fn) in enumerate(cases):
            t0 = time.process_time()
            for t in texts:
                fn(t)
            best[i] = min(best[i], time.process_time() - t0)
    mb = sum(map(len, texts)) / 1e6
    print(f"{len(texts)} texts, {mb:.2f} M chars; CPU time, interleaved, best of {args.repeat}")
    print(f"  {'what':32s} {'MB/s':>7s} {'us/text':>8s} {'x ftfy':>7s}")
    for (name, _), secs in zip(cases, best, strict=True):
        print(
            f"  {name:32s} {mb / secs:7.2f} {secs / len(texts) * 1e6:8.1f} {best[0] / secs:6.2f}x"
        )


if __name__ == "__main__":
    main()

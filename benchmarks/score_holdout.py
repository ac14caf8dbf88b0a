"""Score cleantext and trafilatura on the check set of ``build_holdout.py`` with the shared
boilerplate scorer (4-gram shingle precision, recall, F1, with bootstrap ± std).

    .venv/bin/python benchmarks/score_holdout.py [--dir benchmarks/holdout]

Rows: ``light`` and ``extract`` on the plain-text renderings, ``clean_html`` and
trafilatura (``trafilatura.extract``, default settings) on the HTML. Every set present in the
directory is scored, in the order of ``SETS``; a set missing is named and skipped. On the sets
in ``RECALL_ONLY`` (goose3, Postlight) the expected text is the article's start only: read their
recall, not their precision (the table marks them ``recall only``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import cleantext
from _paths import SHARED

HERE = Path(__file__).resolve().parent
SCORER = SHARED / "tools" / "score_boilerplate.py"

#: (row name, input kind, function of this file)
SYSTEMS = [
    ("light (text)", "text", "light"),
    ("extract (text)", "text", "extract"),
    ("clean_html (HTML)", "html", "clean_html"),
    ("trafilatura (HTML)", "html", "trafilatura"),
]


#: every set ``build_holdout.py`` can write, in the order they are scored
SETS = ("newspaper", "goose", "fundus", "postlight")
#: the sets whose expected text is the article's start only (precision means nothing there)
RECALL_ONLY = frozenset({"goose", "postlight"})


def light(text: str) -> str:
    return cleantext.clean(text)


def extract(text: str) -> str:
    return cleantext.clean(text, preset="extract")


def clean_html(text: str) -> str:
    return cleantext.clean_html(text)


def trafilatura(text: str) -> str:
    import trafilatura as t

    return t.extract(text) or ""


def _score(data: Path, function: str) -> dict[str, float]:
    cmd = [sys.executable, str(SCORER), str(data), "--python", f"{__file__}:{function}"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", type=Path, default=HERE / "holdout")
    opts = ap.parse_args(argv)
    if not SCORER.is_file():
        sys.exit(f"score_holdout: the shared scorer is missing: {SCORER}")
    print("| set | system | P | R | F1 |\n|---|---|---|---|---|")
    found = [source for source in SETS if (opts.dir / f"{source}_text.jsonl").is_file()]
    if not found:
        sys.exit(f"score_holdout: no set in {opts.dir}: run benchmarks/build_holdout.py")
    for source in SETS:
        if source not in found:
            print(f"score_holdout: {source} not built, skipped", file=sys.stderr)
            continue
        for name, kind, function in SYSTEMS:
            data = opts.dir / f"{source}_{kind}.jsonl"
            if not data.is_file():
                sys.exit(f"score_holdout: {data} is missing: run benchmarks/build_holdout.py")
            s = _score(data, function)
            only = ", recall only" if source in RECALL_ONLY else ""
            print(
                f"| {source} ({s['n_docs']}{only}) | {name} | {s['precision']:.3f} | "
                f"{s['recall']:.3f} ± {s['recall_std']:.3f} | {s['f1']:.3f} ± {s['f1_std']:.3f} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

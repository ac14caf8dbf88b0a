"""Count the pages where ``extract`` on its own output removes more: ``clean(clean(x)) !=
clean(x)`` under the ``extract`` preset, over every page of the scored sets (the holdout's
``*_text.jsonl``, the extra dev pages, the written pages, the shared boilerplate dev pages;
about 1,800 pages, half a minute).

    CLEANTEXT_SHARED=/work/shared PYTHONPATH=src python benchmarks/idempotence.py [-v]

Prints the count and the words the second run removed; ``-v`` lists each page with the lines
it lost (a set whose data is missing is left out, and said so).
"""

from __future__ import annotations

import argparse
import difflib
import json
from collections.abc import Iterator
from pathlib import Path

import cleantext
from _paths import ROOT, SHARED

BENCH = ROOT / "benchmarks"


def _jsonl(path: Path, prefix: str) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            yield f"{prefix}:{record['id']}", record["text"]


def pages() -> Iterator[tuple[str, str]]:
    """``(name, text)`` of every page of the scored sets that are there."""
    sets = [(p, p.stem) for p in sorted((BENCH / "holdout").glob("*_text.jsonl"))]
    sets.append((BENCH / "extra_dev" / "trafilatura_eval.jsonl", "extra"))
    sets.append((SHARED / "data" / "boilerplate" / "dev.jsonl", "dev"))
    for path, prefix in sets:
        if path.exists():
            yield from _jsonl(path, prefix)
        else:
            print(f"(left out: {path} not found)")
    for path in sorted((BENCH / "written_pages").glob("*.txt")):
        rows = [row[2:] for row in path.read_text(encoding="utf-8").splitlines() if row]
        yield f"written:{path.stem}", "\n".join(rows) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the pages")
    args = parser.parse_args()
    total = changed = lost = 0
    for name, text in pages():
        total += 1
        once = cleantext.clean(text, preset="extract")
        twice = cleantext.clean(once, preset="extract")
        if twice == once:
            continue
        changed += 1
        diff = difflib.ndiff(once.splitlines(), twice.splitlines())
        gone = [d[2:] for d in diff if d.startswith("- ") and d[2:].strip()]
        words = len(once.split()) - len(twice.split())
        lost += words
        if args.verbose:
            print(f"{name}: {words} words")
            for line in gone[:5]:
                print(f"    - {line[:100]}")
    print(f"{changed}/{total} pages change when extracted again; {lost} words removed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

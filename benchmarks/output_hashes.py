"""Hash what ``clean`` produces on every shared dev set, to prove a refactor changed nothing.

For each input set (the boilerplate dev pages, the in-document and corpus dedup sets, ftfy's
test cases, the bundled example and the fuzz script's texts) and each configuration (the
presets ``light``, ``extract`` and ``none``, and each step on its own), two SHA-256 digests
are taken: one of the cleaned texts, one of the edits (rule and source span of each). The
HTML dev pages (``boilerplate/html/*.html.gz``) are hashed the same way through
``Cleaner.clean_html_document`` with the ``extract`` and ``light`` presets.

Usage::

    python benchmarks/output_hashes.py --write   # record benchmarks/output_hashes.json
    python benchmarks/output_hashes.py           # compare with it; exit 1 on any difference

Where an output changes on purpose, rerun with ``--write`` and say why in the commit.
The shared data is looked for in ``../shared`` next to the repository (``CLEANTEXT_SHARED``
overrides it).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from _paths import ROOT, SHARED
from cleantext.config import Config
from cleantext.pipeline import Cleaner, Document

RECORD = Path(__file__).with_name("output_hashes.json")

#: name -> Config fields
CONFIGS: dict[str, dict[str, object]] = {
    "light": {"preset": "light"},
    "extract": {"preset": "extract"},
    "none": {"preset": "none"},
    "step:normalize": {"steps": ("normalize",)},
    "step:dedup-blocks": {"steps": ("dedup-blocks",)},
    "step:boilerplate-light": {"preset": "light", "steps": ("boilerplate",)},
    "step:boilerplate-extract": {"preset": "extract", "steps": ("boilerplate",)},
}


def _jsonl_texts(path: Path, field: str = "text") -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f if line.strip()]


def _ftfy_texts() -> list[str]:
    out: list[str] = []
    for path in sorted((SHARED / "data" / "ftfy-cases").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, list):
            out += [c["original"] for c in data if isinstance(c, dict) and "original" in c]
    return out


def _fuzz_texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from fuzz_cli import TEXTS

    joined = ["\n\n".join(TEXTS * k) for k in (1, 3)]
    return [*TEXTS, *joined, "\r\n".join(TEXTS), "x" * 5000, "word " * 3000]


def input_sets() -> Iterator[tuple[str, list[str]]]:
    data = SHARED / "data"
    yield "boilerplate-dev", _jsonl_texts(data / "boilerplate" / "dev.jsonl")
    yield "indoc-dev", _jsonl_texts(data / "dedup" / "indoc_dev.jsonl")
    yield "corpus-dev", _jsonl_texts(data / "dedup" / "corpus_dev.jsonl")
    yield "ftfy-cases", _ftfy_texts()
    yield "example", [(SHARED / "examples" / "scraped_article_fr.txt").read_text("utf-8")]
    yield "fuzz", _fuzz_texts()


def _html_pages() -> list[bytes]:
    folder = SHARED / "data" / "boilerplate" / "html"
    return [gzip.decompress(p.read_bytes()) for p in sorted(folder.glob("*.html.gz"))]


def digests(texts: Sequence[str | bytes], clean: Callable[[Any], Document]) -> dict[str, str]:
    out, edits = hashlib.sha256(), hashlib.sha256()
    for text in texts:
        doc = clean(text)
        out.update(doc.text.encode("utf-8", "surrogatepass") + b"\x00")
        for e in doc.edits:
            edits.update(f"{e.rule}:{e.source_start}:{e.source_end}\n".encode())
        edits.update(b"\x00")
    return {"text": out.hexdigest()[:16], "edits": edits.hexdigest()[:16]}


def compute() -> dict[str, dict[str, str]]:
    cleaners = {name: Cleaner(Config.from_dict(dict(fields))) for name, fields in CONFIGS.items()}
    result: dict[str, dict[str, str]] = {}
    for set_name, texts in input_sets():
        for name, cleaner in cleaners.items():
            started = time.perf_counter()
            result[f"{set_name} {name}"] = digests(texts, cleaner.clean_document)
            took = time.perf_counter() - started
            print(f"{set_name:16} {name:26} {took:6.2f} s", file=sys.stderr)
    pages = _html_pages()
    for preset in ("extract", "light"):
        clean_html = Cleaner(Config(preset=preset)).clean_html_document
        result[f"html-dev clean_html:{preset}"] = digests(pages, clean_html)
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="record the hashes instead of checking")
    args = ap.parse_args()
    now = compute()
    if args.write:
        RECORD.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(now)} hashes to {RECORD}")
        return 0
    before = json.loads(RECORD.read_text(encoding="utf-8"))
    bad = [k for k in sorted(set(before) | set(now)) if before.get(k) != now.get(k)]
    for k in bad:
        print(f"CHANGED {k}: {before.get(k)} -> {now.get(k)}")
    print(f"{len(now) - len(bad)}/{len(now)} identical")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

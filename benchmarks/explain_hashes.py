"""Hash what ``cleantext explain`` shows for every page of a JSONL file, preset ``extract``:
the text listing, the ``--json`` edits and report, and the HTML report. Run it before and
after a change that should leave the notes alone (e.g. notes made when first read) and
compare the totals.

    CLEANTEXT_SHARED=/work/shared PYTHONPATH=src python benchmarks/explain_hashes.py \\
        [PAGES.jsonl]   # default: the shared boilerplate dev pages
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os

from cleantext.cli.explain import render_text
from cleantext.config import Config
from cleantext.pipeline import Cleaner
from cleantext.report_html import render_html

DEV = os.path.join(os.environ.get("CLEANTEXT_SHARED", "/work/shared"), "data/boilerplate/dev.jsonl")


def page_digest(cleaner: Cleaner, record: dict[str, str]) -> tuple[str, int]:
    """The digest of one page's explain outputs, and how many of its edits have a note."""
    doc = cleaner.clean_document(record["text"], url=record.get("url"))
    edits = [e.to_dict() for e in doc.edits]
    dumped = json.dumps({"edits": edits, "report": doc.report()}, ensure_ascii=False)
    shown = "\0".join((render_text(doc, False), dumped, render_html(doc, title="x")))
    digest = hashlib.sha256(shown.encode("utf-8", "surrogatepass")).hexdigest()
    return digest, sum(1 for e in doc.edits if e.note)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", nargs="?", default=DEV, help="JSONL with text (and url) fields")
    args = ap.parse_args()
    cleaner = Cleaner(Config(preset="extract"))
    total, notes = hashlib.sha256(), 0
    with open(args.pages, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            digest, noted = page_digest(cleaner, record)
            total.update(digest.encode())
            notes += noted
            print(str(record.get("id", ""))[:40], digest[:16])
    print(f"{notes} notes; total {total.hexdigest()}")


if __name__ == "__main__":
    main()

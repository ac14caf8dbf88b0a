"""Time candidate HTML parsers on the dev news pages: parse, parse + text, parse + a Python walk.

    python benchmarks/bench_html_parsers.py [--repeat 5]

Pages: ``../shared/data/boilerplate/html/*.html.gz`` (resolved from the repository root). The
walk visits every element and text node from Python, as a block renderer has to; it is what
decides the speed of an extractor written in Python over the parser's tree. Ratios are against
lxml measured in the same run.
"""

from __future__ import annotations

import argparse
import gzip
import time
from collections.abc import Callable

from _paths import SHARED

HTML_DIR = SHARED / "data" / "boilerplate" / "html"


def _lxml() -> dict[str, Callable[[str], object]]:
    import lxml.html

    def parse(h: str) -> object:
        return lxml.html.document_fromstring(h)

    def text(h: str) -> object:
        return lxml.html.document_fromstring(h).text_content()

    def walk(h: str) -> object:
        n = 0
        for el in lxml.html.document_fromstring(h).iter():
            n += len(el.text or "") + len(el.tail or "") + len(el.attrib.get("class", ""))
        return n

    return {"parse": parse, "text": text, "walk": walk}


def _html5_parser() -> dict[str, Callable[[str], object]]:
    import html5_parser

    def parse(h: str) -> object:
        return html5_parser.parse(h)

    def text(h: str) -> object:
        return "".join(html5_parser.parse(h).itertext())

    def walk(h: str) -> object:
        n = 0
        for el in html5_parser.parse(h).iter():
            n += len(el.text or "") + len(el.tail or "") + len(el.attrib.get("class", ""))
        return n

    return {"parse": parse, "text": text, "walk": walk}


def _selectolax() -> dict[str, Callable[[str], object]]:
    from selectolax.lexbor import LexborHTMLParser

    def parse(h: str) -> object:
        return LexborHTMLParser(h)

    def text(h: str) -> object:
        root = LexborHTMLParser(h).body
        return root.text(separator="\n") if root is not None else ""

    def walk(h: str) -> object:
        n = 0
        root = LexborHTMLParser(h).root
        if root is None:
            return 0
        for node in root.traverse(include_text=True):
            if node.tag == "-text":
                n += len(node.text_content or "")
            else:
                n += len(node.attributes.get("class") or "")
        return n

    return {"parse": parse, "text": text, "walk": walk}


def _resiliparse() -> dict[str, Callable[[str], object]]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree, NodeType, traverse_dom

    def parse(h: str) -> object:
        return HTMLTree.parse(h)

    def text(h: str) -> object:
        return extract_plain_text(HTMLTree.parse(h))

    def walk(h: str) -> object:
        total = [0]

        def visit(ctx: object) -> None:
            node = ctx.node  # type: ignore[attr-defined]
            if node.type == NodeType.TEXT:
                total[0] += len(node.text)
            elif node.type == NodeType.ELEMENT:
                total[0] += len(node.getattr("class") or "")

        tree = HTMLTree.parse(h)
        traverse_dom(tree.document, visit, elements_only=False)
        return total[0]

    return {"parse": parse, "text": text, "walk": walk}


CANDIDATES = {
    "lxml": _lxml,
    "html5-parser": _html5_parser,
    "selectolax (lexbor)": _selectolax,
    "resiliparse": _resiliparse,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    pages = [
        gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
        for p in sorted(HTML_DIR.glob("*.html.gz"))
    ]
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    print(f"{len(pages)} pages, {mb:.1f} MB; best of {args.repeat}; ms for all pages")
    results: dict[str, dict[str, float]] = {}
    for name, factory in CANDIDATES.items():
        try:
            fns = factory()
        except (ImportError, RuntimeError) as exc:  # html5-parser refuses a pip lxml
            print(f"{name}: unusable here: {exc}")
            continue
        results[name] = {}
        for op, fn in fns.items():
            best = float("inf")
            for _ in range(args.repeat):
                t = time.perf_counter()
                for p in pages:
                    fn(p)
                best = min(best, time.perf_counter() - t)
            results[name][op] = best
    ref = results.get("lxml")
    print(f"{'parser':22} {'parse':>14} {'parse+text':>14} {'parse+walk':>14}")
    for name, ops in results.items():
        cells = []
        for op in ("parse", "text", "walk"):
            ratio = f" ({ref[op] / ops[op]:.1f}x)" if ref else ""
            cells.append(f"{ops[op] * 1000:7.0f}{ratio:>7}")
        print(f"{name:22} " + " ".join(f"{c:>14}" for c in cells))


if __name__ == "__main__":
    main()

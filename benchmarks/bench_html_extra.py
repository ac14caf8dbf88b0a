"""HTML in, article out, on pages nobody tuned for: trafilatura's evaluation pages as HTML.

    python benchmarks/bench_html_extra.py --repo PATH [--commit REV] [--limit N]
        [--variants] [--ablate] [--no-trafilatura] [--failures N]

The extra dev pages of ``benchmarks/build_extra_dev.py`` (trafilatura's ``tests/evaldata.json``
and the HTML pages it names, at the same pinned commit, with the same pages skipped: the Zyte
benchmark's hex-named pages and any page of an excluded evaluation set), but each system reads
the page's HTML bytes rather than a plain-text rendering. ``PATH`` is a clone or bare mirror of
https://github.com/adbar/trafilatura (Apache-2.0); nothing is copied into this repository.

Scoring as ``benchmarks/score_extra_dev.py`` does: each page has ``with`` snippets (article
text) and ``without`` snippets (menus, footers, comments); only the snippets found in the page's
``html-text`` rendering count (whitespace collapsed on both sides); a kept ``with`` is a true
positive, a kept ``without`` a false positive, a lost ``with`` a false negative.

Systems (the page bytes in, text out):

- ``clean_html``: ``cleantext.Cleaner(preset="extract").clean_html`` (the whole HTML path);
- ``extraction alone``: ``cleantext.html.render`` + ``select_edits``, no cleaning steps;
- with ``--variants``, the extraction followed by other step sets (to see what each step
  after the extraction adds or costs);
- with ``--ablate``, the extraction with one of ``cleantext.html.SIGNALS`` switched off, for
  each of them, and a last row with all of them off; the ``Δ F1`` column gives each row's F1
  minus the extraction's on the same pages, with its paired bootstrap standard deviation;
- ``trafilatura.extract`` (comments and tables off, as ``bench_html.py`` calls it);
- ``text extract on html-text``: ``clean(text, preset="extract")`` on the rendering (the
  plain-text path, for reference).

Trafilatura was developed on these pages, so its figures here are an upper bound for it.
Times are CPU seconds (``time.process_time``) for one pass over all pages.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cleantext
from cleantext.config import Config
from cleantext.edits import apply_edits
from cleantext.html import SIGNALS, render, select_edits
from cleantext.pipeline import Cleaner

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _mirror as mirror
from _mirror import add_repo_options, decode, eval_pages

System = Callable[[bytes, str], str]


def _squash(text: str) -> str:
    return " ".join(text.split())


def load(repo: Path, commit: str, limit: int | None) -> list[dict[str, object]]:
    """The pages with their HTML bytes (``raw``), rendering (``text``) and snippets."""
    import html_text

    pages = []
    for found in eval_pages(repo, commit)[1]:
        raw, entry = found.raw, found.entry
        if raw is None:
            continue
        page = _squash(html_text.extract_text(decode(raw)))
        with_ = [s for s in map(_squash, entry["with"]) if s and s in page]
        without = [s for s in map(_squash, entry["without"]) if s and s in page]
        if with_ or without:
            pages.append({"id": found.name, "url": found.url, "raw": raw, "text": page,
                          "with": with_, "without": without})  # fmt: skip
        if limit and len(pages) >= limit:
            break
    return pages


def _after_extraction(steps: tuple[str, ...]) -> System:
    """The extraction, then ``steps`` with the ``light`` preset (as ``clean_html`` runs them)."""
    cleaner = Cleaner(Config(preset="light", steps=steps))

    def run(raw: bytes, url: str) -> str:
        page = render(raw)
        edits = select_edits(page)
        text = apply_edits(page.text, edits)
        return cleaner._run(page.text, text, [edits], bool(edits), url, cleaner.config).text

    return run


def _ablated(signals: frozenset[str]) -> System:
    """The extraction with only ``signals`` on."""

    def run(raw: bytes, url: str) -> str:
        page = render(raw, signals)
        return apply_edits(page.text, select_edits(page, None, signals))

    return run


def systems(variants: bool, trafilatura: bool, ablate: bool = False) -> dict[str, System]:
    html_cleaner = cleantext.Cleaner(preset="extract")
    text_cleaner = cleantext.Cleaner(preset="extract")

    def extraction(raw: bytes, url: str) -> str:
        page = render(raw)
        return apply_edits(page.text, select_edits(page))

    found: dict[str, System] = {
        "clean_html": lambda raw, url: html_cleaner.clean_html(raw, url=url),
        "extraction alone": extraction,
    }
    if variants:
        for steps in (
            ("normalize", "tidy"),
            ("normalize", "boilerplate", "tidy"),
            ("normalize", "dedup-blocks", "tidy"),
        ):
            found["+ " + " ".join(s for s in steps if s != "tidy")] = _after_extraction(steps)
    if ablate:
        for name in sorted(SIGNALS):
            found[f"extraction without {name}"] = _ablated(SIGNALS - {name})
        found["extraction, none of the signals"] = _ablated(frozenset())
    if trafilatura:
        import trafilatura as traf

        found["trafilatura.extract"] = lambda raw, url: (
            traf.extract(raw, include_comments=False, include_tables=False) or ""
        )
    found["text extract on html-text"] = lambda raw, url: text_cleaner.clean(html_text_cache[raw])
    return found


#: the html-text rendering of each page (filled by main; the text path reads it)
html_text_cache: dict[bytes, str] = {}


def _sums(rows: list[tuple[int, int, int, int]]) -> tuple[int, int, int]:
    """(tp, fn, fp) over ``rows``."""
    return sum(r[0] for r in rows), sum(r[1] for r in rows), sum(r[2] for r in rows)


class Tally:
    """Snippet counts and CPU time of one system."""

    def __init__(self) -> None:
        self.per_page: list[tuple[int, int, int, int]] = []  # (tp, fn, fp, tn)
        self.seconds = 0.0

    def totals(self) -> tuple[int, int, int, int]:
        tp, fn, fp, tn = (sum(col) for col in zip(*self.per_page, strict=True))
        return tp, fn, fp, tn

    @staticmethod
    def f1(tp: int, fn: int, fp: int) -> float:
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        return 2 * p * r / max(1e-9, p + r)

    def delta(self, other: Tally, rounds: int = 200, seed: int = 0) -> tuple[float, float]:
        """F1 of this tally minus ``other``'s (same pages), and its paired bootstrap sd."""
        rng, n, values = random.Random(seed), len(self.per_page), []
        for _ in range(rounds):
            draw = [rng.randrange(n) for _ in range(n)]
            a = [self.per_page[i] for i in draw]
            b = [other.per_page[i] for i in draw]
            values.append(self.f1(*_sums(a)) - self.f1(*_sums(b)))
        return self.f1(*_sums(self.per_page)) - self.f1(*_sums(other.per_page)), statistics.pstdev(
            values
        )

    def f1_std(self, rounds: int = 200, seed: int = 0) -> float:
        """Bootstrap standard deviation of F1 (pages drawn with replacement)."""
        rng, pages, values = random.Random(seed), self.per_page, []
        for _ in range(rounds):
            draw = [pages[rng.randrange(len(pages))] for _ in pages]
            tp, fn, fp, _ = (sum(col) for col in zip(*draw, strict=True))
            values.append(self.f1(tp, fn, fp))
        return statistics.pstdev(values)


def run(pages: list[dict[str, object]], fns: dict[str, System], failures: int) -> dict[str, Tally]:
    tallies = {name: Tally() for name in fns}
    shown = 0
    for page in pages:
        raw, url = page["raw"], str(page["url"])
        with_, without = page["with"], page["without"]
        for name, fn in fns.items():
            t = time.process_time()
            out = fn(raw, url)  # type: ignore[arg-type]
            tallies[name].seconds += time.process_time() - t
            out = _squash(out)
            lost = [s for s in with_ if s not in out]  # type: ignore[attr-defined]
            kept = [s for s in without if s in out]  # type: ignore[attr-defined]
            n_with, n_without = len(with_), len(without)  # type: ignore[arg-type]
            tallies[name].per_page.append(
                (n_with - len(lost), len(lost), len(kept), n_without - len(kept))
            )
            if name == "clean_html" and (lost or kept) and shown < failures:
                shown += 1
                print(f"{page['id']}: lost {lost} kept {kept}")
    return tallies


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_repo_options(ap)
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    ap.add_argument("--variants", action="store_true", help="also other steps after extraction")
    ap.add_argument("--ablate", action="store_true", help="also each HTML signal switched off")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--failures", type=int, default=0, help="list clean_html's first N misses")
    args = ap.parse_args(argv)
    try:
        pages = load(args.repo, args.commit, args.limit)
    except mirror.ERRORS as exc:
        return mirror.unreadable(exc)
    import html_text

    for p in pages:
        html_text_cache[p["raw"]] = html_text.extract_text(decode(p["raw"]))  # type: ignore[index,arg-type]
    fns = systems(args.variants, not args.no_trafilatura, args.ablate)
    tallies = run(pages, fns, args.failures)
    mb = sum(len(p["raw"]) for p in pages) / 1e6  # type: ignore[arg-type]
    print(f"{len(pages)} pages with snippets found in the html-text rendering, {mb:.1f} MB")
    ref = tallies.get("trafilatura.extract")
    base = tallies["extraction alone"]
    print(f"{'system':41} {'with kept':>9} {'w/o dropped':>11} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'± F1':>6} {'pages ok':>8} {'cpu s':>7} {'vs traf':>8} "
          f"{'Δ F1 (paired sd)':>17}")  # fmt: skip
    for name, t in tallies.items():
        tp, fn, fp, tn = t.totals()
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        ok = sum(b == 0 and c == 0 for _, b, c, _ in t.per_page) / max(1, len(t.per_page))
        speed = f"{ref.seconds / t.seconds:7.1f}x" if ref and t.seconds else "       -"
        d, sd = t.delta(base)
        delta = f"{d:+.4f} ({sd:.4f})" if t is not base else ""
        print(f"{name:41} {r:9.3f} {tn / max(1, tn + fp):11.3f} {p:6.3f} {r:6.3f} "
              f"{t.f1(tp, fn, fp):6.3f} {t.f1_std():6.3f} {ok:8.3f} {t.seconds:7.2f} "
              f"{speed} {delta:>17}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

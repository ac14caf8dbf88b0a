"""Build check sets that no rule was tuned on: the article test pages of four other
extraction libraries, as plain text and as HTML.

    .venv/bin/python benchmarks/build_holdout.py [--newspaper PATH] [--goose PATH] \\
        [--fundus PATH] [--postlight PATH] [--out DIR]

Each option names a clone or bare mirror of one source; a source not given is skipped (its
files in ``DIR`` are left as they are).

Sources (the pages are not copied into this repository; this script rebuilds them from a
clone or bare mirror, at pinned commits):

- newspaper4k, https://github.com/AndyTheFactory/newspaper4k (MIT, Copyright Lucas Ou-Yang
  and contributors), ``tests/data/html/NAME.html`` with the article text the library's tests
  expect in ``tests/data/txt/NAME.txt``. News pages in English, Arabic, Burmese, Chinese,
  Japanese, Korean, Latvian, Spanish and Thai. The expected text is the whole article, so
  precision and recall both count.
- goose3, https://github.com/goose3/goose3 (Apache-2.0, Copyright Xavier Grangier and
  contributors), ``tests/data/content/test_NAME.html`` with ``expected.cleaned_text`` in
  ``test_NAME.json``. The expected text is the article's beginning only (goose3's tests
  compare a prefix), so only recall means anything here: whether the start of the article
  survives.

- fundus, https://github.com/flairNLP/fundus (MIT, Copyright (c) 2023 Max Dallabetta, Conrad
  Dobberstein, Aaron Wey), ``tests/resources/parser/test_data/CC/Publisher_DATE.html.gz`` with
  the parsed article in ``CC/Publisher.json`` (one entry per parser version ``V1``, ``V2``,
  ...). fundus's tests pick the parser version from the page's crawl date (``CC/meta.info``),
  one page per version; here the pages of a publisher, ordered by crawl date, are paired with
  its versions in order (a publisher whose counts differ is skipped). The expected text is the
  article's body: the summary, then each section's headlines and paragraphs, one per line (not
  the title, not the authors); precision and recall both count. News pages from about 40
  countries in many languages. A DEV set: patterns found there may be fixed.
- Postlight Parser, https://github.com/postlight/parser (MIT or Apache-2.0, Copyright
  Postlight), ``fixtures/NAME.html`` with the first 13 words of the article that the
  ``returns the content`` test of ``src/extractors/custom/DOMAIN/index.test.js`` asserts
  (``first13``, via ``excerptContent``). Tests without such a string are skipped. Like goose3,
  only recall means anything: whether the article's start survives. A CHECK set: only scored,
  never read page by page for tuning.

Pages that fail to decode or to render (an exception, or no text at all) are skipped and
counted, with the reason, on standard error.

No library's evaluation folder is read (newspaper4k's ``evaluation/`` uses a benchmark
whose held-out part is this project's test set), and no page comes from an evaluation set the
project must not use.

Output, in ``DIR`` (default ``benchmarks/holdout/``, which git ignores): for each source a
``SOURCE_text.jsonl`` (``text`` is the page rendered to plain text by ``html_text``) and a
``SOURCE_html.jsonl`` (``text`` is the HTML), each line ``{"id", "text", "expected"}``: the
format of ``../shared/tools/score_boilerplate.py``. Score with, for example::

    python ../shared/tools/score_boilerplate.py benchmarks/holdout/newspaper_text.jsonl \\
        --command "cleantext clean --preset extract -"
    python ../shared/tools/score_boilerplate.py benchmarks/holdout/newspaper_html.jsonl \\
        --command "cleantext clean --format html -"
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import html_text

from cleantext.html import decode_html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _mirror import git

#: the commits the figures in docs/benchmarks.md were measured on
NEWSPAPER_COMMIT = "540bff3"
GOOSE_COMMIT = "c5a8902"
FUNDUS_COMMIT = "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8"
POSTLIGHT_COMMIT = "e8ba7ece291efa4d915d50dd4deeec17d54359f2"
FUNDUS_DATA = "tests/resources/parser/test_data"
OUT = Path(__file__).resolve().parent / "holdout"
#: pages or tests left out, each with its reason (printed on standard error)
SKIPPED: list[str] = []


def _names(repo: Path, commit: str, folder: str) -> list[str]:
    listing = git(repo, "ls-tree", "--name-only", f"{commit}:{folder}").decode()
    return sorted(listing.split())


def _newspaper(repo: Path, commit: str) -> Iterator[tuple[str, bytes, str]]:
    texts = {n[: -len(".txt")] for n in _names(repo, commit, "tests/data/txt")}
    for name in _names(repo, commit, "tests/data/html"):
        stem = name[: -len(".html")]
        if stem in texts:
            expected = git(repo, "show", f"{commit}:tests/data/txt/{stem}.txt").decode()
            yield stem, git(repo, "show", f"{commit}:tests/data/html/{name}"), expected


def _goose(repo: Path, commit: str) -> Iterator[tuple[str, bytes, str]]:
    names = _names(repo, commit, "tests/data/content")
    for name in names:
        stem = name[: -len(".html")]
        if name.endswith(".html") and f"{stem}.json" in names:
            meta = json.loads(git(repo, "show", f"{commit}:tests/data/content/{stem}.json"))
            expected = meta.get("expected", {}).get("cleaned_text") or ""
            if expected.strip():
                yield stem, git(repo, "show", f"{commit}:tests/data/content/{name}"), expected


def _fundus_gold(entry: dict[str, object]) -> str:
    """The body of one fundus test entry: summary, then each section's headlines and
    paragraphs, one per line."""
    body = entry.get("body")
    if not isinstance(body, dict):
        return ""
    lines = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        lines += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n".join(line.strip() for line in lines if isinstance(line, str) and line.strip())


def _version(name: str) -> tuple[int, ...]:
    """``V2_1`` -> (2, 1); ``()`` for a key that is not a parser version."""
    parts = name[1:].split("_")
    return tuple(map(int, parts)) if name[:1] == "V" and all(p.isdigit() for p in parts) else ()


def _fundus(repo: Path, commit: str) -> Iterator[tuple[str, bytes, str]]:
    for country in _names(repo, commit, FUNDUS_DATA):
        folder = f"{FUNDUS_DATA}/{country}"
        if "." in country:
            continue
        names = _names(repo, commit, folder)
        meta = (
            json.loads(git(repo, "show", f"{commit}:{folder}/meta.info"))
            if "meta.info" in names
            else {}
        )
        for name in names:
            if not name.endswith(".json"):
                continue
            publisher = name[: -len(".json")]
            pages = [n for n in names if n.startswith(f"{publisher}_") and n.endswith(".html.gz")]
            pages.sort(key=lambda n: str(meta.get(n, {}).get("crawl_date", n)))
            entries = json.loads(git(repo, "show", f"{commit}:{folder}/{name}"))
            versions = sorted((v for v in entries if _version(v)), key=_version)
            if len(versions) != len(pages):
                SKIPPED.append(
                    f"fundus {country}/{publisher}: {len(versions)} versions, {len(pages)} pages"
                )
                continue
            for version, page in zip(versions, pages, strict=True):
                expected = _fundus_gold(entries[version])
                stem = f"{country}/{page[: -len('.html.gz')]}"
                if not expected:
                    SKIPPED.append(f"fundus {stem}: no body in {version}")
                    continue
                raw = git(repo, "show", f"{commit}:{folder}/{page}")
                try:
                    yield stem, gzip.decompress(raw), expected
                except (OSError, EOFError) as exc:
                    SKIPPED.append(f"fundus {stem}: gzip: {exc}")


#: a JavaScript string literal: '...', "..." or a back-quoted string without substitutions
_STRING = r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|`[^`$]*`"
#: ``assert.equal(first13, LITERAL + LITERAL ...)`` in a Postlight test
FIRST13 = re.compile(
    rf"assert\.equal\(\s*first13\s*,\s*((?:{_STRING})(?:\s*\+\s*(?:{_STRING}))*)\s*,?\s*\)"
)
LITERAL = re.compile(r"'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\"|`([^`$]*)`")
FIXTURE = re.compile(r"readFileSync\(\s*['\"]\./fixtures/([^'\"]+)['\"]")
ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)")


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return {"n": "\n", "t": "\t", "r": "\r"}.get(code, code)


def _js_string(expression: str) -> str:
    parts = (next(g for g in m.groups() if g is not None) for m in LITERAL.finditer(expression))
    return "".join(ESCAPE.sub(_unescape, part) for part in parts)


def _postlight_tests(source: str) -> Iterator[tuple[str, str]]:
    """(fixture file, first 13 words) for each test case of one ``index.test.js``: the
    fixture a case reads, with the ``first13`` string asserted before the next fixture."""
    reads = list(FIXTURE.finditer(source))
    for i, read in enumerate(reads):
        end = reads[i + 1].start() if i + 1 < len(reads) else len(source)
        found = FIRST13.search(source, read.end(), end)
        if found is None:
            SKIPPED.append(f"postlight {read.group(1)}: no first13 string")
            continue
        yield read.group(1), _js_string(found.group(1))


def _postlight(repo: Path, commit: str) -> Iterator[tuple[str, bytes, str]]:
    seen: set[str] = set()
    for domain in _names(repo, commit, "src/extractors/custom"):
        try:
            test = git(repo, "show", f"{commit}:src/extractors/custom/{domain}/index.test.js")
        except subprocess.CalledProcessError:
            continue
        for fixture, expected in _postlight_tests(test.decode("utf-8")):
            stem = fixture[: -len(".html")] if fixture.endswith(".html") else fixture
            if stem in seen or not expected.strip():
                continue
            seen.add(stem)
            try:
                raw = git(repo, "show", f"{commit}:fixtures/{fixture}")
            except subprocess.CalledProcessError:
                SKIPPED.append(f"postlight {fixture}: no such fixture")
                continue
            yield stem, raw, expected


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _render(source: str, stem: str, raw: bytes) -> tuple[str, str] | None:
    """The page's HTML and its ``html_text`` rendering; ``None`` (and the reason in
    ``SKIPPED``) when it fails to decode or render."""
    try:
        html = decode_html(raw)
    except Exception as exc:  # any failure skips the page, never a crash
        SKIPPED.append(f"{source} {stem}: decode: {type(exc).__name__}: {exc}")
        return None
    try:
        text = html_text.extract_text(html)
    except Exception as exc:
        SKIPPED.append(f"{source} {stem}: render: {type(exc).__name__}: {exc}")
        return None
    if not text.strip():
        SKIPPED.append(f"{source} {stem}: render: no text")
        return None
    return html, text


def build(source: str, pages: Iterator[tuple[str, bytes, str]], out: Path) -> int:
    """Write ``SOURCE_text.jsonl`` and ``SOURCE_html.jsonl``; the number of pages."""
    as_text, as_html = [], []
    for stem, raw, expected in pages:
        rendered = _render(source, stem, raw)
        if rendered is None:
            continue
        html, text = rendered
        as_html.append({"id": stem, "text": html, "expected": expected})
        as_text.append({"id": stem, "text": text, "expected": expected})
    _write(out / f"{source}_text.jsonl", as_text)
    _write(out / f"{source}_html.jsonl", as_html)
    return len(as_text)


#: option name -> (pinned commit, the pages of a clone or mirror at it)
SOURCES = {
    "newspaper": (NEWSPAPER_COMMIT, _newspaper),
    "goose": (GOOSE_COMMIT, _goose),
    "fundus": (FUNDUS_COMMIT, _fundus),
    "postlight": (POSTLIGHT_COMMIT, _postlight),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--newspaper", type=Path, help="newspaper4k clone/mirror")
    ap.add_argument("--goose", type=Path, help="goose3 clone/mirror")
    ap.add_argument("--fundus", type=Path, help="fundus clone/mirror")
    ap.add_argument("--postlight", type=Path, help="postlight/parser clone/mirror")
    ap.add_argument("--out", type=Path, default=OUT)
    opts = ap.parse_args(argv)
    given = [name for name in SOURCES if getattr(opts, name) is not None]
    if not given:
        ap.error("give at least one of --" + ", --".join(SOURCES))
    opts.out.mkdir(parents=True, exist_ok=True)
    for name in given:
        commit, pages = SOURCES[name]
        SKIPPED.clear()
        n = build(name, pages(getattr(opts, name), commit), opts.out)
        for reason in SKIPPED:
            print(f"skipped: {reason}", file=sys.stderr)
        print(f"{name}: {n} pages, {len(SKIPPED)} skipped -> {opts.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

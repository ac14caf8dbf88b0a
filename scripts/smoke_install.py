"""Smoke test of an installed cleantext: the core, then one real call through every extra.

Run it with the Python of the environment to check, from outside the source tree (so that the
installed package is imported, not ``src/``)::

    python scripts/smoke_install.py                   # core only (what cibuildwheel runs)
    python scripts/smoke_install.py --require-kernels # and fail if the C kernels are missing
    python scripts/smoke_install.py --extras all      # every extra (scripts/check_install.sh)
    python scripts/smoke_install.py --no-extras       # no extra installed: each one is named
    python scripts/smoke_install.py --typing          # mypy --strict on a user's script

The core check also holds the package's conventions: ``cleantext.__version__`` is the
distribution's version, ``py.typed`` is installed, ``import cleantext`` warns nothing (``-W
error``) and loads none of the dependencies (they load on first use), and cleaning prints and
warns nothing (the library logs to the ``cleantext`` logger only). ``--typing`` (mypy must be
installed) checks a script that uses the public API with ``mypy --strict`` against the
installed package, and that a misspelt name is a type error.

An extra that cannot be imported is a failure, never a skip. Redis needs ``redis-server`` on
the PATH (it is started on a free loopback port and stopped at the end). Prints one line per
check and exits non-zero on the first failure.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import importlib.metadata
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ALL = ("html", "zstd", "redis", "dask", "scrapy", "dataframes", "datatrove")
DIRTY = "Caf\u00c3\u00a9 &amp; bar ,  open.\n\nRead more"
CLEAN = "Café & bar, open."
ARTICLE = " ".join(f"word{i} sentence{i % 7}." for i in range(60))


def check_core(require_kernels: bool) -> str:
    import cleantext
    from cleantext.cli import main
    from cleantext.corpus.dedup import DedupOptions, dedup_corpus
    from cleantext.minhash.shingle import compiled

    assert cleantext.clean(DIRTY) == CLEAN, cleantext.clean(DIRTY)
    result = dedup_corpus([ARTICLE, ARTICLE + " extra", "something else entirely"], DedupOptions())
    assert result.kept.tolist() == [0, 0, 2], result.kept
    if require_kernels and not compiled():
        raise AssertionError("the C kernels of corpus dedup are not in this install")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "in.txt.gz")
        src.write_bytes(gzip.compress(DIRTY.encode()))
        assert main(["-q", "clean", str(src), "-o", str(Path(tmp, "out.txt"))]) == 0
        assert Path(tmp, "out.txt").read_text(encoding="utf-8").strip() == CLEAN
    exe = subprocess.run(
        [sys.executable, "-m", "cleantext", "--version"], capture_output=True, text=True
    )
    version = importlib.metadata.version("cleantext-scrape")
    assert exe.returncode == 0 and exe.stdout == f"cleantext {version}\n", exe
    assert cleantext.__version__ == version, (cleantext.__version__, version)
    assert Path(cleantext.__file__).with_name("py.typed").is_file(), "py.typed is not installed"
    loaded = subprocess.run(
        [sys.executable, "-W", "error", "-c", "import sys, cleantext; print(*sys.modules)"],
        capture_output=True,
        text=True,
    )
    assert loaded.returncode == 0 and not loaded.stderr, loaded.stderr
    heavy = {"numpy", "scipy", "regex", "ftfy", "datasketch", "xxhash"}
    assert not heavy & set(loaded.stdout.split()), heavy & set(loaded.stdout.split())
    quiet = subprocess.run(
        [sys.executable, "-W", "error", "-c", QUIET],
        capture_output=True,
        text=True,
    )
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", ""), quiet
    return f"cleantext {cleantext.__version__}, kernels {'on' if compiled() else 'off'}"


#: cleaning in a fresh process under ``-W error``: no output, no warning, the logger silent
QUIET = f"""
import logging, cleantext
for preset in ("light", "extract", "none"):
    cleantext.clean({DIRTY!r}, preset=preset)
cleantext.dedup_corpus([{ARTICLE!r}] * 2)
assert [type(h).__name__ for h in logging.getLogger("cleantext").handlers] == ["NullHandler"]
"""

#: a pipeline script that uses the public API as the docs show it; it must pass mypy --strict
USER_SCRIPT = """
from __future__ import annotations

import cleantext
from cleantext import Cleaner, Config, ConfigError, DedupOptions, Document, Edit, MemoryIndex


def run(texts: list[str]) -> list[str]:
    out = [cleantext.clean(t, preset="extract") for t in texts]
    doc: Document = Cleaner(preset="light", disable=["capitalize-sentence"]).clean_document(out[0])
    edits: tuple[Edit, ...] = doc.edits
    assert cleantext.replay(doc.source, edits) == doc.text
    config: Config = Config.from_dict({"preset": "extract"})
    kept: list[int] = cleantext.dedup_corpus(texts, DedupOptions(threshold=0.8)).kept.tolist()
    opts = DedupOptions()
    index = MemoryIndex(opts.scheme(), 0.8)
    first: str | None = index.check_and_insert("a", opts.signer().sign(texts).values[0])
    try:
        Cleaner(preset="extrct")
    except ConfigError as exc:
        out.append(f"{exc} {config.preset} {kept} {first}")
    return out
"""


def check_typing() -> str:
    """``mypy --strict`` passes on :data:`USER_SCRIPT` against the installed package (its
    ``py.typed``), and fails on a misspelt public name."""
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "user_script.py").write_text(USER_SCRIPT, encoding="utf-8")
        Path(tmp, "typo.py").write_text("from cleantext import Clenaer\n", encoding="utf-8")
        r = subprocess.run(  # (one run for both: mypy's start is most of the time)
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--no-incremental",
                "user_script.py",
                "typo.py",
            ],
            capture_output=True,
            text=True,
            cwd=tmp,
        )
        errors = [line for line in r.stdout.splitlines() if ": error:" in line]
        assert r.returncode == 1 and len(errors) == 1, r.stdout + r.stderr
        assert errors[0].startswith("typo.py:1:") and '"Clenaer"' in errors[0], errors
    return "mypy --strict passes a user's script; a misspelt name is an error"


def check_html() -> str:
    import charset_normalizer
    import lxml.etree

    import cleantext
    from cleantext.cli import main

    body = "Le caf\u00e9 du port ouvre de nouveau ses portes ce lundi ,  apr\u00e8s trois mois."
    page = f"<html><body><nav><a href='/'>Accueil</a></nav><article><p>{body}</p></article>"
    want = body.replace(" ,  ", ", ")
    assert cleantext.clean_html(page.encode("cp1252")) == want  # undeclared: guessed
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "page.html.gz")
        src.write_bytes(gzip.compress(page.encode("utf-8")))
        assert main(["-q", "clean", str(src), "-o", str(Path(tmp, "out.txt"))]) == 0
        assert Path(tmp, "out.txt").read_text(encoding="utf-8") == want
    return (
        f"lxml {'.'.join(map(str, lxml.etree.LXML_VERSION[:3]))}, charset-normalizer "
        f"{charset_normalizer.__version__}: clean_html and clean page.html.gz"
    )


def check_zstd() -> str:
    import zstandard

    from cleantext.io import read_text

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "docs.jsonl.zst")
        path.write_bytes(zstandard.ZstdCompressor().compress(b'{"text": "a  b"}\n'))
        assert read_text(str(path)) == '{"text": "a  b"}\n'
    return f"zstandard {zstandard.__version__}: .zst read"


@contextlib.contextmanager
def _redis_server() -> Iterator[str]:
    exe = shutil.which("redis-server")
    if exe is None:
        raise AssertionError("redis-server is not on the PATH (apt-get install redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            if time.monotonic() > deadline or proc.poll() is not None:
                raise AssertionError("redis-server did not start")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)


def check_redis() -> str:
    import redis

    from cleantext.integrations.seen import open_seen_index

    with _redis_server() as url:
        seen = open_seen_index(url, threshold=0.8)
        try:
            assert seen.check_and_insert("a", ARTICLE) is None
            assert seen.check_and_insert("b", ARTICLE + " end") == "a"
        finally:
            seen.close()
    return f"redis-py {redis.__version__}: RedisIndex check_and_insert on a real redis-server"


def check_dask() -> str:
    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster

    from cleantext.integrations.dask import clean_bag, dedup_bag

    with (
        LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        bag = db.from_sequence([DIRTY, ARTICLE, ARTICLE + " extra"], npartitions=2)
        assert clean_bag(bag).compute()[0] == CLEAN
        assert dedup_bag(bag).kept.tolist() == [0, 1, 1]
    return f"dask {dask.__version__}: clean_bag and dedup_bag on a LocalCluster"


def check_scrapy() -> str:
    import scrapy
    import trafilatura
    from scrapy.utils.test import get_crawler

    from cleantext.integrations.scrapy import CleanTextPipeline

    crawler = get_crawler(settings_dict={"CLEANTEXT_HTML_FIELD": "html"})
    pipeline = CleanTextPipeline.from_crawler(crawler)
    pipeline.open_spider()
    body = " ".join(["This is the article text ,  with a sentence that is long enough."] * 8)
    html = f"<html><body><article><h1>Title</h1><p>{body}</p></article></body></html>"
    item = pipeline.process_item({"html": html, "url": "https://example.org/a"})
    pipeline.close_spider()
    assert "article text, with" in item["text"], item
    with tempfile.TemporaryDirectory() as tmp:
        _run_spider(Path(tmp), html)
    return (
        f"scrapy {scrapy.__version__}, trafilatura {trafilatura.__version__}: pipeline + HTML, "
        "scrapy runspider with the documented settings"
    )


#: a spider set up as docs/scrapy.md shows (its settings, its add-on), crawling file:// pages
SPIDER = """
import scrapy


class Pages(scrapy.Spider):
    name = "pages"
    start_urls = {urls!r}
    custom_settings = {{
        "ADDONS": {{"cleantext.integrations.scrapy.CleanTextAddon": 0}},
        "CLEANTEXT_HTML_FIELD": "html",
        "CLEANTEXT_DEDUP": "sqlite:///seen.db",
        "LOG_LEVEL": "WARNING",
    }}

    def parse(self, response):
        yield {{"url": response.url, "html": response.text, "text": ""}}
"""


def _run_spider(tmp: Path, html: str) -> None:
    """``python -m scrapy runspider`` on two copies of a page: one item is kept, cleaned, and
    the index is ``seen.db`` in the working directory (``sqlite:///seen.db`` named
    ``/seen.db`` at the root before session 25)."""
    urls = []
    for name in ("a.html", "b.html"):
        Path(tmp, name).write_text(html, encoding="utf-8")
        urls.append(Path(tmp, name).as_uri())
    Path(tmp, "spider.py").write_text(SPIDER.format(urls=urls), encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "scrapy", "runspider", "spider.py", "-o", "items.jsonl"],
        capture_output=True,
        text=True,
        cwd=tmp,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    items = [
        json.loads(line) for line in Path(tmp, "items.jsonl").read_text("utf-8").split("\n") if line
    ]
    assert len(items) == 1 and "article text, with" in items[0]["text"], (items, r.stderr)
    assert Path(tmp, "seen.db").is_file(), sorted(p.name for p in Path(tmp).iterdir())


def check_dataframes() -> str:
    import datasets
    import pandas as pd
    import polars as pl

    from cleantext.integrations.dataframes import batch_fn, clean_series, polars_expr

    assert clean_series(pd.Series([DIRTY, None])).tolist()[0] == CLEAN
    frame = pl.DataFrame({"text": [DIRTY]}).with_columns(polars_expr("text"))
    assert frame["text"].to_list() == [CLEAN]
    ds = datasets.Dataset.from_dict({"text": [DIRTY, "x"]})
    assert ds.map(batch_fn("text"), batched=True)["text"] == [CLEAN, "x"]
    return f"pandas {pd.__version__}, polars {pl.__version__}, datasets {datasets.__version__}"


def check_datatrove() -> str:
    from datatrove.data import Document
    from datatrove.executor import LocalPipelineExecutor

    from cleantext.integrations.datatrove import CleanTextStep

    with tempfile.TemporaryDirectory() as tmp:
        out: list[Document] = []

        def collect(data, rank=0, world_size=1):  # type: ignore[no-untyped-def]
            for doc in data:
                out.append(doc)
                yield doc

        docs = [Document(text=DIRTY, id="0")]
        executor = LocalPipelineExecutor(
            pipeline=[docs, CleanTextStep(), collect], logging_dir=str(Path(tmp, "logs"))
        )
        executor.run()
    assert [d.text for d in out] == [CLEAN], out
    assert out[0].metadata["cleantext_edits"], out[0].metadata
    version = importlib.metadata.version("datatrove")
    return f"datatrove {version}: CleanTextStep in a LocalPipelineExecutor"


def _hint(extra: str) -> str:
    return f'pip install "cleantext-scrape[{extra}]"'


def _names_extra(extra: str, call: Callable[[], object]) -> None:
    """``call`` raises a one-line error that ends with the ``pip install`` of ``extra``."""
    from cleantext.errors import MissingExtraError

    try:
        call()
    except MissingExtraError as exc:
        message = str(exc)
        assert message.endswith(_hint(extra)) and "\n" not in message, message
    else:
        raise AssertionError(f"no error without the {extra} extra")


def _cli_names_extra(extra: str, argv: list[str], cwd: str) -> None:
    """``cleantext ARGV`` exits 1 with one line on stderr naming ``extra``: no traceback."""
    r = subprocess.run(
        [sys.executable, "-m", "cleantext", *argv], capture_output=True, text=True, cwd=cwd
    )
    want = f"cleantext: error: {r.stderr.partition('error: ')[2]}"
    assert r.returncode == 1 and r.stderr == want, (argv, r.returncode, r.stderr)
    assert r.stderr.endswith(_hint(extra) + "\n"), (argv, r.stderr)


def check_no_extras() -> str:
    """Without any extra: none is importable, and what needs one names it in one line, from
    the library and from the command line."""
    import importlib
    import importlib.util

    import cleantext
    from cleantext._extras import EXTRAS
    from cleantext.integrations.seen import open_seen_index
    from cleantext.io import read_text

    found = {e for e, mods in EXTRAS.items() if importlib.util.find_spec(mods[0].split(".")[0])}
    assert not found, f"installed without asking: {sorted(found)}"
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "a.txt.zst").write_bytes(b"\x28\xb5\x2f\xfd")
        Path(tmp, "page.html").write_text("<html><body><p>x</p></body></html>", "utf-8")
        _names_extra("html", lambda: cleantext.clean_html("<p>x</p>"))
        _names_extra("zstd", lambda: read_text(str(Path(tmp, "a.txt.zst"))))
        _names_extra("redis", lambda: open_seen_index("redis://127.0.0.1:1/0"))
        for module, extra in [
            ("cleantext.integrations.scrapy", "scrapy"),
            ("cleantext.integrations.datatrove", "datatrove"),
            ("cleantext.integrations.redis_index", "redis"),
        ]:
            _names_extra(extra, lambda m=module: importlib.import_module(m))  # type: ignore[misc]
        from cleantext.integrations.dataframes import clean_series, polars_expr

        _names_extra("dataframes", lambda: clean_series([]))
        _names_extra("dataframes", lambda: polars_expr("text"))
        _cli_names_extra("html", ["clean", "page.html"], tmp)
        _cli_names_extra("html", ["explain", "page.html"], tmp)
        _cli_names_extra("zstd", ["clean", "a.txt.zst"], tmp)
        _cli_names_extra("zstd", ["clean", "page.html", "--format", "text", "-o", "b.txt.zst"], tmp)
    return "each missing extra is named in one line (library and command line)"


CHECKS: dict[str, Callable[[], str]] = {
    "html": check_html,
    "zstd": check_zstd,
    "redis": check_redis,
    "dask": check_dask,
    "scrapy": check_scrapy,
    "dataframes": check_dataframes,
    "datatrove": check_datatrove,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--extras", default="", help="comma-separated extras to check, or 'all'")
    parser.add_argument("--require-kernels", action="store_true")
    parser.add_argument(
        "--no-extras", action="store_true", help="check that each missing extra is named"
    )
    parser.add_argument("--typing", action="store_true", help="mypy --strict on a user's script")
    args = parser.parse_args(argv)
    extras = ALL if args.extras == "all" else tuple(e for e in args.extras.split(",") if e)
    import cleantext

    where = Path(cleantext.__file__).resolve().parent
    print(f"cleantext imported from {where}")
    if os.environ.get("CLEANTEXT_SMOKE_ALLOW_SOURCE") != "1" and where.parent.name == "src":
        print("FAIL: run this outside the source tree, so the installed package is tested")
        return 1
    steps: list[tuple[str, Callable[[], str]]] = [
        ("core", lambda: check_core(args.require_kernels))
    ]
    steps += [(e, CHECKS[e]) for e in extras]
    if args.no_extras:
        steps.append(("no extras", check_no_extras))
    if args.typing:
        steps.append(("typing", check_typing))
    for name, check in steps:
        started = time.perf_counter()
        try:
            what = check()
        except Exception as exc:
            print(f"FAIL {name}: {type(exc).__name__}: {exc}")
            return 1
        print(f"ok   {name:<10} {time.perf_counter() - started:5.1f} s  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

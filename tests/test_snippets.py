"""Every code snippet of README.md and docs/ runs as written.

Each page's ``python``, ``sh``/``bash`` and ``console`` blocks run in page order (the Python
blocks of a page share one namespace, as for a reader going down the page), in a sandbox
directory that holds what the snippets name: ``examples/``, ``page.txt`` (the French example),
``crawl.jsonl`` (and ``.gz``) with ``url``, ``text`` and ``body`` fields from two sites,
``pages/``, ``cleantext.toml``, a small Parquet dataset ``crawl.parquet/`` (where pandas is
installed) and JSONL parts under ``crawl/2024-*/``. ``cleantext`` on the
PATH is this checkout's command.

Expected values written as a comment after an expression (``expr  # 'value'`` or on the next
line) are checked when the comment is a Python literal. Snippets that talk to Redis get a real
``redis-server`` on a free loopback port: ``localhost:6379`` in the snippet is pointed there.

A block preceded by ``<!-- snippet: skip (why) -->`` is illustrative only (installs, benchmark
runs of minutes on the shared dev sets); ``<!-- snippets: skip-page (why) -->`` anywhere in a
page skips all of its blocks. Use them sparingly.

A page whose first lines start with ``pip install "cleantext-scrape[EXTRA]"`` needs that extra;
a block preceded by ``<!-- snippet: needs EXTRA -->`` needs it too. Run as a script,
``python tests/test_snippets.py --installed`` runs, with the installed ``cleantext`` (not
``src/``), every block whose extras are installed: ``scripts/check_install.sh`` runs it in a
fresh venv that has no extra, to check that the core pages work as written without one.
"""

from __future__ import annotations

import ast
import contextlib
import gzip
import io
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from _rules import restored_registry
from _servers import RedisServer, running_redis

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUN_LANGS = {"python", "sh", "bash", "console"}
SKIP = re.compile(r"<!--\s*snippet:\s*skip\b")
SKIP_PAGE = re.compile(r"<!--\s*snippets:\s*skip-page\b")
NEEDS = re.compile(r"<!--\s*snippet:\s*needs\s+([\w,]+)")
PAGE_NEEDS = re.compile(r'^`pip install "cleantext-scrape\[([\w,]+)\]"`', re.M)
#: run_shell's PYTHONPATH: this checkout's package (None: the installed one, see main())
SOURCE: Path | None = ROOT / "src"
FENCE = re.compile(r"^(\s*)```(\w*)\s*$")


@dataclass
class Snippet:
    page: Path
    line: int
    lang: str
    code: str
    skip: bool
    needs: frozenset[str] = frozenset()

    @property
    def where(self) -> str:
        name = self.page.relative_to(ROOT) if self.page.is_relative_to(ROOT) else self.page.name
        return f"{name}:{self.line}"


def _extras(found: re.Match[str] | None) -> frozenset[str]:
    return frozenset(found.group(1).split(",")) if found else frozenset()


def snippets(page: Path) -> list[Snippet]:
    """The fenced code blocks of ``page`` in a language this test runs."""
    lines = page.read_text(encoding="utf-8").splitlines()
    page_needs = _extras(PAGE_NEEDS.search("\n".join(lines[:5])))
    found: list[Snippet] = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m or not m.group(2):
            i += 1
            continue
        indent, lang, start = m.group(1), m.group(2), i
        body: list[str] = []
        i += 1
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i][len(indent) :])
            i += 1
        prev = next((ln for ln in reversed(lines[:start]) if ln.strip()), "")
        if lang in RUN_LANGS:
            code, skip = "\n".join(body) + "\n", bool(SKIP.search(prev))
            needs = page_needs | _extras(NEEDS.search(prev))
            found.append(Snippet(page, start + 1, lang, code, skip, needs))
        i += 1
    return found


# -- the sandbox ------------------------------------------------------------------------------

SITES = {
    "https://news.example.org": "Menu | World | Sport\nSubscribe to our newsletter",
    "https://blog.example.com": "Home · Archive · About\nShare this post",
}


def _records() -> list[dict[str, str]]:
    recs = []
    for host, chrome in SITES.items():
        for i in range(4):
            body = (
                f"Article {i} from {host.split('//')[1]}: the council met on Tuesday ,  and "
                f"voted on the budget for the year. Caf\u00c3\u00a9 owners asked for longer "
                f"terrace hours &amp; a new market day. Topic {i} was discussed at length."
            )
            text = f"{chrome}\n\n{body}\n\nRead more"
            recs.append({"url": f"{host}/a{i}", "text": text, "body": text})
    return recs


PAGE_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Bridge</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge to close</h1>
<p>The old bridge over the river will close for repairs on Monday, the council said on
Tuesday, after inspectors found cracks in two of its supporting piers.</p>
<p>Buses will take a detour through the town centre while the work goes on, which should
last about six weeks if the weather holds.</p></article>
<aside><a href="/a">Read also: the new market</a> <a href="/b">Most read</a></aside>
<footer>Copyright 2026 News Example</footer></body></html>
"""


def _make_sandbox(root: Path) -> None:
    shutil.copytree(ROOT / "examples", root / "examples")
    shutil.copy(ROOT / "examples" / "scraped_article_fr.txt", root / "page.txt")
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records())
    (root / "crawl.jsonl").write_text(lines, encoding="utf-8")
    (root / "corpus.jsonl").write_text(lines, encoding="utf-8")
    (root / "day2.jsonl").write_text(lines, encoding="utf-8")
    (root / "crawl.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    for sub in ("2024-01", "2024-02"):
        (root / "crawl" / sub).mkdir(parents=True)
        (root / "crawl" / sub / "part-0.jsonl").write_text(lines, encoding="utf-8")
    (root / "pages" / "more").mkdir(parents=True)
    (root / "pages" / "one.txt").write_text("a  b ,c\n", encoding="utf-8")
    (root / "pages" / "more" / "two.txt").write_text("Caf\u00c3\u00a9 ouvert .\n", encoding="utf-8")
    (root / "cleantext.toml").write_text('preset = "light"\n', encoding="utf-8")
    (root / "page.html").write_text(PAGE_HTML, encoding="utf-8")  # docs/html.md
    (root / "page").write_text(PAGE_HTML, encoding="utf-8")  # (HTML found by content)
    pages = [{"url": f"https://news.example/a/{i}", "html": PAGE_HTML} for i in range(3)]
    (root / "pages.jsonl").write_text("".join(json.dumps(r) + "\n" for r in pages), "utf-8")
    with contextlib.suppress(ImportError):  # (an install without the dataframe extras)
        import pandas as pd

        (root / "crawl.parquet").mkdir()
        pd.DataFrame(_records()).to_parquet(root / "crawl.parquet" / "part-0.parquet")
    bin_dir = root / ".bin"
    bin_dir.mkdir()
    exe = bin_dir / "cleantext"
    exe.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m cleantext "$@"\n', encoding="utf-8")
    exe.chmod(0o755)


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    with running_redis() as server:
        yield server


def _uses_redis(page: Path) -> bool:
    return any("redis" in s.code and not s.skip for s in snippets(page))


# -- running ----------------------------------------------------------------------------------


def _point_at(code: str, server: RedisServer | None) -> str:
    if server is None:
        return code
    code = code.replace("localhost:6379", f"127.0.0.1:{server.port}")
    return code.replace('"port": 6379', f'"port": {server.port}')


def _expected(stmt: ast.stmt, lines: list[str]) -> tuple[bool, Any]:
    """The literal written as a comment after expression ``stmt``, if any."""
    if not isinstance(stmt, ast.Expr) or stmt.end_lineno is None:
        return False, None
    end_line = lines[stmt.end_lineno - 1]
    rest = end_line[stmt.end_col_offset or 0 :].strip()
    if not rest.startswith("#") and stmt.end_lineno < len(lines):
        rest = lines[stmt.end_lineno].strip()
    if not rest.startswith("#"):
        return False, None
    try:
        return True, ast.literal_eval(rest[1:].strip())
    except (ValueError, SyntaxError):
        return False, None


def run_python(snippet: Snippet, namespace: dict[str, Any], server: RedisServer | None) -> None:
    code = _point_at(snippet.code, server)
    lines = code.splitlines()
    tree = ast.parse(code, filename=snippet.where)
    for stmt in tree.body:
        has_expected, expected = _expected(stmt, lines)
        if has_expected:
            assert isinstance(stmt, ast.Expr)
            got = eval(compile(ast.Expression(stmt.value), snippet.where, "eval"), namespace)
            assert got == expected, f"{snippet.where} line {stmt.lineno}: {got!r} != {expected!r}"
        else:
            module = ast.Module(body=[stmt], type_ignores=[])
            exec(compile(module, snippet.where, "exec"), namespace)


def _shell_script(snippet: Snippet) -> str:
    if snippet.lang != "console":
        return snippet.code
    cmds, cont = [], False
    for line in snippet.code.splitlines():
        if line.startswith("$ ") or cont:
            cmds.append(line[2:] if line.startswith("$ ") else line)
            cont = line.endswith("\\")
    return "\n".join(cmds) + "\n"


def run_shell(snippet: Snippet, sandbox: Path, server: RedisServer | None) -> None:
    script = "set -euo pipefail\n" + _point_at(_shell_script(snippet), server)
    env = {
        **os.environ,
        "PATH": f"{sandbox / '.bin'}{os.pathsep}{os.environ['PATH']}",
        "NO_COLOR": "1",
    }
    env.pop("PYTHONPATH", None)
    if SOURCE is not None:
        env["PYTHONPATH"] = str(SOURCE)
    r = subprocess.run(
        ["bash", "-c", script],
        cwd=sandbox,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert r.returncode == 0, f"{snippet.where} failed ({r.returncode}):\n{script}\n{r.stderr}"


def _runnable(page: Path) -> bool:
    text = page.read_text(encoding="utf-8")
    return not SKIP_PAGE.search(text) and any(not s.skip for s in snippets(page))


def _page_ids() -> list[Any]:
    return [pytest.param(p, id=str(p.relative_to(ROOT))) for p in PAGES if _runnable(p)]


@pytest.mark.parametrize("page", _page_ids())
def test_page_snippets_run(page: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    server: RedisServer | None = (
        request.getfixturevalue("redis_server") if _uses_redis(page) else None
    )
    run_page(page, tmp_path, server)


def run_page(page: Path, sandbox: Path, server: RedisServer | None) -> None:
    """Run the page's snippets in order in a new ``sandbox``; logging and the rule registry
    are put back as they were after."""
    _run_blocks(page, [s for s in snippets(page) if not s.skip], sandbox, server)


def _run_blocks(
    page: Path, found: list[Snippet], sandbox: Path, server: RedisServer | None
) -> None:
    _make_sandbox(sandbox)
    namespace: dict[str, Any] = {"__name__": "__snippet__"}
    cwd = Path.cwd()
    saved = [
        (lg, lg.level, lg.handlers[:]) for lg in (logging.root, logging.getLogger("cleantext"))
    ]
    os.chdir(sandbox)
    try:
        with restored_registry():  # a page that shows how to add a rule adds it for itself
            for snippet in found:
                if snippet.lang == "python":
                    run_python(snippet, namespace, server)
                else:
                    run_shell(snippet, sandbox, server)
    finally:
        os.chdir(cwd)
        for lg, level, handlers in saved:  # snippets may configure logging
            lg.setLevel(level)
            lg.handlers[:] = handlers


def test_markers_are_few() -> None:
    """Skip markers stay the exception: most snippets run."""
    every = [s for p in PAGES for s in snippets(p)]
    skipped = [s for s in every if s.skip]
    assert len(skipped) <= 10, [s.where for s in skipped]
    assert len(every) - len(skipped) >= 30
    skipped_pages = {p.name for p in PAGES if SKIP_PAGE.search(p.read_text(encoding="utf-8"))}
    assert skipped_pages <= {"benchmarks.md"}, skipped_pages


def test_snippet_parser_and_checks(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text(
        "x\n\n```python\nx = 1 + 1\nx  # 2\n```\n\n"
        "<!-- snippet: skip (demo) -->\n```sh\nfalse\n```\n",
        encoding="utf-8",
    )
    a, b = snippets(page)
    assert (a.lang, a.line, a.skip, b.lang, b.skip) == ("python", 3, False, "sh", True)
    ns: dict[str, Any] = {}
    run_python(a, ns, None)  # the expected 2 holds
    with pytest.raises(AssertionError, match="2 != 3"):
        run_python(Snippet(page, 1, "python", "x = 2\nx\n# 3\n", False), ns, None)


def test_a_page_that_adds_a_rule_leaves_the_registry_as_it_was(tmp_path: Path) -> None:
    """docs/normalizers.md registers ``ellipsis-dots`` to show how; later tests (and pages)
    must not see it."""
    from cleantext import Cleaner, rules

    page = ROOT / "docs" / "normalizers.md"
    assert any('"ellipsis-dots"' in s.code and not s.skip for s in snippets(page))
    assert not _uses_redis(page)
    version = rules.registry_version()
    run_page(page, tmp_path, None)
    with pytest.raises(KeyError):
        rules.get_rule("ellipsis-dots")
    assert rules.registry_version() != version  # cached rule lists are computed anew
    assert Cleaner(steps=["normalize"]).clean("wait.... what") == "wait.... what"


def test_a_page_or_block_names_the_extra_it_needs(tmp_path: Path) -> None:
    """html.md needs [html] (its first line says how to install it); README's blocks need
    nothing; a ``needs`` marker adds an extra to one block."""
    assert all(s.needs == {"html"} for s in snippets(ROOT / "docs" / "html.md"))
    assert all(not s.needs for s in snippets(ROOT / "README.md"))
    page = tmp_path / "p.md"
    page.write_text(
        "```sh\ntrue\n```\n\n<!-- snippet: needs html,zstd -->\n```sh\ntrue\n```\n",
        encoding="utf-8",
    )
    assert [s.needs for s in snippets(page)] == [set(), {"html", "zstd"}]


def installed_extras() -> set[str]:
    """The extras whose modules this interpreter can import."""
    import importlib.util

    from cleantext._extras import EXTRAS

    return {
        extra
        for extra, modules in EXTRAS.items()
        if all(importlib.util.find_spec(m.split(".")[0]) for m in modules)
    }


def main() -> int:
    """Run every block whose extras are installed against the installed cleantext; print one
    line per page; exit 1 if a block fails."""
    global SOURCE
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--installed", action="store_true", required=True)
    parser.parse_args()
    import cleantext

    SOURCE = None
    have = installed_extras()
    print(f"cleantext {cleantext.__version__} from {Path(cleantext.__file__).parent}")
    print(f"extras installed: {', '.join(sorted(have)) or 'none'}")
    failed = 0
    for page in PAGES:
        if SKIP_PAGE.search(page.read_text(encoding="utf-8")):
            continue
        found = [s for s in snippets(page) if not s.skip]
        run = [s for s in found if s.needs <= have]
        if not run:
            continue
        started = time.perf_counter()
        try:
            with (
                tempfile.TemporaryDirectory() as tmp,
                contextlib.ExitStack() as stack,
                contextlib.redirect_stdout(io.StringIO()),  # (what the Python blocks print)
            ):
                redis = None
                if any("redis" in s.code for s in run):
                    redis = stack.enter_context(running_redis())
                _run_blocks(page, run, Path(tmp), redis)
            status = "ok"
        except Exception as exc:  # (an AssertionError with the block's stderr)
            status, failed = f"FAIL {type(exc).__name__}: {exc}", failed + 1
        took = time.perf_counter() - started
        print(f"{page.name}: {len(run)}/{len(found)} blocks, {took:.1f} s: {status}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

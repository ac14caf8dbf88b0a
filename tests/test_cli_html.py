"""``cleantext clean`` on HTML: files by extension or content, JSONL with --html-field and
--url-field, directories of .html/.html.gz; run as a subprocess like a user would."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from _pages import acme_profile

EXE = [sys.executable, "-m", "cleantext.cli"]
ARTICLE = (
    "The council voted on Tuesday to close the old bridge, which has been in use for over a "
    "century, and to build a new one further up the river."
)
PAGE = (
    "<!doctype html><html><head><title>T</title><script>var LEAK = 1;</script></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    f"<article><h1>Bridge</h1><p>{ARTICLE}</p></article>"
    "<footer>© Example News</footer></body></html>"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*EXE, *args], input=stdin, capture_output=True, timeout=120)


def test_html_file_by_extension_and_by_content(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode("cp1252"))
    done = run("clean", str(page))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == ARTICLE
    # no extension: the content says HTML; --format text keeps it as text
    (tmp_path / "page").write_text(PAGE, encoding="utf-8")
    assert run("clean", str(tmp_path / "page")).stdout.decode() == ARTICLE
    as_text = run("clean", "--format", "text", str(tmp_path / "page")).stdout.decode()
    assert "<nav>" in as_text
    assert run("clean", "--format", "html", "-", stdin=PAGE.encode()).stdout.decode() == ARTICLE


def test_jsonl_html_field_and_url_field(tmp_path: Path) -> None:
    acme_profile(tmp_path / "site.json")
    page = PAGE.replace("</article>", "<p>Acme News, 9 Main St.</p></article>")
    records = [
        {"link": "https://a.example/9", "html": page, "id": 1},
        {"link": "https://b.example/9", "html": page, "id": 2},
    ]
    src = tmp_path / "crawl.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = run(
        "clean",
        str(src),
        "--html-field",
        "html",
        "--url-field",
        "link",
        "--profile",
        str(tmp_path / "site.json"),
    )
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert out[0]["text"] == ARTICLE  # a.example's learned line removed
    assert out[1]["text"] == ARTICLE + "\n\nAcme News, 9 Main St."  # not b.example's
    assert out[0]["html"] == page and out[0]["id"] == 1


def test_directory_of_html_and_html_gz(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.html").write_text(PAGE, encoding="utf-8")
    (src / "b.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    (src / "c.txt").write_text("Plain  text here.", encoding="utf-8")
    done = run("clean", str(src), "-o", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "a.html").read_text(encoding="utf-8") == ARTICLE
    assert gzip.decompress((tmp_path / "out" / "b.html.gz").read_bytes()).decode() == ARTICLE
    assert (tmp_path / "out" / "c.txt").read_text(encoding="utf-8") == "Plain text here."


def test_explain_names_the_html_signal_of_each_dropped_block(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    done = run("explain", "--json", str(page))
    assert done.returncode == 0, done.stderr
    edits = json.loads(done.stdout)["edits"]
    notes = {e["before"].strip(): (e["rule"], e["note"]) for e in edits}
    assert notes["Home News"] == ("html-outside-main", "in <nav>")
    assert notes["Bridge"] == ("html-boilerplate", "headline <h1>")
    assert notes["© Example News"] == ("html-outside-main", "in <footer>")
    text = run("explain", "--color", "never", str(page)).stdout.decode()
    assert "[html-outside-main]" in text and "(in <nav>)" in text


def _crawl(tmp_path: Path, pages: int) -> tuple[Path, Path]:
    """A JSONL crawl of ``pages`` HTML records on two hosts, and a profile learned on one."""
    acme_profile(tmp_path / "site.json")
    page = PAGE.replace("</article>", "<p>Acme News, 9 Main St.</p></article>")
    src = tmp_path / "crawl.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i in range(pages):
            host = "a" if i % 2 == 0 else "b"
            html = page.replace("Bridge", f"Bridge {i}").replace("old bridge", f"bridge {i}")
            f.write(json.dumps({"link": f"https://{host}.example/{i}", "html": html}) + "\n")
    return src, tmp_path / "site.json"


def test_workers_2_on_html_jsonl_gives_the_one_process_output(tmp_path: Path) -> None:
    # more than one batch of 256 lines, so the two workers both get work
    src, profile = _crawl(tmp_path, 300)
    common = ["--html-field", "html", "--url-field", "link", "--profile", str(profile)]
    one = run("clean", str(src), *common, "-o", str(tmp_path / "one.jsonl"))
    two = run("clean", str(src), *common, "--workers", "2", "-o", str(tmp_path / "two.jsonl"))
    assert one.returncode == 0 and two.returncode == 0, (one.stderr, two.stderr)
    out = (tmp_path / "two.jsonl").read_bytes()
    assert out == (tmp_path / "one.jsonl").read_bytes()
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert len(records) == 300
    assert records[0]["text"] == ARTICLE.replace("old bridge", "bridge 0")
    assert records[299]["text"].endswith("Acme News, 9 Main St.")  # b.example keeps it


def test_explain_a_record_of_an_html_crawl_as_clean_cleans_it(tmp_path: Path) -> None:
    src, profile = _crawl(tmp_path, 2)
    common = ["--html-field", "html", "--url-field", "link", "--profile", str(profile)]
    cleaned = run("clean", str(src), *common)
    assert cleaned.returncode == 0, cleaned.stderr
    texts = [json.loads(line)["text"] for line in cleaned.stdout.decode().splitlines()]
    for line, text in enumerate(texts, start=1):
        done = run("explain", str(src), "--line", str(line), "--json", *common)
        assert done.returncode == 0, done.stderr
        explained = json.loads(done.stdout)
        assert explained["report"]["chars_out"] == len(text)
        rules = {e["rule"] for e in explained["edits"]}
        assert "html-outside-main" in rules  # the <nav> and <footer>, as for an HTML file
        assert ("site-boilerplate" in rules) == (line == 1)  # the profile applies to a.example only
    text = run("explain", str(src), "--line", "1", "--color", "never", *common).stdout.decode()
    assert "(in <nav>)" in text

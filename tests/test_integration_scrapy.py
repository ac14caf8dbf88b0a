"""The Scrapy pipeline in real crawls of pages served by a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import html
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import scrapy  # noqa: F401  (the scrapy extra, installed by make test: an import failure fails)
import trafilatura  # noqa: F401  (part of the scrapy extra)
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.test import get_crawler

import cleantext
from _pages import acme_profile
from _servers import RedisServer, free_port, running_redis, serve_directory
from cleantext.integrations.scrapy import CleanTextAddon, CleanTextPipeline, extract_html

HERE = Path(__file__).resolve().parent
PIPELINE = {"cleantext.integrations.scrapy.CleanTextPipeline": 300}
WIDGET = ["What's Your Reaction?", "like", "dislike", "love", "funny", "angry", "sad", "wow"]
OTHER = [
    "The city council approved the new budget on Tuesday after a long debate about school "
    "funding, road repairs and the future of the public library on Main Street.",
    "Council members voted seven to two in favour. The two members who opposed the plan said "
    "that the increase in property taxes would hurt families with fixed incomes.",
    "The budget takes effect on the first of July and will be reviewed again in the spring.",
]


def _page(title: str, paragraphs: list[str], nav: str = "") -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
        f"<nav>{nav}</nav><article>\n{body}\n</article>"
        "</body></html>"
    )


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, example_text: str) -> Iterator[str]:
    """The example article doubled with its widget, a near-duplicate copy, a clean page, a
    page left empty by cleaning, and an index linking to them."""
    root = tmp_path_factory.mktemp("site")
    paras = _paragraphs(example_text)  # title, 7 paragraphs, the same again, the widget
    title, article = paras[0], paras[1:8]
    copy = [p.replace("vendredi", "jeudi").replace('"', "«", 1) for p in article]
    pages = {
        "article.html": _page(title, paras),
        "copy.html": _page(title, [*copy, "Partager sur Facebook"], nav="Accueil | Monde"),
        "other.html": _page("Budget approved", OTHER),
        "empty.html": _page("Reactions", WIDGET),
    }
    for name, text in pages.items():
        (root / name).write_text(text, encoding="utf-8")
    links = "".join(f'<a href="{n}">{n}</a>' for n in pages)
    (root / "index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")
    with serve_directory(root) as base:
        yield base + "/index.html"


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    with running_redis() as server:
        yield server


def _run(start: str, out: Path, settings: dict[str, Any], kind: str) -> tuple[list[Any], str]:
    proc = subprocess.run(
        [sys.executable, str(HERE / "_crawl.py"), start, str(out), json.dumps(settings), kind],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    feed = out / "items.jsonl"
    lines = feed.read_text().splitlines() if feed.exists() else []
    return [json.loads(line) for line in lines], proc.stderr


def _crawl(
    start: str, out: Path, settings: dict[str, Any], kind: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    items, log = _run(start, out, settings, kind)
    assert "Traceback" not in log, log[-3000:]
    stats = json.loads((out / "stats.json").read_text())
    return {i["url"].rsplit("/", 1)[1]: i for i in items}, stats


def _assert_article_once(text: str, example_text: str) -> None:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    article = _paragraphs(example_text)[:8]
    assert lines[-7:] == [p.replace(". le gouv", ". Le gouv") for p in article[1:]]
    assert sum(line == article[0] for line in lines) == 1  # the title once
    assert sum(line == article[1] for line in lines) == 1  # the repeated article is there once
    assert not set(WIDGET) & set(lines)  # the reaction widget is gone


def test_crawl_dict_items_from_html(site: str, tmp_path: Path, example_text: str) -> None:
    settings = {
        "ITEM_PIPELINES": PIPELINE,
        "CLEANTEXT_HTML_FIELD": "html",
        "CLEANTEXT_FIELDS": ["text"],
        "CLEANTEXT_DEDUP": True,
        "CLEANTEXT_MIN_CHARS": 40,
    }
    items, stats = _crawl(site, tmp_path, settings, "dict")
    # pages come in link order: the article is kept, its near-copy dropped as a duplicate
    assert sorted(items) == ["article.html", "other.html"]
    _assert_article_once(items["article.html"]["text"], example_text)
    other = items["other.html"]
    assert other["text"] == "\n\n".join(OTHER)  # cleantext's HTML path: the article alone
    assert other["text"] == cleantext.clean_html(other["html"], url=other["url"])
    assert "empty.html" not in items  # nothing left after cleaning
    assert stats["cleantext/html_extracted"] == 4
    assert stats["cleantext/items"] == 4
    assert stats["cleantext/dropped/duplicate"] == 1
    assert stats["cleantext/dropped/empty"] == 1
    assert stats["item_scraped_count"] == 2


def test_crawl_with_trafilatura_as_the_extractor(
    site: str, tmp_path: Path, example_text: str
) -> None:
    settings = {
        "ITEM_PIPELINES": PIPELINE,
        "CLEANTEXT_HTML_FIELD": "html",
        "CLEANTEXT_HTML_EXTRACTOR": "trafilatura",
        "CLEANTEXT_MIN_CHARS": 40,
    }
    items, stats = _crawl(site, tmp_path, settings, "dict")
    other = items["other.html"]
    assert other["text"].splitlines()[-3:] == OTHER
    assert other["text"] == extract_html(other["html"])  # clean page: unchanged by cleaning
    assert stats["cleantext/html_extracted"] == 4


def test_unimportable_trafilatura_is_not_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura -> ImportError
    crawler = get_crawler(
        settings_dict={"CLEANTEXT_HTML_FIELD": "html", "CLEANTEXT_HTML_EXTRACTOR": "trafilatura"}
    )
    with pytest.raises(NotConfigured, match=r"cleantext-scrape\[scrapy\]"):
        CleanTextPipeline.from_crawler(crawler)
    crawler = get_crawler(settings_dict={"CLEANTEXT_HTML_EXTRACTOR": "readability"})
    with pytest.raises(NotConfigured, match="CLEANTEXT_HTML_EXTRACTOR"):
        CleanTextPipeline.from_crawler(crawler)


def test_item_url_limits_the_site_profile_to_its_host(tmp_path: Path) -> None:
    profile = acme_profile(tmp_path / "site.json")
    crawler = get_crawler(
        settings_dict={"CLEANTEXT_CONFIG": {"boilerplate": {"site_profile": str(profile)}}}
    )
    pipeline = CleanTextPipeline.from_crawler(crawler)
    text = "Another story about the weather.\nAcme News, 9 Main St."
    own = pipeline.process_item({"url": "https://a.example/9", "text": text})
    other = pipeline.process_item({"url": "https://b.example/1", "text": text})
    assert own["text"] == "Another story about the weather."
    assert other["text"] == text  # another host: a.example's lines do not apply


def test_crawl_dataclass_items_with_redis_addon(
    site: str, tmp_path: Path, example_text: str, redis_server: RedisServer
) -> None:
    settings = {
        "ADDONS": {"cleantext.integrations.scrapy.CleanTextAddon": 0},
        "CLEANTEXT_DEDUP": redis_server.url,
        "CLEANTEXT_DEDUP_NAMESPACE": "crawl-test",
    }
    items, stats = _crawl(site, tmp_path, settings, "dataclass")
    assert sorted(items) == ["article.html", "other.html"]
    _assert_article_once(items["article.html"]["text"], example_text)
    assert items["article.html"]["text"] == cleantext.clean(example_text)
    assert stats["cleantext/edits/repeated-block"] >= 1
    assert items["other.html"]["text"] == "\n\n".join(OTHER)
    assert items["other.html"]["html"].startswith("<!doctype html>")  # other fields untouched
    assert "empty.html" not in items
    assert stats["cleantext/dropped/duplicate"] == 1
    # a second crawler sharing the Redis index keeps none of the pages it has already seen
    again, stats2 = _crawl(site, tmp_path / "2", settings, "attrs")
    assert again == {}
    # the two pages it kept are unchanged re-crawls; the third was a near-duplicate already
    assert stats2["cleantext/dropped/unchanged"] == 2
    assert stats2["cleantext/dropped/duplicate"] == 1


def test_unreachable_redis_stops_the_crawl_with_a_clear_error(site: str, tmp_path: Path) -> None:
    settings = {"ITEM_PIPELINES": PIPELINE, "CLEANTEXT_DEDUP": f"redis://127.0.0.1:{free_port()}/0"}
    items, log = _run(site, tmp_path, settings, "dict")
    assert items == []  # nothing exported unchecked
    assert "IndexUnavailableError" in log
    assert "unreachable after 4 attempts" in log


def test_disabled_pipeline_is_not_configured() -> None:
    crawler = get_crawler(settings_dict={"CLEANTEXT_ENABLED": False})
    with pytest.raises(NotConfigured):
        CleanTextPipeline.from_crawler(crawler)


def test_addon_adds_the_pipeline_once() -> None:
    from scrapy.settings import Settings

    settings = Settings({"CLEANTEXT_PIPELINE_PRIORITY": 250})
    CleanTextAddon().update_settings(settings)
    CleanTextAddon().update_settings(settings)
    assert settings.getdict("ITEM_PIPELINES") == {
        "cleantext.integrations.scrapy.CleanTextPipeline": 250
    }


def test_dataclass_item_without_the_target_field_is_an_error() -> None:
    from dataclasses import dataclass

    @dataclass
    class NoText:
        html: str

    crawler = get_crawler(settings_dict={"CLEANTEXT_HTML_FIELD": "html"})
    pipeline = CleanTextPipeline.from_crawler(crawler)
    with pytest.raises(KeyError, match="no field 'text'"):
        pipeline.process_item(NoText("<p>x</p>"))


@pytest.mark.parametrize("value", [b"a  b", ["a  b", "c  d"], 5])
def test_a_field_that_is_no_string_drops_the_item_unchanged_in_one_line(value: Any) -> None:
    crawler = get_crawler(settings_dict={"CLEANTEXT_FIELDS": "title, body"})
    pipeline = CleanTextPipeline.from_crawler(crawler)
    item = {"title": "Bridge  closed ,today", "body": value}
    with pytest.raises(DropItem, match=r"item field 'body' is \w+, not str"):
        pipeline.process_item(item)
    assert item == {"title": "Bridge  closed ,today", "body": value}  # the title not cleaned
    assert crawler.stats.get_value("cleantext/dropped/not_text") == 1
    near = {"title": "Bridge  closed ,today", "body": None}  # near miss: None is skipped
    assert pipeline.process_item(near) == {"title": "Bridge closed,today", "body": None}
    # bytes in the HTML field are a page; the text field they fill may hold anything before
    html = CleanTextPipeline.from_crawler(get_crawler(settings_dict={"CLEANTEXT_HTML_FIELD": "h"}))
    page = b"<html><body><article><p>The council met on Tuesday.</p></article></body></html>"
    assert html.process_item({"h": page, "text": b"old"})["text"] == "The council met on Tuesday."


def test_a_recrawled_page_is_unchanged_not_a_duplicate_of_itself() -> None:
    crawler = get_crawler(settings_dict={"CLEANTEXT_DEDUP": "memory"})  # keys: item URLs
    pipeline = CleanTextPipeline.from_crawler(crawler)
    pipeline.open_spider()
    story = "The council voted on Tuesday to close the old bridge over the river for repairs."
    pipeline.process_item({"url": "https://a.example/1", "text": story})
    with pytest.raises(DropItem, match=r"unchanged since an earlier crawl of https://a\.example/1"):
        pipeline.process_item({"url": "https://a.example/1", "text": story})
    with pytest.raises(DropItem, match=r"near-duplicate of https://a\.example/1"):
        pipeline.process_item({"url": "https://a.example/2", "text": story})
    assert crawler.stats.get_value("cleantext/dropped/unchanged") == 1
    assert crawler.stats.get_value("cleantext/dropped/duplicate") == 1
    pipeline.close_spider()


@pytest.mark.parametrize("index", ["memory", "sqlite"])
def test_lone_surrogates_in_the_text_or_the_url_are_indexed(index: str, tmp_path: Path) -> None:
    """A lone surrogate (a crawled page can carry one) in the text of an item without a URL
    raised UnicodeEncodeError when its key was hashed, and one in the URL when SQLite (or
    Redis) stored the key: the item was lost with a traceback. Keys are stored escaped, as
    ``cleantext dedup`` stores them; a re-crawl is still told from a near-duplicate."""
    spec = "memory" if index == "memory" else f"sqlite:///{tmp_path / 'seen.db'}"
    crawler = get_crawler(settings_dict={"CLEANTEXT_DEDUP": spec})
    pipeline = CleanTextPipeline.from_crawler(crawler)
    pipeline.open_spider()
    story = "The council voted on Tuesday to close the old bridge over the river for repairs."
    odd = "The museum \ud800 reopens on Friday after two years of work on its roof, the city said."
    pipeline.process_item({"text": odd})
    pipeline.process_item({"url": "https://a.example/\udcff", "text": story})
    with pytest.raises(DropItem, match=r"unchanged since an earlier crawl of https://a\.example/"):
        pipeline.process_item({"url": "https://a.example/\udcff", "text": story})
    with pytest.raises(DropItem, match=r"near-duplicate of https://a\.example/\\udcff"):
        pipeline.process_item({"url": "https://a.example/2", "text": story})
    pipeline.close_spider()


@pytest.mark.parametrize(
    ("key", "value"), [("CLEANTEXT_DEDUP_THRESHOLD", "abc"), ("CLEANTEXT_MIN_CHARS", "x")]
)
def test_a_setting_that_is_no_number_is_named(key: str, value: str) -> None:
    """``-s CLEANTEXT_DEDUP_THRESHOLD=abc`` failed with "could not convert string to float:
    'abc'", naming no setting. Near miss: a number given as a string is read."""
    with pytest.raises(ValueError, match=f"{key} must be a number"):
        CleanTextPipeline.from_crawler(get_crawler(settings_dict={key: value}))
    good = "0.5" if key == "CLEANTEXT_DEDUP_THRESHOLD" else "3"
    pipeline = CleanTextPipeline.from_crawler(get_crawler(settings_dict={key: good}))
    assert (
        str(pipeline.settings.dedup_threshold if good == "0.5" else pipeline.settings.min_chars)
        == good
    )

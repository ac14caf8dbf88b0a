"""Run a real Scrapy crawl in its own process (Twisted's reactor cannot restart in pytest).

``python tests/_crawl.py START_URL OUT_DIR SETTINGS_JSON ITEM_KIND`` crawls START_URL and the
pages it links to, yields one item per page (``dict``, ``dataclass`` or ``attrs``), and writes
``OUT_DIR/items.jsonl`` (Scrapy's feed export) and ``OUT_DIR/stats.json`` (crawler stats).

Item fields: ``url``, ``title``, ``text`` (the page's ``<p>`` texts, one paragraph per block)
and ``html`` (the whole page).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any


@dataclasses.dataclass
class PageItem:
    url: str
    title: str
    text: str | None = None
    html: str | None = None


def _attrs_item() -> type:
    import attrs

    @attrs.define
    class AttrsPageItem:
        url: str
        title: str
        text: str | None = None
        html: str | None = None

    return AttrsPageItem


def _spider(kind: str) -> type:
    import scrapy

    attrs_cls = _attrs_item() if kind == "attrs" else None

    class PageSpider(scrapy.Spider):  # type: ignore[misc]
        name = "pages"

        def parse(self, response: Any) -> Any:
            for href in response.css("a::attr(href)").getall():
                yield response.follow(href, self.parse)
            if not response.css("p"):
                return
            fields = {
                "url": response.url,
                "title": response.css("title::text").get(""),
                "text": "\n\n".join(t.strip() for t in response.css("p::text").getall()),
                "html": response.text,
            }
            if kind == "dataclass":
                yield PageItem(**fields)
            elif attrs_cls is not None:
                yield attrs_cls(**fields)
            else:
                yield fields

    return PageSpider


def main(start_url: str, out_dir: str, settings_json: str, kind: str) -> None:
    from scrapy.crawler import CrawlerProcess

    out = Path(out_dir)
    settings = {
        "LOG_LEVEL": "INFO",
        "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
        "CONCURRENT_REQUESTS": 1,  # with a FIFO queue: pages in the order the index links them
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "FEEDS": {str(out / "items.jsonl"): {"format": "jsonlines", "encoding": "utf-8"}},
        **json.loads(settings_json),
    }
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(_spider(kind))
    process.crawl(crawler, start_urls=[start_url])
    process.start()
    stats = {k: v for k, v in crawler.stats.get_stats().items() if isinstance(v, int | str)}
    (out / "stats.json").write_text(json.dumps(stats, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:5])

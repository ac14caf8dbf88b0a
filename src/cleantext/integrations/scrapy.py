"""Scrapy item pipeline and add-on: clean item fields, drop empty and near-duplicate items.

Enable the pipeline in ``settings.py``::

    ITEM_PIPELINES = {"cleantext.integrations.scrapy.CleanTextPipeline": 300}
    CLEANTEXT_FIELDS = ["text"]              # item fields to clean (default: ["text"])
    CLEANTEXT_PRESET = "light"               # light | extract | none
    CLEANTEXT_HTML_FIELD = "html"            # optional: extract text from this field first
    CLEANTEXT_HTML_EXTRACTOR = "cleantext"   # or "trafilatura"
    CLEANTEXT_DEDUP = "redis://localhost:6379/0"  # or True (in-memory) or "sqlite:///path.db"
    CLEANTEXT_MIN_CHARS = 1                  # drop items whose cleaned text is shorter

or, with Scrapy's add-on API (Scrapy >= 2.10), ``ADDONS = {"cleantext.integrations.scrapy.
CleanTextAddon": 0}``, which inserts the pipeline at priority ``CLEANTEXT_PIPELINE_PRIORITY``
(default 300).

Items may be dicts, ``scrapy.Item`` subclasses, dataclass or attrs objects (what
``itemadapter`` reads); a frozen dataclass or attrs item is passed on as a cleaned copy.

Settings:

``CLEANTEXT_ENABLED`` (default ``True``)
    ``False`` disables the pipeline (it raises ``NotConfigured``, as Scrapy components do).
``CLEANTEXT_FIELDS`` (default ``["text"]``)
    Item fields to clean, a list or a comma-separated string. A field that is missing or
    ``None`` is skipped; an item with another non-string value (bytes, a list from an item
    loader without ``TakeFirst``; in ``CLEANTEXT_HTML_FIELD``, anything but a string or bytes)
    is dropped before any field is changed, with one line in the log (``DropItem``) and
    ``cleantext/dropped/not_text``.
``CLEANTEXT_PRESET`` (default ``"light"``), ``CLEANTEXT_CONFIG`` (optional dict)
    The cleaner: a preset, or a whole config as a dict (see :class:`cleantext.Config`).
    A setting of the wrong type (``CLEANTEXT_FIELDS = 5``, ``CLEANTEXT_CONFIG = [1]``,
    ``CLEANTEXT_ENABLED = "ture"``) is a ``ValueError`` naming it when the pipeline is built.
``CLEANTEXT_HTML_FIELD`` (default ``None``)
    If set and the item has HTML there, the page's main text is extracted and cleaned
    (:meth:`cleantext.Cleaner.clean_html_document` with the ``extract`` preset and the item's
    URL) and stored in the first of ``CLEANTEXT_FIELDS``. The HTML field is left as it is.
``CLEANTEXT_HTML_EXTRACTOR`` (default ``"cleantext"``)
    ``"trafilatura"`` extracts with trafilatura instead (comments and tables left out), then
    cleans its output with the configured preset. trafilatura's import is checked when the
    pipeline is built: if it fails, the pipeline raises ``NotConfigured`` naming the extra.
``CLEANTEXT_DEDUP`` (default ``False``)
    ``True``/``"memory"`` for an in-process index, ``"sqlite:///seen.db"`` for the embedded
    on-disk index (``seen.db`` in the working directory; ``sqlite:////abs/seen.db``: an
    absolute path, as SQLAlchemy reads these URLs), ``"redis://..."`` for the index shared by
    many crawlers. A later item whose cleaned text is a near-duplicate of an earlier one is
    dropped with ``DropItem``.
``CLEANTEXT_DEDUP_THRESHOLD`` (default ``0.8``), ``CLEANTEXT_DEDUP_MEASURE`` (``jaccard``)
    Estimated similarity of word 5-gram sets needed to call an item a duplicate
    (``containment`` also drops truncated copies).
``CLEANTEXT_DEDUP_NAMESPACE`` (default ``"cleantext"``)
    First part of the Redis keys (crawls sharing it share the index).
``CLEANTEXT_ID_FIELD`` (default ``"url"``)
    The field naming a document in the index (falls back to a hash of the text). An item
    whose key is already in the index is dropped as a duplicate of itself.
``CLEANTEXT_MIN_CHARS`` (default ``1``)
    Items whose cleaned fields hold fewer characters in total are dropped (``0`` keeps all).

Stats (``crawler.stats``): ``cleantext/items``, ``cleantext/items_changed``,
``cleantext/edits/<rule>``, ``cleantext/chars_removed``, ``cleantext/html_extracted``,
``cleantext/dropped/empty``, ``cleantext/dropped/duplicate``, ``cleantext/dedup_errors``,
``cleantext/dropped/not_text``.

>>> s = PipelineSettings.from_mapping({"CLEANTEXT_FIELDS": "title, body", "CLEANTEXT_DEDUP": 1})
>>> s.fields, s.dedup
(('title', 'body'), 'memory')
>>> PipelineSettings.from_mapping({"CLEANTEXT_CONFIG": '{"disable": ["collapse-spaces"]}'}).config
{'disable': ['collapse-spaces']}
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cleantext._extras import require
from cleantext.config import Config, parse_json_config
from cleantext.errors import ConfigError, did_you_mean
from cleantext.html import decode_html
from cleantext.integrations.seen import SeenIndex, open_seen_index, storable_key
from cleantext.pipeline import Cleaner, Document

try:
    from itemadapter import ItemAdapter
    from scrapy.exceptions import DropItem, NotConfigured
except ImportError:  # say in one line which extra to install
    require("scrapy", "scrapy")
    raise

__all__ = ["CleanTextAddon", "CleanTextPipeline", "PipelineSettings"]

PIPELINE_PATH = "cleantext.integrations.scrapy.CleanTextPipeline"
#: every ``CLEANTEXT_*`` setting the pipeline and the add-on read
SETTINGS = (
    "CLEANTEXT_ENABLED",
    "CLEANTEXT_FIELDS",
    "CLEANTEXT_PRESET",
    "CLEANTEXT_CONFIG",
    "CLEANTEXT_HTML_FIELD",
    "CLEANTEXT_HTML_EXTRACTOR",
    "CLEANTEXT_DEDUP",
    "CLEANTEXT_DEDUP_THRESHOLD",
    "CLEANTEXT_DEDUP_MEASURE",
    "CLEANTEXT_DEDUP_NAMESPACE",
    "CLEANTEXT_ID_FIELD",
    "CLEANTEXT_MIN_CHARS",
    "CLEANTEXT_PIPELINE_PRIORITY",
)
EXTRACTORS = ("cleantext", "trafilatura")


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")


def _bool(value: Any, key: str = "CLEANTEXT_ENABLED") -> bool:
    """A boolean setting; a string that is no boolean is an error (``"ture"`` read as
    ``False`` switched the pipeline off without a word).

    >>> _bool("Yes"), _bool("off"), _bool(0)
    (True, False, False)
    >>> _bool("ture")
    Traceback (most recent call last):
    ...
    ValueError: CLEANTEXT_ENABLED must be true or false (1/0, yes/no, on/off), not 'ture'
    """
    if isinstance(value, str):
        word = value.strip().lower()
        if word not in _TRUE + _FALSE:
            raise ValueError(f"{key} must be true or false (1/0, yes/no, on/off), not {value!r}")
        return word in _TRUE
    return bool(value)


def _fields(value: Any) -> tuple[str, ...]:
    """``CLEANTEXT_FIELDS``: a comma-separated string or a list of field names.

    >>> _fields("title, body"), _fields(["text"])
    (('title', 'body'), ('text',))
    >>> _fields(5)
    Traceback (most recent call last):
    ...
    ValueError: CLEANTEXT_FIELDS must be a field name, a comma-separated string or a list ...
    """
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValueError(
            "CLEANTEXT_FIELDS must be a field name, a comma-separated string or a list of "
            f"names, not {value!r}"
        )
    return tuple(value)


def _config(value: Any) -> Mapping[str, Any] | None:
    """A config dict, given as a dict or as JSON (``scrapy crawl -s CLEANTEXT_CONFIG='{...}'``).

    >>> _config('{"preset": "extract"}'), _config(None)
    ({'preset': 'extract'}, None)
    >>> _config([1])
    Traceback (most recent call last):
    ...
    ValueError: CLEANTEXT_CONFIG must be a dict or a JSON object, not [1]
    """
    if isinstance(value, str) and value.strip():
        try:
            return parse_json_config(value)
        except ConfigError as exc:  # (a path to a TOML file: "config is not valid JSON")
            path = " (a dict or a JSON object, not a file)" if "valid JSON" in str(exc) else ""
            raise ConfigError(f"CLEANTEXT_CONFIG: {exc}{path}") from None
    if value and not isinstance(value, Mapping):
        raise ValueError(f"CLEANTEXT_CONFIG must be a dict or a JSON object, not {value!r}")
    return value or None


def _check_names(s: Mapping[str, Any]) -> None:
    """A ``CLEANTEXT_*`` setting that is none of :data:`SETTINGS` is a ``ValueError`` naming
    it and the closest one (a typo, ``CLEANTEXT_FIELD``, was ignored: the pipeline cleaned the
    default field and left the one meant as it was).

    >>> _check_names({"CLEANTEXT_FIELD": "body", "DOWNLOAD_DELAY": 1})
    Traceback (most recent call last):
    ...
    ValueError: unknown setting CLEANTEXT_FIELD; did you mean 'CLEANTEXT_FIELDS'?
    """
    for key in s:
        if isinstance(key, str) and key.startswith("CLEANTEXT_") and key not in SETTINGS:
            raise ValueError(f"unknown setting {key}{did_you_mean(key, SETTINGS)}")


def _dedup(value: Any) -> str | None:
    if value is None or value is False or value in ("", "0", "false", "False", 0):
        return None
    if value is True or value in (1, "1", "true", "True", "memory"):
        return "memory"
    return str(value)


def _number(s: Mapping[str, Any], key: str, default: float, kind: type[Any]) -> Any:
    """The setting ``key`` as a ``kind`` (``int`` or ``float``); a ``ValueError`` naming the
    setting if it is none (``float("abc")`` said only "could not convert string to float").

    >>> _number({"CLEANTEXT_MIN_CHARS": "x"}, "CLEANTEXT_MIN_CHARS", 1, int)
    Traceback (most recent call last):
    ...
    ValueError: CLEANTEXT_MIN_CHARS must be a number (int), not 'x'
    """
    value = s.get(key, default)
    try:
        return kind(value)
    except (TypeError, ValueError, OverflowError):  # (OverflowError: int(1e400), infinity)
        raise ValueError(f"{key} must be a number ({kind.__name__}), not {value!r}") from None


def _extractor(value: Any) -> str:
    name = str(value).strip().lower()
    if name not in EXTRACTORS:
        raise NotConfigured(
            f"CLEANTEXT_HTML_EXTRACTOR must be one of {', '.join(EXTRACTORS)}, not {value!r}"
        )
    return name


def _check_trafilatura() -> None:
    """Raise ``NotConfigured`` with the reason if trafilatura cannot be imported."""
    try:
        import trafilatura  # noqa: F401
    except Exception as exc:  # ImportError, or lxml.html.clean missing inside it
        raise NotConfigured(
            f"CLEANTEXT_HTML_EXTRACTOR is 'trafilatura' but it cannot be imported ({exc}); "
            'install it with: pip install "cleantext-scrape[scrapy]"'
        ) from None


@dataclass(frozen=True)
class PipelineSettings:
    """The ``CLEANTEXT_*`` settings, parsed and checked."""

    enabled: bool = True
    fields: tuple[str, ...] = ("text",)
    preset: str = "light"
    config: Mapping[str, Any] | None = None
    html_field: str | None = None
    html_extractor: str = "cleantext"
    dedup: str | None = None
    dedup_threshold: float = 0.8
    dedup_measure: str = "jaccard"
    dedup_namespace: str = "cleantext"
    id_field: str = "url"
    min_chars: int = 1

    @classmethod
    def from_mapping(cls, s: Mapping[str, Any]) -> PipelineSettings:
        """Read the settings from Scrapy ``Settings`` or any mapping."""
        _check_names(s)
        fields = _fields(s.get("CLEANTEXT_FIELDS") or ("text",))
        if not fields:
            raise NotConfigured("CLEANTEXT_FIELDS is empty")
        return cls(
            enabled=_bool(s.get("CLEANTEXT_ENABLED", True)),
            fields=fields,
            preset=str(s.get("CLEANTEXT_PRESET") or "light"),
            config=_config(s.get("CLEANTEXT_CONFIG")),
            html_field=s.get("CLEANTEXT_HTML_FIELD") or None,
            html_extractor=_extractor(s.get("CLEANTEXT_HTML_EXTRACTOR") or "cleantext"),
            dedup=_dedup(s.get("CLEANTEXT_DEDUP", False)),
            dedup_threshold=_number(s, "CLEANTEXT_DEDUP_THRESHOLD", 0.8, float),
            dedup_measure=str(s.get("CLEANTEXT_DEDUP_MEASURE") or "jaccard"),
            dedup_namespace=str(s.get("CLEANTEXT_DEDUP_NAMESPACE") or "cleantext"),
            id_field=str(s.get("CLEANTEXT_ID_FIELD") or "url"),
            min_chars=_number(s, "CLEANTEXT_MIN_CHARS", 1, int),
        )

    def cleaner(self) -> Cleaner:
        """The cleaner these settings describe."""
        data = dict(self.config or {})
        data.setdefault("preset", self.preset)
        try:
            return Cleaner(Config.from_dict(data))
        except ConfigError as exc:  # (named no setting: a crawl's log did not say where)
            setting = "CLEANTEXT_CONFIG" if self.config else "CLEANTEXT_PRESET"
            raise ConfigError(f"{setting}: {exc}") from None


def extract_html(html: str) -> str:
    """Main text of an HTML page, with trafilatura (comments and tables left out)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    return text or ""


class CleanTextPipeline:
    """Clean the configured fields of every item; drop empty and near-duplicate items."""

    def __init__(self, settings: PipelineSettings, stats: Any = None) -> None:
        if not settings.enabled:
            raise NotConfigured("CLEANTEXT_ENABLED is False")
        self.settings = settings
        self.cleaner = settings.cleaner()
        self.html_cleaner = Cleaner(self.cleaner.config.replace(preset="extract"))
        if settings.html_field and settings.html_extractor == "trafilatura":
            _check_trafilatura()
        self.stats = stats
        self.index: SeenIndex | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanTextPipeline:
        """Build the pipeline from the crawler's settings (Scrapy calls this)."""
        return cls(PipelineSettings.from_mapping(crawler.settings), crawler.stats)

    def open_spider(self, spider: Any = None) -> None:
        """Open the dedup index, if any."""
        st = self.settings
        if st.dedup:
            self.index = open_seen_index(
                st.dedup, st.dedup_threshold, measure=st.dedup_measure, namespace=st.dedup_namespace
            )

    def close_spider(self, spider: Any = None) -> None:
        """Close the dedup index."""
        if self.index is not None:
            self.index.close()
            self.index = None

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Clean ``item`` in place and return it, or raise ``DropItem``. A frozen dataclass
        or attrs item is returned as a cleaned copy (see :func:`_with_changes`)."""
        adapter = ItemAdapter(item)
        url = adapter.get(self.settings.id_field)
        url = url if isinstance(url, str) and url else None
        self._check_types(adapter)
        changes: dict[str, str] = {}
        done = self._extract(adapter, url, changes)
        texts = [
            changes[f] if f == done else self._clean_field(adapter, f, url, changes)
            for f in self.settings.fields
        ]
        kept = [t for t in texts if isinstance(t, str)]
        if not kept:  # an item without the fields: not ours to judge
            return _with_changes(item, adapter, changes)
        self._inc("cleantext/items")
        total = sum(len(t) for t in kept)
        if total < self.settings.min_chars:
            self._inc("cleantext/dropped/empty")
            raise DropItem(f"cleantext: {total} chars left after cleaning")
        self._check_duplicate(adapter, "\n\n".join(kept))
        return _with_changes(item, adapter, changes)

    def _check_types(self, adapter: ItemAdapter) -> None:
        """Drop the item, before any field is changed, if a field to clean holds something
        other than a string or ``None`` (bytes, a list from an item loader): one line in the
        log and ``cleantext/dropped/not_text``, not a traceback for each such item."""
        fields = self.settings.fields
        html_field = self.settings.html_field
        if html_field and isinstance(adapter.get(html_field), str | bytes):
            fields = fields[1:]  # the first gets the page's text
        elif html_field:  # (a list there passed the item on unextracted, without a word)
            fields = (html_field, *fields)
        for name in fields:
            value = adapter.get(name)
            if value is not None and not isinstance(value, str):
                self._inc("cleantext/dropped/not_text")
                kind = type(value).__name__
                wanted = "str or bytes" if name == html_field else "str"
                raise DropItem(f"cleantext: item field {name!r} is {kind}, not {wanted}")

    def _extract(
        self, adapter: ItemAdapter, url: str | None, changes: dict[str, str]
    ) -> str | None:
        """Extract the HTML field into the first text field (in ``changes``); its name if it
        is cleaned too."""
        html_field = self.settings.html_field
        html = adapter.get(html_field) if html_field else None
        if not isinstance(html, str | bytes):
            return None
        target = self.settings.fields[0]
        if not isinstance(adapter.item, dict) and target not in adapter.field_names():
            raise KeyError(f"{type(adapter.item).__name__} has no field {target!r}")
        self._inc("cleantext/html_extracted")
        if self.settings.html_extractor == "trafilatura":
            changes[target] = extract_html(html if isinstance(html, str) else decode_html(html))
            return None
        doc = self.html_cleaner.clean_html_document(html, url=url)
        changes[target] = doc.text
        self._record(doc)
        return target

    def _clean_field(
        self, adapter: ItemAdapter, name: str, url: str | None, changes: dict[str, str]
    ) -> str | None:
        value = changes.get(name, adapter.get(name))
        if value is None:
            return None
        assert isinstance(value, str)  # (_check_types dropped the item otherwise)
        doc = self.cleaner.clean_document(value, url=url)
        changes[name] = doc.text
        self._record(doc)
        return doc.text

    def _record(self, doc: Document) -> None:
        if not doc.changed:
            return
        self._inc("cleantext/items_changed")
        for rule, n in doc.counts().items():
            self._inc(f"cleantext/edits/{rule}", n)
        self._inc("cleantext/chars_removed", max(0, len(doc.source) - len(doc.text)))

    def _check_duplicate(self, adapter: ItemAdapter, text: str) -> None:
        if self.index is None:
            return
        key = adapter.get(self.settings.id_field)
        if not isinstance(key, str) or not key:  # (a lone surrogate hashed as it is)
            key = "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
        key = storable_key(key)  # as the index stores it, so that a re-crawl is told
        try:
            original = self.index.check_and_insert(key, text)
        except Exception:
            self._inc("cleantext/dedup_errors")
            raise
        if original == key:  # a re-crawl of a page the index holds, and it has not changed
            self._inc("cleantext/dropped/unchanged")
            raise DropItem(f"cleantext: unchanged since an earlier crawl of {key}")
        if original is not None:
            self._inc("cleantext/dropped/duplicate")
            raise DropItem(f"cleantext: near-duplicate of {original}")

    def _inc(self, key: str, n: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, n)


def _with_changes(item: Any, adapter: ItemAdapter, changes: Mapping[str, str]) -> Any:
    """``item`` with the cleaned ``changes`` written into it; a frozen dataclass or attrs
    item, whose fields cannot be set (``FrozenInstanceError`` for every item, a traceback in
    the crawl's log each time), is given back as a changed copy (``dataclasses.replace``,
    ``attrs.evolve``), as a pipeline may return another item.

    >>> import dataclasses
    >>> Frozen = dataclasses.make_dataclass("Frozen", [("text", str)], frozen=True)
    >>> item = Frozen("a  b")
    >>> _with_changes(item, ItemAdapter(item), {"text": "a b"})
    Frozen(text='a b')
    """
    try:
        for name, value in changes.items():
            adapter[name] = value
    except AttributeError:  # (FrozenInstanceError, of dataclasses and of attrs)
        import dataclasses
        import sys

        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            return dataclasses.replace(item, **changes)
        attr = sys.modules.get("attr")  # (an attrs item: attrs is imported)
        if attr is not None and attr.has(type(item)):
            return attr.evolve(item, **changes)
        raise
    return item


class CleanTextAddon:
    """Scrapy add-on: ``ADDONS = {"cleantext.integrations.scrapy.CleanTextAddon": 0}``.

    Adds :class:`CleanTextPipeline` to ``ITEM_PIPELINES`` at ``CLEANTEXT_PIPELINE_PRIORITY``
    (default 300) unless it is already there; all other ``CLEANTEXT_*`` settings apply.
    """

    def update_settings(self, settings: Any) -> None:
        """Called by Scrapy's add-on manager before the crawler is configured."""
        pipelines = settings.getdict("ITEM_PIPELINES")
        if PIPELINE_PATH in pipelines or CleanTextPipeline in pipelines:
            return
        priority = settings.getint("CLEANTEXT_PIPELINE_PRIORITY", 300)
        settings["ITEM_PIPELINES"][PIPELINE_PATH] = priority

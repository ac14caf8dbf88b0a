"""Learned per-site boilerplate: lines that recur across many pages of the same site.

In the style of CCNet's repeated-line removal: pages are grouped by the host of their URL; a
line (in the normalised form of :func:`~cleantext.boilerplate.patterns.normalize_line`, so
dates and counters match whatever their digits) that appears on at least ``min_pages`` distinct
pages of a host, and on at least ``min_share`` of them, is that site's boilerplate: a footer,
a newsletter box, a disclaimer that no built-in pattern knows. A profile is a small JSON file
that ``cleantext clean --profile`` (or ``BoilerplateOptions.site_profile``) uses.

>>> stories = ["Rain today.", "Sun tomorrow.", "Snow in May.", "Wind all week."]
>>> pages = [(f"https://news.example/{i}", f"{s}\\nAcme News, 1 Main St.")
...          for i, s in enumerate(stories)]
>>> profile = learn_profile(pages)
>>> profile.sites["news.example"].lines
('acme news 0 main st',)
>>> from cleantext.edits import apply_edits
>>> page = "Another story.\\nAcme News, 9 Main St."
>>> apply_edits(page, profile.edits(page))
'Another story.'
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import xxhash

from cleantext.boilerplate.patterns import normalize_line
from cleantext.config import ConfigError
from cleantext.edits import Edit
from cleantext.io import atomic_output
from cleantext.rules import Rule, register
from cleantext.segment import lines, removal_span

__all__ = ["SiteLines", "SiteProfile", "learn_profile", "load_profile"]

RULE = register(
    Rule(
        "site-boilerplate",
        "boilerplate",
        "Remove whole lines learned as a site's boilerplate by `cleantext learn-boilerplate` "
        "(used only with --profile / boilerplate.site_profile; the example's profile learned "
        "the line 'Acme News, 1 Main St.').",
        examples=(("Bridge to close.\nAcme News, 1 Main St.\n", "Bridge to close.\n"),),
    )
)

FORMAT = "cleantext-site-profile"
VERSION = 1
MAX_KEY = 500


def host_of(url: str) -> str:
    """The host of ``url``, lower-cased, without ``www.`` or the trailing dot of a fully
    qualified name (``""`` if there is none).

    >>> host_of("https://WWW.Example.com:8080/a?b=1"), host_of("http://example.com./")
    ('example.com', 'example.com')
    """
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return site_name(host)


def site_name(host: str) -> str:
    """A bare host name as profiles key it: lower-cased, without ``www.`` or trailing dots.

    >>> site_name("WWW.Example.COM.")
    'example.com'
    """
    return host.strip().lower().rstrip(".").removeprefix("www.")


@dataclass(frozen=True)
class SiteLines:
    """The boilerplate lines of one site, and how many pages they were learned from."""

    pages: int
    lines: tuple[str, ...]


@dataclass(frozen=True)
class SiteProfile:
    """Learned boilerplate lines per site. Immutable; build with :func:`learn_profile`."""

    sites: dict[str, SiteLines] = field(default_factory=dict)
    min_pages: int = 3
    min_share: float = 0.1

    def keys(self, host: str | None = None) -> frozenset[str]:
        """The normalised lines to remove: one site's, or every site's when ``host`` is None."""
        if host is not None:
            site = self.sites.get(host_of(host) or site_name(host))
            return frozenset(site.lines) if site else frozenset()
        return frozenset(k for s in self.sites.values() for k in s.lines)

    def edits(self, text: str, host: str | None = None) -> list[Edit]:
        """Edits that remove the profile's lines from ``text`` (runs of them as one edit)."""
        keys = self.keys(host)
        if not keys:
            return []
        edits: list[Edit] = []
        for b in lines(text):
            if b.is_blank or normalize_line(b.text) not in keys:
                continue
            start, end = removal_span(text, b.start, b.end)
            if edits and start <= edits[-1].end:
                prev = edits.pop()
                start = prev.start
            edits.append(
                Edit(RULE.name, start, end, text[start:end], note="learned site boilerplate")
            )
        return edits

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written by ``learn-boilerplate``."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "min_pages": self.min_pages,
            "min_share": self.min_share,
            "sites": {
                host: {"pages": s.pages, "lines": list(s.lines)}
                for host, s in sorted(self.sites.items())
            },
        }

    def save(self, path: str | Path) -> None:
        """Write the profile as JSON (atomically)."""
        with atomic_output(str(path)) as out:
            json.dump(self.to_dict(), out, ensure_ascii=False, indent=1)
            out.write("\n")

    @classmethod
    def from_dict(cls, data: Any) -> SiteProfile:
        """Read the JSON form; raises ``ValueError`` if it is not a site profile."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a cleantext site profile (no format field)")
        if data.get("version", VERSION) != VERSION:  # (a later format: its lines unread)
            raise ValueError(
                f"site profile version {data['version']!r}: this cleantext reads version "
                f"{VERSION} (learn the profile again with this version)"
            )
        given = data.get("sites", {})
        if not isinstance(given, dict):
            raise ValueError(f"sites must be an object of sites, not {_kind(given)}")
        sites: dict[str, SiteLines] = {}
        for host, site in given.items():
            found = site.get("lines", []) if isinstance(site, dict) else None
            if not isinstance(found, list) or not all(isinstance(x, str) for x in found):
                raise ValueError(f"site {host!r}: lines must be a list of strings")
            name = site_name(str(host))  # (a hand-written 'Example.com.' is example.com)
            had = sites.get(name, SiteLines(0, ()))
            lines_ = tuple(dict.fromkeys(had.lines + tuple(found)))
            pages = _count(f"site {host!r}: pages", site.get("pages", 0))
            sites[name] = SiteLines(had.pages + pages, lines_)
        share = data.get("min_share", 0.1)
        if isinstance(share, bool) or not isinstance(share, int | float):
            raise ValueError(f"min_share must be a number, not {_kind(share)}")
        return cls(sites, _count("min_pages", data.get("min_pages", 3)), float(share))


def _kind(value: object) -> str:
    """``value`` in an error message: short."""
    shown = repr(value)
    return shown if len(shown) <= 40 else f"a {type(value).__name__}"


def _count(what: str, value: object) -> int:
    """``value`` when it is a count (an integer, 0 or more), else a ``ValueError`` naming
    ``what`` (a hand-edited profile's ``"pages": "x"`` said "invalid literal for int()").

    >>> _count("pages", 3)
    3
    >>> _count("site 'a.com': pages", "3")
    Traceback (most recent call last):
    ...
    ValueError: site 'a.com': pages must be a count (0 or more), not '3'
    """
    if isinstance(value, float) and value.is_integer():  # (3.0 in a hand-written file)
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} must be a count (0 or more), not {_kind(value)}")
    return value


class _HostLines:
    """Per-host line counts, by 64-bit hash; a line's text is kept once it is seen twice, so
    the lines that occur on one page only (most of them) cost a counter, not a string."""

    def __init__(self) -> None:
        self.pages = 0
        self.counts: dict[int, int] = {}
        self.texts: dict[int, str] = {}

    def add(self, keys: Iterable[str]) -> None:
        self.pages += 1
        for key in keys:
            h = xxhash.xxh64_intdigest(key.encode("utf-8"))
            c = self.counts.get(h, 0) + 1
            self.counts[h] = c
            if c == 2:
                self.texts[h] = key

    def frequent(self, need: float) -> list[str]:
        return sorted(self.texts[h] for h, c in self.counts.items() if c >= need and c >= 2)


def learn_profile(
    pages: Iterable[tuple[str, str]], min_pages: int = 3, min_share: float = 0.1
) -> SiteProfile:
    """Learn each site's repeated lines from ``(url, text)`` pairs.

    A URL seen twice counts once (a page crawled twice is not a site pattern). Sites with fewer
    than ``min_pages`` pages learn nothing. Memory grows with the number of distinct lines per
    site (a hash each), not with the size of the corpus.
    """
    seen: set[int] = set()
    hosts: dict[str, _HostLines] = {}
    for url, text in pages:
        host = host_of(url)
        url_hash = xxhash.xxh64_intdigest(url.encode("utf-8", "surrogatepass"))  # JSON allows them
        if not host or url_hash in seen:
            continue
        seen.add(url_hash)
        keys = {normalize_line(b.text) for b in lines(text) if not b.is_blank}
        hosts.setdefault(host, _HostLines()).add(k for k in keys if k and len(k) <= MAX_KEY)
    sites = {}
    for host, counts in hosts.items():
        found = counts.frequent(max(min_pages, min_share * counts.pages))
        if found:
            sites[host] = SiteLines(counts.pages, tuple(found))
    return SiteProfile(sites, min_pages, min_share)


def load_profile(path: str | Path) -> SiteProfile:
    """Read a profile file (cached by path and modification time).

    Raises :class:`~cleantext.config.ConfigError` if the file is missing or not a profile.
    """
    p = Path(path)
    try:
        stamp = p.stat().st_mtime_ns
    except OSError as exc:
        raise ConfigError(f"cannot read site profile {p}: {exc.strerror}") from None
    return _load(str(p), stamp)


@lru_cache(maxsize=8)
def _load(path: str, stamp: int) -> SiteProfile:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # ValueError: bad UTF-8, JSON, or 4,300+ digits
        raise ConfigError(f"cannot read site profile {path}: {exc}") from None
    try:
        return SiteProfile.from_dict(data)
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:  # "pages": 1e999
        raise ConfigError(f"{path}: {exc}") from None

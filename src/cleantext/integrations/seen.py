"""Text-level "seen before?" for pipelines: sign a text, then check-and-insert it in an index.

The index is :class:`cleantext.corpus.index.MemoryIndex` (``memory``),
:class:`cleantext.corpus.index.SQLiteIndex` (``sqlite:///path``) or
:class:`cleantext.integrations.redis_index.RedisIndex` (``redis://...``), all with the
signatures, bands and verification of :class:`cleantext.corpus.dedup.DedupOptions`, so a
document dropped by a crawler is one ``cleantext dedup`` would also call a duplicate.

>>> seen = open_seen_index("memory", threshold=0.8)
>>> text = " ".join(f"word{i}" for i in range(50))
>>> seen.check_and_insert("a", text) is None, seen.check_and_insert("b", text + " end")
(True, 'a')
"""

from __future__ import annotations

from dataclasses import dataclass

from cleantext.corpus.dedup import DedupOptions
from cleantext.corpus.index import DedupIndex, MemoryIndex, SQLiteIndex, sqlite_url_path
from cleantext.minhash.signatures import Signer

__all__ = ["SeenIndex", "open_seen_index", "storable_key"]


def storable_key(key: str) -> str:
    """``key`` with each lone surrogate written as its escape (``\\ud800``): SQLite and Redis
    store only valid UTF-8, and ``cleantext dedup`` keys its index the same way. Other keys
    are returned as they are.

    >>> storable_key("https://example.com/" + chr(0xD800)), storable_key("plain")
    ('https://example.com/\\\\ud800', 'plain')
    """
    return key.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass
class SeenIndex:
    """A :class:`~cleantext.corpus.index.DedupIndex` fed with texts instead of signatures."""

    index: DedupIndex
    signer: Signer

    def check_and_insert(self, key: str, text: str) -> str | None:
        """The key of an earlier near-duplicate of ``text``, or ``None`` after inserting it."""
        sigs = self.signer.sign([text])
        return self.index.check_and_insert(storable_key(key), sigs.values[0], int(sigs.sizes[0]))

    def close(self) -> None:
        """Close the index (commit, disconnect)."""
        self.index.close()


def open_seen_index(
    spec: str, threshold: float = 0.8, *, measure: str = "jaccard", namespace: str = "cleantext"
) -> SeenIndex:
    """Open the index named by ``spec``: ``memory``, ``sqlite:///path`` (relative to the
    working directory; ``sqlite:////path`` absolute: see
    :func:`~cleantext.corpus.index.sqlite_url_path`) or ``redis://...``."""
    opts = DedupOptions(threshold=threshold, measure=measure)
    scheme = opts.scheme()
    index: DedupIndex
    if spec == "memory":
        index = MemoryIndex(scheme, threshold, measure)
    elif spec.startswith("sqlite://"):
        index = SQLiteIndex(sqlite_url_path(spec), scheme, threshold, measure)
    elif spec.startswith(("redis://", "rediss://", "unix://")):
        from cleantext.integrations.redis_index import RedisIndex

        index = RedisIndex(spec, scheme, threshold, measure, namespace=namespace)
    else:
        raise ValueError(f"unknown dedup index {spec!r}: use memory, sqlite:///path or redis://")
    return SeenIndex(index, opts.signer())

"""A near-duplicate index in Redis, shared by many scraper processes and machines.

:class:`RedisIndex` implements :class:`cleantext.corpus.index.DedupIndex` (same signatures,
same band keys, same verification as the in-memory and SQLite indexes) and makes
:meth:`~RedisIndex.check_and_insert` atomic: one Lua script looks up the LSH buckets,
verifies the candidates against their stored signatures and inserts the document only if no
duplicate was found. Of two near-duplicates arriving at the same time, exactly one is kept.

Keys live under ``<namespace>:{v<version>-<digest>}:``, where ``digest`` is a hash of the
whole :class:`~cleantext.minhash.lsh.Scheme` (num_perm, seed, hashing, shingling, bands, rows,
version): indexes of other parameters never share keys, and ``<prefix>scheme`` holds the scheme
in clear so that :class:`~cleantext.minhash.lsh.SchemeError` is raised on a mismatch. The braces
are a Redis Cluster hash tag: all keys of one index sit in one slot, as the script requires.

- ``<prefix>scheme``: the scheme string;
- ``<prefix>sig``: hash, document key -> signature (little-endian uint32 bytes);
- ``<prefix>size``: hash, document key -> number of distinct shingles;
- ``<prefix>token``: hash, document key -> token of the call that inserted it;
- ``<prefix>b:<16 hex digits>``: set of document keys in that LSH bucket.

Connection loss: each command is retried ``retries`` times with exponential backoff, then
:class:`IndexUnavailableError` is raised, saying that the document was neither checked nor
inserted. A retry after a lost reply is safe: each call carries a random token stored with
the document it inserts, so its retry answers ``None`` ("kept") instead of "duplicate of
itself". A later call with a key already stored gets that key back, as with every index.
A refused login is an :class:`IndexUnavailableError` at once (no retry). Any other refusal
(a key of the index holding another kind of value, an ACL, a full or read-only server) is a
:class:`RedisIndexError` naming the index and what was not done; the writing scripts check the
kinds of all their keys before the first write, so a refused document is never stored without
its buckets.
"""

from __future__ import annotations

import hashlib
import logging
import time
import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
from numpy.typing import NDArray

from cleantext._extras import require
from cleantext.corpus.index import DedupIndex, Signature, _checked_doc
from cleantext.minhash.lsh import CONTAINMENT_MIN_RATIO, CONTAINMENT_MIN_SIZE, Scheme

if TYPE_CHECKING:
    import redis
else:
    redis = require("redis", "redis")

__all__ = ["IndexUnavailableError", "RedisIndex", "RedisIndexError", "key_prefix"]

_log = logging.getLogger(__name__)  # a child of the "cleantext" logger (cleantext.reporting)

T = TypeVar("T")

#: Lua run first by each script that writes (:data:`_CHECK_AND_INSERT`, :data:`_STORE`): each
#: key must hold its kind of value (or nothing), else an error before any write (a script's
#: writes are not rolled back when a later command fails, so a wrong-type key found half-way
#: left a document stored without its buckets). KEYS: the three hashes (sig, size, call
#: token), then the band sets.
_KEY_TYPES = """
for i, name in ipairs(KEYS) do
  local want = i <= 3 and 'hash' or 'set'
  local kind = redis.call('TYPE', name)['ok']
  if kind ~= want and kind ~= 'none' then
    return redis.error_reply('WRONGTYPE ' .. name .. ' holds a ' .. kind .. ', not a ' .. want)
  end
end
"""

#: KEYS: sig hash, size hash, call-token hash, then one set per band.
#: ARGV: doc key, signature bytes, size, threshold, measure, call token, and the containment
#: guard (minimum size, minimum ratio of sizes) of
#: :func:`cleantext.minhash.lsh.estimate_containment`.
#: Returns {0} inserted, {1, key, similarity} duplicate found, {2} this very call already
#: inserted the document (a retry after a lost reply).
_CHECK_AND_INSERT = """
local key, sig, size = ARGV[1], ARGV[2], tonumber(ARGV[3])
local threshold, measure, token = tonumber(ARGV[4]), ARGV[5], ARGV[6]
local min_size, min_ratio = tonumber(ARGV[7]), tonumber(ARGV[8])
local n = string.len(sig) / 4
if redis.call('HGET', KEYS[3], key) == token then return {2} end
local seen = {}
local best, best_sim = nil, -1
for i = 4, #KEYS do
  for _, other in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    if not seen[other] then
      seen[other] = true
      local osig = redis.call('HGET', KEYS[1], other)
      if osig then
        local eq = 0
        for j = 1, 4 * n, 4 do
          if string.sub(sig, j, j + 3) == string.sub(osig, j, j + 3) then eq = eq + 1 end
        end
        local sim = eq / n
        if measure == 'containment' then
          local osize = tonumber(redis.call('HGET', KEYS[2], other) or '0')
          local small, large = math.min(size, osize), math.max(size, osize)
          if small >= min_size and small >= min_ratio * large then
            sim = math.min(1.0, (sim * (size + osize) / (1.0 + sim)) / small)
          end
        end
        if sim >= threshold and (sim > best_sim or (sim == best_sim and other < best)) then
          best, best_sim = other, sim
        end
      end
    end
  end
end
if best then return {1, best, tostring(best_sim)} end
redis.call('HSET', KEYS[1], key, sig)
redis.call('HSET', KEYS[2], key, size)
redis.call('HSET', KEYS[3], key, token)
for i = 4, #KEYS do redis.call('SADD', KEYS[i], key) end
return {0}
"""


#: KEYS and ARGV[1..3] as for :data:`_CHECK_AND_INSERT`: store the document unchecked.
_STORE = """
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
for i = 4, #KEYS do redis.call('SADD', KEYS[i], ARGV[1]) end
return 0
"""


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _bytes(value: bytes | str) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def _first_line(exc: Exception) -> str:
    """The first line of a Redis error (a script's error goes on with its location).

    >>> _first_line(redis.ResponseError("OOM command not allowed\\nmore"))
    'OOM command not allowed'
    """
    lines = str(exc).splitlines()
    return lines[0] if lines else type(exc).__name__


class RedisIndexError(RuntimeError):
    """Redis refused a command of the index (a key of the index holds another kind of value,
    the user may not run it, the server is out of memory or read-only); the message says what
    was not done. The scripts that write check their keys' kinds first: a refused key leaves
    nothing half-written."""


class IndexUnavailableError(RedisIndexError):
    """Redis could not be reached, or refused the login: the document was neither checked nor
    inserted."""


def key_prefix(scheme: Scheme, namespace: str = "cleantext") -> str:
    """The key prefix of an index: namespace, scheme version and a digest of the scheme.

    >>> key_prefix(Scheme(bands=16, rows=8))
    'cleantext:{v1-65a2050f80}:'
    """
    digest = hashlib.sha1(str(scheme).encode("utf-8")).hexdigest()[:10]
    return f"{namespace}:{{v{scheme.version}-{digest}}}:"


class RedisIndex(DedupIndex):
    """A :class:`~cleantext.corpus.index.DedupIndex` stored in Redis, safe for many writers.

    Args:
        client: a ``redis.Redis`` client or a URL (``redis://host:6379/0``).
        scheme, threshold, measure: as for every :class:`~cleantext.corpus.index.DedupIndex`.
        namespace: first part of every key (several indexes can share a database).
        retries: attempts after the first on connection errors and timeouts.
        backoff: seconds before the first retry; doubled at each attempt.
    """

    def __init__(
        self,
        client: redis.Redis | str,
        scheme: Scheme,
        threshold: float = 0.5,
        measure: str = "jaccard",
        *,
        namespace: str = "cleantext",
        retries: int = 3,
        backoff: float = 0.1,
    ) -> None:
        super().__init__(scheme, threshold, measure)
        self._own = isinstance(client, str)
        self.client: redis.Redis = (
            redis.Redis.from_url(client, socket_timeout=10, socket_connect_timeout=2)
            if isinstance(client, str)
            else client
        )
        self.prefix = key_prefix(scheme, namespace)
        self.retries = retries
        self.backoff = backoff
        self._script = self.client.register_script(_KEY_TYPES + _CHECK_AND_INSERT)
        self._store_script = self.client.register_script(_KEY_TYPES + _STORE)
        self._init_scheme()

    def __repr__(self) -> str:
        return f"RedisIndex({self.prefix!r}, threshold={self.threshold}, measure={self.measure!r})"

    # -- plumbing ----------------------------------------------------------------------------
    def _call(self, what: str, fn: Callable[[], T]) -> T:
        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                return fn()
            except redis.AuthenticationError as exc:  # (a ConnectionError: no retry helps)
                raise IndexUnavailableError(
                    f"Redis index {self.prefix!r}: the server refused the login ({exc}); "
                    f"{what} was not done"
                ) from exc
            except redis.ResponseError as exc:
                raise RedisIndexError(
                    f"Redis index {self.prefix!r}: {_first_line(exc)}; {what} was not done"
                ) from exc
            except (redis.ConnectionError, redis.TimeoutError) as exc:
                if attempt == self.retries:
                    raise IndexUnavailableError(
                        f"Redis index {self.prefix!r} unreachable after {attempt + 1} attempts "
                        f"({exc}); {what} was not done"
                    ) from exc
                _log.warning(
                    "Redis index %r: %s (%s); retry %d of %d in %.1f s",
                    self.prefix,
                    type(exc).__name__,
                    exc,
                    attempt + 1,
                    self.retries,
                    delay,
                )
                time.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _init_scheme(self) -> None:
        key, text = self.prefix + "scheme", str(self.scheme)
        self._call("the scheme check", lambda: self.client.set(key, text, nx=True))
        stored = self._call("the scheme check", lambda: self.client.get(key))
        if stored is not None:
            Scheme.parse(_text(stored)).check(self.scheme)

    def _band_names(self, keys: NDArray[np.uint64]) -> list[str]:
        return [f"{self.prefix}b:{int(k):016x}" for k in keys.tolist()]

    # -- atomic check-and-insert -------------------------------------------------------------
    def check_and_insert(
        self, key: str, signature: Signature, size: int = 0, *, token: str | None = None
    ) -> str | None:
        """Atomically: the key of the best stored duplicate, or ``None`` after inserting.

        Retries of this call (after a lost reply) answer ``None`` when the first attempt
        inserted the document, never "duplicate of itself". ``token`` (default: random per
        call) identifies the call; pass your own to make retries across processes safe too.
        """
        sig = self._check(signature)
        size = _checked_doc(key, size)
        names = self._band_names(self._bands(sig))
        keys = [self.prefix + "sig", self.prefix + "size", self.prefix + "token", *names]
        args: list[bytes | str | int] = [
            key,
            sig.astype("<u4").tobytes(),
            int(size),
            repr(self.threshold),
            self.measure,
            token or uuid.uuid4().hex,
            repr(CONTAINMENT_MIN_SIZE),
            repr(CONTAINMENT_MIN_RATIO),
        ]
        reply: Any = self._call(
            f"check-and-insert of {key!r}", lambda: self._script(keys=keys, args=args)
        )
        return _text(reply[1]) if int(reply[0]) == 1 else None

    # -- storage primitives (used by insert, query, duplicates) ------------------------------
    def _store(self, key: str, signature: Signature, size: int, keys: NDArray[np.uint64]) -> None:
        names = [self.prefix + "sig", self.prefix + "size", self.prefix + "token"]
        args: list[bytes | str | int] = [key, signature.astype("<u4").tobytes(), int(size)]
        names += self._band_names(keys)
        self._call(f"insert of {key!r}", lambda: self._store_script(keys=names, args=args))

    def _lookup(self, keys: NDArray[np.uint64]) -> set[str]:
        names = self._band_names(keys)
        members: set[bytes | str] = self._call("lookup", lambda: self.client.sunion(names))
        return {_text(m) for m in members}

    def _fetch(self, keys: Iterable[str]) -> dict[str, tuple[Signature, int]]:
        wanted = list(keys)
        if not wanted:
            return {}
        sigs = self._call("fetch", lambda: self.client.hmget(self.prefix + "sig", wanted))
        sizes = self._call("fetch", lambda: self.client.hmget(self.prefix + "size", wanted))
        return {
            k: (np.frombuffer(_bytes(s), dtype="<u4").astype(np.uint32), int(z or 0))
            for k, s, z in zip(wanted, sigs, sizes, strict=True)
            if s is not None
        }

    def _count(self) -> int:
        return int(self._call("count", lambda: self.client.hlen(self.prefix + "sig")))

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        return bool(self._call("lookup", lambda: self.client.hexists(self.prefix + "sig", key)))

    def remove(self, key: str) -> bool:
        """Take the document ``key`` out of the index (signature, size, token and its bucket
        memberships) in one MULTI/EXEC transaction; ``False`` if it was not there (or a retry
        after a lost reply found it gone). For a consumer that checked a document in and then
        failed to store it: the document is new again. The transaction is retried when another
        client changed the index meanwhile (WATCH), so it never removes a newer signature's
        buckets incompletely."""
        names = [self.prefix + part for part in ("sig", "size", "token")]

        def run() -> bool:
            with self.client.pipeline(transaction=True) as pipe:
                while True:
                    try:
                        pipe.watch(names[0])  # type: ignore[no-untyped-call]
                        blob = pipe.hget(names[0], key)
                        if blob is None:
                            pipe.unwatch()
                            return False
                        sig = np.frombuffer(_bytes(blob), dtype="<u4").astype(np.uint32)
                        pipe.multi()
                        for name in names:
                            pipe.hdel(name, key)
                        for band in self._band_names(self._bands(sig)):
                            pipe.srem(band, key)
                        pipe.execute()
                        return True
                    except redis.WatchError:
                        continue

        return self._call(f"removal of {key!r}", run)

    def clear(self) -> None:
        """Delete every key of this index (and only those)."""

        def run() -> None:
            names = list(self.client.scan_iter(match=self.prefix + "*", count=1000))
            for start in range(0, len(names), 500):
                self.client.delete(*names[start : start + 500])

        self._call("clear", run)

    def close(self) -> None:
        """Close the connection pool if this index opened it from a URL."""
        if self._own:
            self.client.close()

"""The shared Redis index against a real redis-server started on a free loopback port."""

from __future__ import annotations

import multiprocessing
import threading
import time
import uuid
from collections.abc import Iterator

import numpy as np
import pytest
import redis

from _servers import RedisServer, running_redis
from cleantext.corpus.index import MemoryIndex
from cleantext.integrations.redis_index import (
    IndexUnavailableError,
    RedisIndex,
    RedisIndexError,
    key_prefix,
)
from cleantext.minhash.lsh import Scheme, SchemeError

SCHEME = Scheme.create(threshold=0.5)


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    with running_redis() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    return redis_server.url


def _sig(rng: np.random.Generator) -> np.ndarray:
    return rng.integers(0, 2**32, size=SCHEME.num_perm, dtype=np.uint64).astype(np.uint32)


def _near(sig: np.ndarray, rng: np.random.Generator, changed: int = 10) -> np.ndarray:
    out = sig.copy()
    pos = rng.choice(len(sig), size=changed, replace=False)
    out[pos] = rng.integers(0, 2**32, size=changed, dtype=np.uint64).astype(np.uint32)
    return out


def _index(url: str, **kw: object) -> RedisIndex:
    return RedisIndex(url, SCHEME, threshold=0.5, namespace=f"t-{uuid.uuid4().hex[:8]}", **kw)  # type: ignore[arg-type]


def test_same_answers_as_memory_index(redis_url: str) -> None:
    rng = np.random.default_rng(1)
    bases = [_sig(rng) for _ in range(30)]
    stream = [(f"d{i}", s) for i, s in enumerate(bases)]
    stream += [(f"n{i}", _near(s, rng, changed=20)) for i, s in enumerate(bases[:15])]
    stream += [(f"f{i}", _near(s, rng, changed=100)) for i, s in enumerate(bases[15:])]
    mem = MemoryIndex(SCHEME, threshold=0.5)
    with _index(redis_url) as red:
        for key, sig in stream:
            assert red.check_and_insert(key, sig) == mem.check_and_insert(key, sig), key
        assert len(red) == len(mem) == 45  # 30 originals + 15 far copies; near copies dropped
        assert red.query(bases[3]) == mem.query(bases[3])
        assert red.duplicates(bases[3]) == mem.duplicates(bases[3])
        red.clear()


def test_containment_answers_as_memory_index(redis_url: str) -> None:
    rng = np.random.default_rng(8)
    stream = []
    for i in range(40):  # originals and cut copies of many sizes, short pages included
        full = _sig(rng)
        cut = full.copy()
        cut[int(rng.integers(40, 128)) :] = _sig(rng)[0]
        size = int(rng.integers(5, 400))
        stream += [(f"o{i}", full, size), (f"c{i}", cut, int(size * rng.uniform(0.1, 1.0)))]
    mem = MemoryIndex(SCHEME, threshold=0.6, measure="containment")
    red = RedisIndex(
        redis_url,
        SCHEME,
        threshold=0.6,
        measure="containment",
        namespace=f"t-{uuid.uuid4().hex[:8]}",
    )
    answers = [red.check_and_insert(k, s, z) for k, s, z in stream]
    assert answers == [mem.check_and_insert(k, s, z) for k, s, z in stream]
    assert 5 < sum(a is not None for a in answers) < 40  # the guard rejects some cut copies
    red.clear()


def test_containment_finds_truncated_copy(redis_url: str) -> None:
    rng = np.random.default_rng(2)
    full = _sig(rng)
    half = full.copy()
    half[64:] = _sig(rng)[64:]  # estimated Jaccard 0.5: a copy holding half of the shingles
    with RedisIndex(
        redis_url, SCHEME, threshold=0.9, measure="containment", namespace="t-contain"
    ) as idx:
        idx.clear()
        assert idx.check_and_insert("full", full, size=200) is None
        assert idx.check_and_insert("half", half, size=100) == "full"  # containment 1.0
        assert idx.check_and_insert("other", _sig(rng), size=200) is None
        idx.clear()
    with _index(redis_url) as jac:
        jac.threshold = 0.9
        assert jac.check_and_insert("full", full, size=200) is None
        assert jac.check_and_insert("half", half, size=100) is None  # Jaccard 0.5 < 0.9
        jac.clear()


def test_keys_are_namespaced_by_scheme(redis_url: str) -> None:
    rng = np.random.default_rng(3)
    sig = _sig(rng)
    other = Scheme.create(threshold=0.8)
    a = RedisIndex(redis_url, SCHEME, threshold=0.5, namespace="t-ns")
    b = RedisIndex(redis_url, other, threshold=0.5, namespace="t-ns")
    a.clear()
    b.clear()
    assert a.check_and_insert("x", sig) is None
    assert b.check_and_insert("y", sig) is None  # other parameters: never compared
    client = redis.Redis.from_url(redis_url)
    keys = {k.decode() for k in client.scan_iter(match="t-ns:*")}
    assert any(k.startswith(key_prefix(SCHEME, "t-ns")) for k in keys)
    assert any(k.startswith(key_prefix(other, "t-ns")) for k in keys)
    assert all(k.startswith((key_prefix(SCHEME, "t-ns"), key_prefix(other, "t-ns"))) for k in keys)
    # a stored scheme that does not match is refused, not mixed
    client.set(key_prefix(SCHEME, "t-ns") + "scheme", str(other))
    with pytest.raises(SchemeError):
        RedisIndex(redis_url, SCHEME, namespace="t-ns")
    a.clear()
    b.clear()


def test_a_stored_key_is_its_own_duplicate_like_in_memory(redis_url: str) -> None:
    rng = np.random.default_rng(4)
    sig = _sig(rng)
    mem = MemoryIndex(SCHEME, threshold=0.5)
    with _index(redis_url) as idx:
        for key in ["a", "a", "b"]:
            assert idx.check_and_insert(key, sig) == mem.check_and_insert(key, sig)
        assert idx.check_and_insert("b", sig) == "a"
        assert len(idx) == 1
        # the replay of one call (same token) after a lost reply is not its own duplicate
        other = _sig(rng)
        assert idx.check_and_insert("c", other, token="call-1") is None
        assert idx.check_and_insert("c", other, token="call-1") is None
        assert idx.check_and_insert("c", other, token="call-2") == "c"
        idx.clear()


def _worker(url: str, namespace: str, order: list[int], start: float, out: object) -> None:
    rng = np.random.default_rng(99)
    bases = [_sig(rng) for _ in range(40)]
    me = np.random.default_rng(abs(hash(namespace + str(order[0]))) % 2**32)
    idx = RedisIndex(url, SCHEME, threshold=0.5, namespace=namespace)
    while time.time() < start:
        time.sleep(0.001)
    results = []
    for fam in order:
        key = f"fam{fam}-w{uuid.uuid4().hex[:6]}"
        results.append((fam, key, idx.check_and_insert(key, _near(bases[fam], me, changed=8))))
    out.put(results)  # type: ignore[attr-defined]


def test_concurrent_writers_keep_exactly_one_per_family(redis_url: str) -> None:
    namespace = f"t-conc-{uuid.uuid4().hex[:8]}"
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    start = time.time() + 1.5
    orders = [list(range(40)), list(range(40)), list(range(39, -1, -1)), list(range(40))]
    procs = [
        ctx.Process(target=_worker, args=(redis_url, namespace, o, start, queue)) for o in orders
    ]
    for p in procs:
        p.start()
    results = [r for _ in procs for r in queue.get(timeout=60)]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    kept = [(fam, key) for fam, key, dup in results if dup is None]
    assert sorted(fam for fam, _ in kept) == list(range(40))  # exactly one per family
    keeper = dict(kept)
    for fam, key, dup in results:
        if dup is not None:
            assert dup == keeper[fam], (key, dup)  # dropped for the copy that was kept
    with RedisIndex(redis_url, SCHEME, threshold=0.5, namespace=namespace) as idx:
        assert len(idx) == 40
        idx.clear()


def test_connection_loss_is_a_clear_error() -> None:
    server = RedisServer()
    server.start()
    rng = np.random.default_rng(5)
    idx = RedisIndex(server.url, SCHEME, threshold=0.5, retries=2, backoff=0.02)
    sig = _sig(rng)
    assert idx.check_and_insert("a", sig) is None
    server.stop()
    t0 = time.monotonic()
    with pytest.raises(IndexUnavailableError, match=r"unreachable after 3 attempts.*'b'.*not done"):
        idx.check_and_insert("b", sig)
    assert time.monotonic() - t0 < 5


def test_a_refused_login_is_one_clear_error_without_retries() -> None:
    server = RedisServer(args=["--requirepass", "sekret"])
    server.start()
    try:
        good = f"redis://:sekret@127.0.0.1:{server.port}/0"
        with RedisIndex(good, SCHEME, threshold=0.5, retries=3, backoff=0.5) as idx:
            assert idx.check_and_insert("a", _sig(np.random.default_rng(8))) is None
        for url in (server.url, f"redis://:wrong@127.0.0.1:{server.port}/0"):
            t0 = time.monotonic()
            with pytest.raises(IndexUnavailableError, match=r"refused the login.*not done"):
                RedisIndex(url, SCHEME, threshold=0.5, retries=3, backoff=0.5)
            assert time.monotonic() - t0 < 0.5  # not retried: 3.5 s of back-off before
    finally:
        server.stop()


@pytest.mark.parametrize("part", ["sig", "size", "token", "b"])
@pytest.mark.parametrize("call", ["check_and_insert", "insert"])
def test_a_key_of_another_kind_is_a_clear_error_and_nothing_is_half_written(
    redis_url: str, part: str, call: str
) -> None:
    rng = np.random.default_rng(9)
    sig = _sig(rng)
    with _index(redis_url) as idx:
        assert idx.check_and_insert("ok", _sig(rng)) is None  # near miss: a sound index works
        client = idx.client
        band = idx._band_names(idx._bands(sig))[0]
        name = band if part == "b" else idx.prefix + part
        client.set(name, "not an index key")
        with pytest.raises(RedisIndexError, match=r"WRONGTYPE .*'a' was not done"):
            getattr(idx, call)("a", sig, 10)
        hashes = [idx.prefix + h for h in ("sig", "size", "token")]
        sets = idx._band_names(idx._bands(sig))
        assert not any(client.hexists(h, "a") for h in hashes if h != name)
        assert not any(client.sismember(b, "a") for b in sets if b != name)
        client.delete(name)
        getattr(idx, call)("a", sig, 10)  # the same call, once the key is gone
        assert "a" in idx
        idx.clear()


def test_retry_survives_a_restart(caplog: pytest.LogCaptureFixture) -> None:
    server = RedisServer()
    server.start()
    rng = np.random.default_rng(6)
    sig = _sig(rng)
    idx = RedisIndex(server.url, SCHEME, threshold=0.5, retries=8, backoff=0.02)
    assert idx.check_and_insert("a", sig) is None
    server.stop()
    restart = threading.Timer(0.5, server.start)
    restart.start()
    try:
        # the server came back empty (no persistence): "b" is checked and inserted, not lost
        assert idx.check_and_insert("b", sig) is None
        assert "b" in idx
    finally:
        restart.join()
        server.stop()
    retries = [r for r in caplog.records if r.name == "cleantext.integrations.redis_index"]
    assert retries and all(r.levelname == "WARNING" and "retry" in r.message for r in retries)


def test_datasketch_redis_storage_reads_the_same_signatures(redis_server: RedisServer) -> None:
    from datasketch import MinHash, MinHashLSH

    rng = np.random.default_rng(7)
    base = _sig(rng)
    near, far = _near(base, rng, changed=20), _sig(rng)
    lsh = MinHashLSH(
        threshold=0.5,
        num_perm=SCHEME.num_perm,
        storage_config={
            "type": "redis",
            "basename": b"t-ds-" + uuid.uuid4().hex.encode(),
            "redis": {"host": "127.0.0.1", "port": redis_server.port},
        },
    )
    assert (lsh.b, lsh.r) == (SCHEME.bands, SCHEME.rows)  # same banding parameters
    for key, sig in [("base", base), ("far", far)]:
        lsh.insert(
            key,
            MinHash(
                num_perm=SCHEME.num_perm,
                seed=SCHEME.seed,
                hashvalues=sig.astype(np.uint64),
                scheme=SCHEME.perm,
            ),
        )
    got = lsh.query(
        MinHash(
            num_perm=SCHEME.num_perm,
            seed=SCHEME.seed,
            hashvalues=near.astype(np.uint64),
            scheme=SCHEME.perm,
        )
    )
    with _index(redis_server.url) as idx:
        idx.insert("base", base)
        idx.insert("far", far)
        assert sorted(got) == idx.query(near) == ["base"]
        idx.clear()


def test_remove_makes_a_document_new_again(redis_url: str) -> None:
    """A consumer that failed to store a document it checked in takes it out again: its
    near-copy is then new; removing a key that is not there changes nothing."""
    rng = np.random.default_rng(20)
    sig, other = _sig(rng), _sig(rng)
    near = _near(sig, rng)
    with _index(redis_url) as red:
        assert red.check_and_insert("a", sig) is None and red.check_and_insert("o", other) is None
        assert red.check_and_insert("b", near) == "a"
        assert red.remove("zz") is False and len(red) == 2  # (near miss: nothing removed)
        assert red.remove("a") is True
        assert "a" not in red and len(red) == 1 and red.query(sig) == []
        assert red.check_and_insert("b", near) is None  # new again
        assert red.remove("a") is False and red.query(other) == ["o"]
        red.clear()

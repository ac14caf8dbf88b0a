"""Signatures: bit-identical to datasketch, stable shingles, LSH parameters.

Every test here runs twice: with the compiled kernels (``_kernels.c``) and with the numpy code
that replaces them where they are not built.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
import xxhash
from datasketch import MinHash, MinHashLSH
from datasketch.lsh import _optimal_param
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.minhash.lsh import band_keys, optimal_params
from cleantext.minhash.shingle import (
    ShingleOptions,
    Shingler,
    ngram_hash,
    normalize,
    normalize_batch,
    shingles,
)
from cleantext.minhash.signatures import (
    MinHasher,
    Signer,
    from_datasketch,
    permutations,
    to_datasketch,
)


@pytest.fixture(autouse=True, params=["compiled", "numpy"])
def backend(request, monkeypatch):
    import cleantext.minhash.shingle as shingle_module

    if request.param == "numpy":
        monkeypatch.setattr(shingle_module, "_kernels", None)
    elif shingle_module._kernels is None:
        pytest.skip("C kernels not built (CLEANTEXT_NO_EXTENSIONS, or no C compiler at install)")
    return request.param


@pytest.mark.parametrize("seed", [0, 1, 42, 2**32 - 1])
@pytest.mark.parametrize("num_perm", [1, 128, 700])  # 700: more than one MT19937 twist
def test_permutations_are_datasketchs(seed, num_perm):
    ref = MinHash(num_perm=num_perm, seed=seed)  # affine32: a, b from numpy's RandomState
    a, b = permutations(num_perm, seed)
    ref_a, ref_b = ref.permutations
    np.testing.assert_array_equal(a, ref_a)
    np.testing.assert_array_equal(b, ref_b)


def test_seed_out_of_range_is_refused_like_numpy():
    for seed in (-1, 2**32):
        with pytest.raises(ValueError, match="seed"):
            permutations(8, seed)


def test_long_words_and_many_words_hash_as_the_reference():
    opts = ShingleOptions(n=3)
    texts = ["x" * 1000 + " y " + "é" * 300 + " z", " ".join(["w"] * 5000), "a b", "q"]
    hashes, offsets = Shingler(opts).hash_batch(texts)
    for i, text in enumerate(texts):
        ref = [ngram_hash(s) for s in shingles(text, opts)]
        assert hashes[offsets[i] : offsets[i + 1]].tolist() == ref


WORDS = ["the", "a", "of", "market", "rose", "fell", "said", "minister", "club", "season"]


def article(rng: random.Random, n_words: int = 120) -> str:
    words = [rng.choice(WORDS) + str(rng.randrange(50)) for _ in range(n_words)]
    paras = [" ".join(words[i : i + 30]).capitalize() + "." for i in range(0, n_words, 30)]
    return "\n\n".join(paras)


def datasketch_sig(text: str, opts: ShingleOptions, num_perm: int, seed: int, hashfunc: object):
    m = MinHash(num_perm=num_perm, seed=seed, hashfunc=hashfunc)
    m.update_batch(shingles(text, opts))
    return m


TRICKY = [
    "",
    "   \n\t ",
    "one",
    "Two words",
    "Don’t PANIC — it's “fine”… really\u00a0now",
    "Ünïcödé Straße ΕΛΛΗΝΙΚΆ русский текст 日本語",
    "nul\x00inside the text is a separator",
    "tabs\tand\r\nwindows line ends\fform feed",
    "prices 1,299.99 and 2024-05-01 dates",
]


@pytest.mark.parametrize(
    "opts",
    [
        ShingleOptions(),
        ShingleOptions(n=3, mask_digits=True),
        ShingleOptions(kind="char", n=5),
        ShingleOptions(n=1),
    ],
    ids=lambda o: o.describe(),
)
@pytest.mark.parametrize("num_perm,seed", [(128, 1), (64, 42)])
def test_signatures_bit_identical_to_datasketch(opts, num_perm, seed):
    rng = random.Random(7)
    texts = TRICKY + [article(rng) for _ in range(10)]
    sigs = Signer(num_perm, seed, opts).sign(texts)
    for text, sig in zip(texts, sigs.values, strict=True):
        ref = datasketch_sig(text, opts, num_perm, seed, ngram_hash)
        assert ref.hashvalues.dtype == np.uint32
        np.testing.assert_array_equal(sig, ref.hashvalues)


@pytest.mark.parametrize("opts", [ShingleOptions(n=5), ShingleOptions(kind="char", n=4)])
def test_xxh32_hash_matches_datasketch_with_xxhash(opts):
    rng = random.Random(1)
    texts = [article(rng) for _ in range(5)] + ["short text", "", *TRICKY]
    sigs = Signer(128, 1, opts, hash="xxh32").sign(texts)
    for text, sig in zip(texts, sigs.values, strict=True):
        ref = datasketch_sig(text, opts, 128, 1, xxhash.xxh32_intdigest)
        np.testing.assert_array_equal(sig, ref.hashvalues)


def test_datasketch_fed_str_or_bytes_shingles_gives_the_same_signature():
    """datasketch users update with ``str`` as often as with ``bytes``: ``ngram_hash`` hashes
    both as UTF-8 (it failed on a ``str`` inside its loop); xxhash takes bytes only."""
    rng = random.Random(11)
    texts = [*TRICKY, article(rng)]
    opts = ShingleOptions()
    sigs = Signer(64, 3, opts).sign(texts).values
    xxh = Signer(64, 3, opts, hash="xxh32").sign(texts).values
    for text, sig, sig_xxh in zip(texts, sigs, xxh, strict=True):
        as_bytes = shingles(text, opts)
        as_str = [s.decode("utf-8", "surrogatepass") for s in as_bytes]
        for batch, func, want in (
            (as_bytes, ngram_hash, sig),
            (as_str, ngram_hash, sig),
            ([s.encode("utf-8", "surrogatepass") for s in as_str], xxhash.xxh32_intdigest, sig_xxh),
        ):
            m = MinHash(num_perm=64, seed=3, hashfunc=func)
            m.update_batch(batch)
            np.testing.assert_array_equal(want, m.hashvalues)
    assert ngram_hash("é") == ngram_hash("é".encode()) != ngram_hash("e")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=6), st.integers(1, 6))
def test_batch_hashes_equal_reference(texts, n):
    for kind in ("word", "char"):
        opts = ShingleOptions(kind=kind, n=n)
        hashes, offsets = Shingler(opts).hash_batch(texts)
        for i, text in enumerate(texts):
            ref = [ngram_hash(s) for s in shingles(text, opts)]
            assert hashes[offsets[i] : offsets[i + 1]].tolist() == ref


def test_signature_does_not_depend_on_batch():
    rng = random.Random(3)
    texts = [article(rng) for _ in range(6)]
    signer = Signer()
    together = signer.sign(texts).values
    alone = np.vstack([signer.sign([t]).values for t in texts])
    np.testing.assert_array_equal(together, alone)


def test_round_trip_through_datasketch_lsh():
    rng = random.Random(5)
    base = article(rng, 200)
    copy = base.replace("\n\n", "\n") + "\n\nAdvertisement"
    other = article(rng, 200)
    sigs = Signer().sign([base, copy, other]).values
    lsh = MinHashLSH(threshold=0.7, num_perm=128)
    lsh.insert("base", to_datasketch(sigs[0]))
    assert lsh.query(to_datasketch(sigs[1])) == ["base"]
    assert lsh.query(to_datasketch(sigs[2])) == []
    back = from_datasketch(to_datasketch(sigs[1]))
    assert back.dtype == np.uint32
    np.testing.assert_array_equal(back, sigs[1])


def test_empty_text_gives_datasketch_empty_signature():
    sig = Signer().sign(["", "  ...  "]).values
    assert to_datasketch(sig[0]).is_empty()
    assert to_datasketch(sig[1]).is_empty()


def test_typographic_variants_normalise_to_the_same_shingles():
    plain = 'He said "it\'s over" - the end... of 2020 season'
    fancy = "He  SAID “it’s over” — the end… of\u00a02020\nseason"
    assert shingles(plain) == shingles(fancy)
    assert normalize(fancy) == b"he said it s over the end of 2020 season"


def test_digits_option():
    a, b = "paid 1299 dollars on 2024", "paid 4500 dollars on 1999"
    assert shingles(a) != shingles(b)
    opts = ShingleOptions(mask_digits=True)
    assert shingles(a, opts) == shingles(b, opts)


def test_estimated_jaccard_is_close_to_exact():
    rng = random.Random(11)
    words = [f"w{rng.randrange(10_000)}" for _ in range(600)]
    a = " ".join(words)
    b = " ".join(words[:400] + [f"x{i}" for i in range(200)])
    sa, sb = set(shingles(a)), set(shingles(b))
    exact = len(sa & sb) / len(sa | sb)
    sig = Signer(num_perm=256).sign([a, b]).values
    estimate = float(np.mean(sig[0] == sig[1]))
    assert abs(estimate - exact) < 0.1


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.8, 0.9])
@pytest.mark.parametrize("weights", [(0.5, 0.5), (0.2, 0.8)])
def test_optimal_params_match_datasketch(threshold, weights):
    assert optimal_params(threshold, 128, *weights) == _optimal_param(threshold, 128, *weights)


def test_band_keys_equal_for_equal_bands_only():
    sig = np.arange(16, dtype=np.uint32)
    other = sig.copy()
    other[0] = 99  # first band differs
    keys = band_keys(np.vstack([sig, other]), bands=4, rows=4)
    assert keys[0, 0] != keys[1, 0]
    assert (keys[0, 1:] == keys[1, 1:]).all()
    assert len(set(keys[0].tolist())) == 4


#: texts whose normalisation is easy to get wrong in a batch: context-dependent lower-casing
#: (final sigma), lower-casing that changes length or gives ASCII, the edges of the separator
#: ranges (U+0080-U+00BF and U+2000-U+206F, and their neighbours), NUL, lone surrogates,
#: separators at the start and end of a text and texts made of separators only
UNICODE_EDGES = [
    "ΟΔΟΣ ΣΑΣ Σ ΑΣ. ΣΑ",
    "ΑΣ",
    "Α",
    "İstanbul KELVIN\u212a ẞtraße ǅungla ﬁne",
    "\u0080a\u00bfb\u00c0c\u007fd\u00ffe",
    "x\u1fffy\u2000z\u206fw\u2070v\u20acu\u2028t\u3000s",
    "\u00a0\u00a0lead and trail\u2026\u00bb",
    "\u00ab\u2014\u00bb",
    "nul\x00and\x00\x00more",
    "lone \ud800 surrogate \udfff",
    "",
    " ",
    "😀 emoji 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 CAPS",
    "tab\there\r\nnew\x0bline\x1ffield",
    "ASCII ONLY, Upper Case: 1-9 digits 2024",
]

EDGE_CHARS = (
    "ΣΑσςİK\u212aßẞ\u0080\u00bf\u00c0\u00a0\u1fff\u2000\u206f\u2070\u20ac\x00 \t.,'aZ09é😀\ud800"
)


@pytest.mark.parametrize("mask_digits", [False, True])
def test_normalize_batch_equals_normalize(mask_digits):
    opts = ShingleOptions(mask_digits=mask_digits)
    for texts in (UNICODE_EDGES, UNICODE_EDGES[::-1], TRICKY + UNICODE_EDGES, [], [""]):
        stream, bounds = normalize_batch(texts, opts)
        assert len(bounds) == len(texts) + 1
        for i, text in enumerate(texts):
            assert bytes(stream[bounds[i] : bounds[i + 1]]) == normalize(text, opts), text


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(alphabet=EDGE_CHARS, max_size=40), max_size=8),
    st.integers(1, 4),
    st.booleans(),
)
def test_batch_paths_equal_reference_on_edge_characters(texts, n, mask_digits):
    for kind in ("word", "char"):
        opts = ShingleOptions(kind=kind, n=n, mask_digits=mask_digits)
        stream, bounds = normalize_batch(texts, opts)
        hashes, offsets = Shingler(opts).hash_batch(texts)
        for i, text in enumerate(texts):
            assert bytes(stream[bounds[i] : bounds[i + 1]]) == normalize(text, opts)
            ref = [ngram_hash(s) for s in shingles(text, opts)]
            assert hashes[offsets[i] : offsets[i + 1]].tolist() == ref


@pytest.mark.parametrize("kind", ["word", "char"])
def test_unicode_edges_bit_identical_to_datasketch(kind):
    opts = ShingleOptions(kind=kind, n=2)
    sigs = Signer(64, 3, opts).sign(UNICODE_EDGES).values
    for text, sig in zip(UNICODE_EDGES, sigs, strict=True):
        np.testing.assert_array_equal(sig, datasketch_sig(text, opts, 64, 3, ngram_hash).hashvalues)


@pytest.mark.parametrize("sizes", [[1, 20_000], [9000, 3, 0, 4600, 1], [0, 0], [5000] * 4, []])
def test_minhasher_blocks_of_documents_of_any_size(sizes):
    rng = np.random.default_rng(1)
    hashes = rng.integers(0, 2**32, sum(sizes), dtype=np.uint64).astype(np.uint32)
    offsets = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
    sigs = MinHasher(num_perm=16, seed=5).signatures(hashes, offsets)
    assert sigs.shape == (len(sizes), 16)
    for i, size in enumerate(sizes):
        ref = MinHash(num_perm=16, seed=5, hashfunc=int)
        ref.update_batch(hashes[offsets[i] : offsets[i + 1]].tolist())
        assert size or ref.is_empty()
        np.testing.assert_array_equal(sigs[i], ref.hashvalues)


@pytest.mark.parametrize("workers", [2, 3])
def test_signatures_in_several_processes_equal_one_process(workers):
    from cleantext.corpus.dedup import DedupOptions, sign_texts

    rng = random.Random(9)
    texts = [article(rng, rng.randrange(0, 80)) for _ in range(23)] + UNICODE_EDGES
    one = sign_texts(texts, DedupOptions(batch_size=4))
    many = sign_texts(texts, DedupOptions(batch_size=4, workers=workers))
    np.testing.assert_array_equal(many.values, one.values)
    np.testing.assert_array_equal(many.sizes, one.sizes)


@pytest.mark.parametrize("part_chars", [1, 50, 700, 1 << 18])
def test_large_batch_signed_in_parts_equals_one_by_one(monkeypatch, part_chars):
    import cleantext.minhash.signatures as minhash_module

    monkeypatch.setattr(minhash_module, "_PART_CHARS", part_chars)
    rng = random.Random(4)
    texts = ["", *UNICODE_EDGES, *(article(rng, rng.randrange(0, 60)) for _ in range(12)), ""]
    signer = Signer(num_perm=32)
    together = signer.sign(texts)
    alone = [signer._sign([t]) for t in texts]
    np.testing.assert_array_equal(together.values, np.vstack([a.values for a in alone]))
    np.testing.assert_array_equal(together.sizes, np.concatenate([a.sizes for a in alone]))
    assert len(signer.sign([])) == 0

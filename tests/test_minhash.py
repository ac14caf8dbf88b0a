"""Signatures: bit-identical to datasketch, stable shingles, LSH parameters."""

from __future__ import annotations

import random

import numpy as np
import pytest
import xxhash
from datasketch import MinHash, MinHashLSH
from datasketch.lsh import _optimal_param
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.dedup.lsh import band_keys, optimal_params
from cleantext.dedup.minhash import Signer, from_datasketch, to_datasketch
from cleantext.dedup.shingle import ShingleOptions, Shingler, ngram_hash, normalize, shingles

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


def test_xxh32_hash_matches_datasketch_with_xxhash():
    rng = random.Random(1)
    texts = [article(rng) for _ in range(5)] + ["short text"]
    opts = ShingleOptions(n=5)
    sigs = Signer(128, 1, opts, hash="xxh32").sign(texts)
    for text, sig in zip(texts, sigs.values, strict=True):
        ref = datasketch_sig(text, opts, 128, 1, xxhash.xxh32_intdigest)
        np.testing.assert_array_equal(sig, ref.hashvalues)


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

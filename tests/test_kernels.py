"""The compiled kernels of corpus dedup (``_kernels.c``): built, and strict about their input.

That they compute the same bits as the numpy code is tested in ``test_minhash.py``, which runs
every signature test on both.
"""

from __future__ import annotations

import os

import numpy as np
import pytest

from cleantext.minhash.shingle import compiled


def test_kernels_are_built_unless_asked_not_to():
    """A failed build falls back to numpy silently at install; here it fails loudly."""
    if os.environ.get("CLEANTEXT_NO_EXTENSIONS"):
        pytest.skip("CLEANTEXT_NO_EXTENSIONS is set: the numpy code is what is tested")
    assert compiled(), "cleantext.minhash._kernels is not built (is a C compiler installed?)"


def test_kernels_refuse_arrays_that_do_not_fit():
    _kernels = pytest.importorskip("cleantext.minhash._kernels", reason="C kernels not built")
    u32, i64 = np.zeros(4, np.uint32), np.array([0, 3], np.int64)
    with pytest.raises(ValueError, match="disagree"):
        _kernels.minhash(u32, np.array([0, 9], np.int64), u32, u32, np.zeros(4, np.uint32))
    with pytest.raises(ValueError, match="disagree"):
        _kernels.minhash(u32, i64, u32, u32[:2], np.zeros(4, np.uint32))
    with pytest.raises(TypeError, match="items of 8 bytes"):
        _kernels.minhash(u32, u32, u32, u32, u32)
    data = np.frombuffer(b"a b c", np.uint8)
    with pytest.raises(ValueError, match="too small"):
        _kernels.word_hashes(data, np.array([0, 6], np.int64), 1, np.zeros(2, np.uint32), i64)
    with pytest.raises(ValueError, match="starts"):
        _kernels.word_hashes(data, np.array([3, 0], np.int64), 1, u32, i64)
    with pytest.raises(ValueError, match="n must be"):
        _kernels.word_hashes(data, np.array([0, 6], np.int64), 0, u32, np.zeros(2, np.int64))
    with pytest.raises(ValueError, match="bounds"):
        _kernels.char_hashes(data, np.array([0, 6], np.int64), 2, u32, np.zeros(2, np.int64))
    with pytest.raises(ValueError, match="too small"):
        _kernels.char_hashes(data, np.array([0, 5], np.int64), 1, u32, np.zeros(2, np.int64))

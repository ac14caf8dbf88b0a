"""The MinHash core shared by block dedup (:mod:`cleantext.blocks`) and corpus dedup
(:mod:`cleantext.corpus`): neither of those imports the other, both import this.

- :mod:`~cleantext.minhash.shingle`: normalised word or character n-grams, hashed in batches;
- :mod:`~cleantext.minhash.signatures`: MinHash signatures of many documents at once,
  bit-identical to ``datasketch.MinHash`` (optional C kernels, numpy fallback);
- :mod:`~cleantext.minhash.lsh`: LSH parameters, the signature scheme, band keys and the
  Jaccard/containment estimates.
"""
